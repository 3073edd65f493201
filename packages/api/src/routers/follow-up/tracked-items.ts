import {
  listConclusionNotices,
  listExtensions,
  listFollowUpPetitions,
  listFollowUpTasks,
  type Database,
  type FollowUpPlanFacts,
} from '@doithoai/db';
import {
  deadlineStateAsOf,
  FOLLOW_UP_STATUS_LABELS,
  isPetitionTracked,
  PETITION_STATUS_LABELS,
  vietnamDateAt,
  type DeadlineStatus,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { dateSources, type DateSource } from './date-source.js';
import { isTaskTracked } from './task-view.js';

/**
 * Everything owed after the dialogues of some plans, on one list: each line of a conclusion
 * notice (its task), each petition's own task, and each petition with an answer deadline that
 * no task carries. The supervision board and the monthly progress report read this list.
 */
export interface TrackedItem {
  kind: 'conclusion-item' | 'petition-task' | 'petition';
  planId: string;
  planTitle: string;
  adminUnitCode: string;
  taskId: string | null;
  petitionId: string | null;
  conclusionItemId: string | null;
  relatedPetitionIds: string[];
  content: string;
  responsibleOrganisation: { id: string; name: string } | null;
  status: string;
  statusLabel: string;
  /** Whether the state still measures the item against its date (not cancelled, withdrawn…). */
  tracked: boolean;
  originalDueOn: string | null;
  dueOn: string | null;
  metOn: string | null;
  extensions: { newDueOn: string; decidedOn: string }[];
  dateSource: DateSource | null;
}

/**
 * The tracked items of some plans (tasks first, by due date; then uncovered petitions).
 *
 * @example const items = await loadTrackedItems(db, calendar, [plan]);
 */
export async function loadTrackedItems(
  db: Kysely<Database>,
  calendar: WorkingCalendar,
  plans: readonly FollowUpPlanFacts[],
): Promise<TrackedItem[]> {
  const planIds = plans.map((p) => p.id);
  const adminUnitCodes = [...new Set(plans.map((p) => p.adminUnitCode))];
  const tasks = await listFollowUpTasks(db, { adminUnitCodes, planIds });
  const extensions = await listExtensions(
    db,
    tasks.map((t) => t.id),
  );
  const notices = await listConclusionNotices(db, planIds);
  const petitions = await listFollowUpPetitions(db, planIds);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const sources = new Map(
    plans.map((p) => [
      p.id,
      dateSources(
        calendar,
        p,
        notices.find((n) => n.planId === p.id),
      ),
    ]),
  );
  const itemOf = new Map(
    notices.flatMap((n) => n.content.items.map((item) => [item.id, item] as const)),
  );

  const items: TrackedItem[] = tasks.map((task) => {
    const item = task.conclusionItemId ? itemOf.get(task.conclusionItemId) : undefined;
    return {
      kind: task.conclusionItemId ? 'conclusion-item' : 'petition-task',
      planId: task.planId,
      planTitle: task.planTitle,
      adminUnitCode: task.adminUnitCode,
      taskId: task.id,
      petitionId: task.petitionId,
      conclusionItemId: task.conclusionItemId,
      relatedPetitionIds: item?.relatedPetitionIds ?? (task.petitionId ? [task.petitionId] : []),
      content: task.content,
      responsibleOrganisation: task.responsibleOrganisation,
      status: task.status,
      statusLabel: FOLLOW_UP_STATUS_LABELS[task.status],
      tracked: isTaskTracked(task.status),
      originalDueOn: task.originalDueOn,
      dueOn: task.dueOn,
      metOn: task.doneOn,
      extensions: extensions
        .filter((e) => e.taskId === task.id)
        .map((e) => ({ newDueOn: e.newDueOn, decidedOn: vietnamDateAt(new Date(e.decidedAt)) })),
      dateSource: sources.get(task.planId)?.ofTask(task) ?? null,
    };
  });

  const covered = new Set(items.flatMap((i) => i.relatedPetitionIds));
  for (const petition of petitions) {
    if (covered.has(petition.id) || !petition.answerDueOn) continue;
    // Listed for these plans only, so both are found; a petition of another plan is not ours.
    const plan = planOf.get(petition.planId);
    const rules = sources.get(petition.planId);
    if (!plan || !rules) continue;
    // The rule stored beside the date when the conference gave it (none: a date set otherwise).
    const ruleId = petition.answerDueRule;
    items.push({
      kind: 'petition',
      planId: plan.id,
      planTitle: plan.title,
      adminUnitCode: petition.adminUnitCode,
      taskId: null,
      petitionId: petition.id,
      conclusionItemId: null,
      relatedPetitionIds: [petition.id],
      content: petition.content,
      responsibleOrganisation: petition.assignedOrganisation,
      status: petition.status,
      statusLabel: PETITION_STATUS_LABELS[petition.status],
      tracked: isPetitionTracked(petition.status),
      originalDueOn: petition.answerDueOn,
      dueOn: petition.answerDueOn,
      metOn: petition.answeredOn,
      extensions: [],
      // The date the rule gave when it was applied (the plan's dates may have moved since).
      dateSource: ruleId
        ? { ...rules.ofRule(ruleId), dueDate: petition.answerDueOn }
        : {
            ruleId: null,
            label: 'Hạn trả lời ghi trên kiến nghị',
            source: 'Hạn do cơ quan giao xử lý ghi trên kiến nghị',
            explanation: null,
            dueDate: petition.answerDueOn,
          },
    });
  }
  return items;
}

/**
 * An item's deadline state on `asOf`, as the records stood that day; null when untracked.
 *
 * @example trackedItemDeadline(calendar, item, '2026-01-31')?.state // 'overdue'
 */
export function trackedItemDeadline(
  calendar: WorkingCalendar,
  item: TrackedItem,
  asOf: string,
): DeadlineStatus | null {
  if (!item.tracked || !item.originalDueOn) return null;
  return deadlineStateAsOf(
    calendar,
    { originalDueOn: item.originalDueOn, extensions: item.extensions, metOn: item.metOn },
    asOf,
  );
}
