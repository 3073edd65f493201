import {
  findFollowUpPetitions,
  findFollowUpPlan,
  findFollowUpTask,
  type Database,
  type FindingTargetType,
} from '@doithoai/db';
import type { DeadlineStatus, FindingTarget, WorkingCalendar } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { notFound } from '../../errors.js';
import { loadTrackedItems, trackedItemDeadline } from '../follow-up/tracked-items.js';
import { taskDeadline } from '../follow-up/task-view.js';

/** What a finding is about, resolved: its commune, its plan, and its deadline today. */
export interface ResolvedTarget {
  targetType: FindingTargetType;
  targetId: string;
  planId: string;
  adminUnitCode: string;
  subject: string;
  /** The state the Front escalates on; for a petition, its most overdue follow-up. */
  deadline: DeadlineStatus | null;
}

/** Overdue before anything else, the longest overdue first. */
function mostPressing(statuses: readonly (DeadlineStatus | null)[]): DeadlineStatus | null {
  const known = statuses.filter((s): s is DeadlineStatus => s !== null);
  const overdue = known
    .filter((s) => s.state === 'overdue' || s.state === 'long-overdue')
    .sort((a, b) => b.workingDaysLate - a.workingDaysLate);
  return overdue[0] ?? known[0] ?? null;
}

/**
 * The petition or task a finding targets, or NOT_FOUND (the caller checks the commune).
 *
 * @example const target = await resolveTarget(trx, calendar, { kind: 'task', taskId }, today);
 */
export async function resolveTarget(
  trx: Kysely<Database>,
  calendar: WorkingCalendar,
  target: FindingTarget,
  today: string,
): Promise<ResolvedTarget> {
  if (target.kind === 'task') {
    const task = await findFollowUpTask(trx, target.taskId);
    if (!task) notFound('nhiệm vụ', target.taskId);
    return {
      targetType: 'follow-up-task',
      targetId: task.id,
      planId: task.planId,
      adminUnitCode: task.adminUnitCode,
      subject: 'nhiệm vụ',
      deadline: taskDeadline(calendar, task, today),
    };
  }
  const [petition] = await findFollowUpPetitions(trx, [target.petitionId]);
  if (!petition) notFound('kiến nghị', target.petitionId);
  const plan =
    (await findFollowUpPlan(trx, petition.planId)) ?? notFound('kế hoạch', petition.planId);
  const items = (await loadTrackedItems(trx, calendar, [plan])).filter((item) =>
    item.relatedPetitionIds.includes(petition.id),
  );
  return {
    targetType: 'petition',
    targetId: petition.id,
    planId: petition.planId,
    adminUnitCode: petition.adminUnitCode,
    subject: 'kiến nghị',
    deadline: mostPressing(items.map((item) => trackedItemDeadline(calendar, item, today))),
  };
}
