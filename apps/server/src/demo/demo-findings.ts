import {
  appendAudit,
  findFollowUpPetitions,
  findFollowUpTask,
  insertFinding,
  listConclusionNotices,
  listExtensions,
  listFollowUpTasks,
  type FindingTargetType,
} from '@doithoai/db';
import {
  deadlineState,
  deadlineStateAsOf,
  escalationRefusal,
  FindingSchema,
  vietnamDateAt,
  type DeadlineStatus,
  type FindingKind,
  type FindingTarget,
  type IsoDate,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { FollowUpTaskRecord } from '@doithoai/db';
import { auditActor, requireOwnCommune, type DemoActor, type DemoWorld } from './demo-world.js';

// `supervision.recordFinding` and `supervision.escalate` on the repository and domain functions
// they call: the Front records what it saw; an escalation to the Party secretary is refused
// unless the target is overdue as of the day it is recorded.

const UNTRACKED = new Set(['carried-over', 'cancelled']);

/** A task's deadline on `today`, as the API's `taskDeadline`. */
function taskDeadline(
  calendar: WorkingCalendar,
  task: FollowUpTaskRecord,
  today: IsoDate,
): DeadlineStatus | null {
  if (UNTRACKED.has(task.status)) return null;
  return deadlineState(
    calendar,
    {
      dueDate: task.originalDueOn,
      extension: task.extensionCount > 0 ? { newDueDate: task.dueOn } : null,
      metOn: task.doneOn,
    },
    today,
  );
}

/** Overdue first, the longest overdue first; else the first known state. */
function mostPressing(statuses: readonly (DeadlineStatus | null)[]): DeadlineStatus | null {
  const known = statuses.filter((s): s is DeadlineStatus => s !== null);
  const overdue = known
    .filter((s) => s.state === 'overdue' || s.state === 'long-overdue')
    .sort((a, b) => b.workingDaysLate - a.workingDaysLate);
  return overdue[0] ?? known[0] ?? null;
}

interface Resolved {
  targetType: FindingTargetType;
  targetId: string;
  planId: string;
  adminUnitCode: string;
  subject: string;
  deadline: DeadlineStatus | null;
}

/** The finding's target with its deadline today (for a petition: its most pressing follow-up). */
async function resolveTarget(
  w: DemoWorld,
  target: FindingTarget,
  today: IsoDate,
): Promise<Resolved> {
  const calendar = w.clock.calendar;
  if (target.kind === 'task') {
    const task = await findFollowUpTask(w.db, target.taskId);
    if (!task) throw new Error(`Demo: không tìm thấy nhiệm vụ ${target.taskId}.`);
    const base = { targetType: 'follow-up-task', targetId: task.id, planId: task.planId } as const;
    return {
      ...base,
      adminUnitCode: task.adminUnitCode,
      subject: 'nhiệm vụ',
      deadline: taskDeadline(calendar, task, today),
    };
  }
  const [petition] = await findFollowUpPetitions(w.db, [target.petitionId]);
  if (!petition) throw new Error(`Demo: không tìm thấy kiến nghị ${target.petitionId}.`);
  const [notice] = await listConclusionNotices(w.db, [petition.planId]);
  const itemIds = new Set(
    notice?.content.items
      .filter((i) => i.relatedPetitionIds.includes(petition.id))
      .map((i) => i.id),
  );
  const tasks = (
    await listFollowUpTasks(w.db, {
      adminUnitCodes: [petition.adminUnitCode],
      planIds: [petition.planId],
    })
  ).filter(
    (t) => t.petitionId === petition.id || (t.conclusionItemId && itemIds.has(t.conclusionItemId)),
  );
  const extensions = await listExtensions(
    w.db,
    tasks.map((t) => t.id),
  );
  const statuses = tasks.map((task) =>
    UNTRACKED.has(task.status)
      ? null
      : deadlineStateAsOf(
          calendar,
          {
            originalDueOn: task.originalDueOn,
            extensions: extensions
              .filter((e) => e.taskId === task.id)
              .map((e) => ({
                newDueOn: e.newDueOn,
                decidedOn: vietnamDateAt(new Date(e.decidedAt)),
              })),
            metOn: task.doneOn,
          },
          today,
        ),
  );
  const own =
    tasks.length === 0 &&
    petition.answerDueOn &&
    !['carried-over', 'withdrawn'].includes(petition.status)
      ? deadlineStateAsOf(
          calendar,
          { originalDueOn: petition.answerDueOn, extensions: [], metOn: petition.answeredOn },
          today,
        )
      : null;
  return {
    targetType: 'petition',
    targetId: petition.id,
    planId: petition.planId,
    adminUnitCode: petition.adminUnitCode,
    subject: 'kiến nghị',
    deadline: mostPressing([...statuses, own]),
  };
}

/**
 * The Front records a finding (or escalates an overdue item to the Party secretary), audited.
 *
 * @example const id = await recordDemoFinding(world, frontOfficer, at, { kind: 'visited', target: { kind: 'task', taskId } })
 */
export async function recordDemoFinding(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  input: { kind: FindingKind; target: FindingTarget; note?: string; observedOn?: IsoDate },
): Promise<string> {
  const when = at.toISOString();
  const target = await resolveTarget(w, input.target, vietnamDateAt(at));
  requireOwnCommune(actor, target.adminUnitCode, target.subject);
  if (input.kind === 'escalated-to-secretary') {
    const refusal = escalationRefusal(target.deadline, target.subject);
    if (refusal) throw refusal;
  }
  FindingSchema.parse({
    id: 'new',
    planId: target.planId,
    ...input,
    recordedBy: actor.accountId,
    recordedAt: when,
  });
  const finding = {
    adminUnitCode: target.adminUnitCode,
    planId: target.planId,
    targetType: target.targetType,
    targetId: target.targetId,
    kind: input.kind,
    note: input.note ?? null,
    observedOn: input.observedOn ?? null,
    recordedBy: actor.accountId,
    recordedAt: when,
  };
  const id = await insertFinding(w.db, finding);
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: target.adminUnitCode,
    action: input.kind === 'escalated-to-secretary' ? 'finding.escalate' : 'finding.record',
    entityType: 'finding',
    entityId: id,
    after: { ...finding, deadlineState: target.deadline?.state ?? null },
  });
  return id;
}
