import {
  appendAudit,
  findConclusionNotice,
  findFollowUpTask,
  insertExtension,
  updateFollowUpTask,
  type FollowUpTaskChanges,
  type FollowUpTaskRecord,
} from '@doithoai/db';
import {
  ExtensionSchema,
  transitionFollowUp,
  vietnamDateAt,
  type FollowUpEvent,
  type FollowUpPayloads,
  type IsoDate,
  type NoticeMethod,
} from '@doithoai/domain';
import {
  auditActor,
  machineActor,
  requireOwnCommune,
  type DemoActor,
  type DemoWorld,
} from './demo-world.js';

// The follow-up task steps of the API (task-events.procedures.ts through `fireTaskEvent`): the
// domain's `transitionFollowUp` decides, `updateFollowUpTask` writes over the version read,
// the audit row keeps before/after.

/**
 * What the audit row keeps of a task, as the API's `taskSnapshot`.
 *
 * @example taskSnapshot(task).status // 'in-progress'
 */
export function taskSnapshot(task: FollowUpTaskRecord) {
  return {
    status: task.status,
    version: task.version,
    dueOn: task.dueOn,
    originalDueOn: task.originalDueOn,
    doneOn: task.doneOn,
    report: task.report,
    statusReason: task.statusReason,
    nextPlanId: task.nextPlanId,
    responsibleOrganisationId: task.responsibleOrganisation.id,
  };
}

interface TaskStep<E extends FollowUpEvent> {
  payload: FollowUpPayloads[E];
  changes?: Omit<FollowUpTaskChanges, 'status'>;
  reason?: string | null;
  record?: (task: FollowUpTaskRecord) => Promise<void>;
  audit?: Record<string, unknown>;
}

async function fireDemoTaskEvent<E extends FollowUpEvent>(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  id: string,
  event: E,
  step: (task: FollowUpTaskRecord) => TaskStep<E> | Promise<TaskStep<E>>,
): Promise<FollowUpTaskRecord> {
  const before = await findFollowUpTask(w.db, id);
  if (!before) throw new Error(`Demo: không tìm thấy nhiệm vụ ${id}.`);
  requireOwnCommune(actor, before.adminUnitCode, 'nhiệm vụ');
  if (actor.role === 'department' && before.responsibleOrganisation.id !== actor.organisationId)
    throw new Error('Demo: nhiệm vụ không giao cho cơ quan này.');
  const s = await step(before);
  const result = transitionFollowUp(before.status, event, machineActor(actor), {
    issuerKind: before.issuerKind,
    responsibleOrganisationId: before.responsibleOrganisation.id,
    ...s.payload,
  });
  if (!result.ok) throw result.error;
  const when = at.toISOString();
  const saved = await updateFollowUpTask(
    w.db,
    before.id,
    before.version,
    { ...s.changes, status: result.value.state },
    when,
  );
  if (!saved) throw new Error('Demo: nhiệm vụ đã bị thay đổi.');
  await s.record?.(before);
  const after = (await findFollowUpTask(w.db, before.id))!;
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: before.adminUnitCode,
    action: `follow-up.${event}`,
    entityType: 'follow-up-task',
    entityId: before.id,
    before: taskSnapshot(before),
    after: { ...taskSnapshot(after), ...s.audit },
    reason: s.reason ?? null,
  });
  return after;
}

/** Whether the task answers a citizen's petition, so an extension must be told to the citizen. */
async function concernsPetition(w: DemoWorld, task: FollowUpTaskRecord): Promise<boolean> {
  if (task.petitionId) return true;
  if (!task.conclusionItemId) return false;
  const notice = await findConclusionNotice(w.db, task.planId);
  const item = notice?.content.items.find((i) => i.id === task.conclusionItemId);
  return (item?.relatedPetitionIds.length ?? 0) > 0;
}

export interface DemoExtension {
  newDueOn: IsoDate;
  reason: string;
  citizenInformed: boolean;
  informedOn?: IsoDate;
  informedHow?: NoticeMethod;
}

type Fire = (w: DemoWorld, actor: DemoActor, at: Date, id: string) => Promise<FollowUpTaskRecord>;

/** One function per step of a task, each as its `followUp.*` procedure does it. */
export const demoTaskEvents = {
  start: ((w, actor, at, id) =>
    fireDemoTaskEvent(w, actor, at, id, 'start', () => ({ payload: {} }))) as Fire,
  /** The completion date is the day of the report (`ctx.today`). */
  reportDone: (w: DemoWorld, actor: DemoActor, at: Date, id: string, report: string) =>
    fireDemoTaskEvent(w, actor, at, id, 'report-done', () => ({
      payload: { report },
      changes: { report, doneOn: vietnamDateAt(at) },
    })),
  verify: ((w, actor, at, id) =>
    fireDemoTaskEvent(w, actor, at, id, 'verify', () => ({ payload: {} }))) as Fire,
  reopen: (
    w: DemoWorld,
    actor: DemoActor,
    at: Date,
    id: string,
    reason: string,
    findingId?: string,
  ) =>
    fireDemoTaskEvent(w, actor, at, id, 'reopen', () => ({
      payload: { reason, ...(findingId ? { findingId } : {}) },
      changes: { doneOn: null, statusReason: reason },
      reason,
      audit: { findingId: findingId ?? null },
    })),
  extend: (w: DemoWorld, actor: DemoActor, at: Date, id: string, input: DemoExtension) =>
    fireDemoTaskEvent(w, actor, at, id, 'extend', async (task) => {
      const extension = {
        previousDueOn: task.dueOn,
        newDueOn: input.newDueOn,
        reason: input.reason,
        citizenInformed: input.citizenInformed,
        informedOn: input.informedOn ?? null,
        informedHow: input.informedHow ?? null,
      };
      ExtensionSchema.parse({
        ...extension,
        informedOn: input.informedOn,
        informedHow: input.informedHow,
        decidedBy: actor.accountId,
        decidedAt: at.toISOString(),
      });
      return {
        payload: {
          currentDueOn: task.dueOn,
          newDueOn: input.newDueOn,
          reason: input.reason,
          concernsPetition: await concernsPetition(w, task),
          citizenInformed: input.citizenInformed,
        },
        changes: { dueOn: input.newDueOn },
        record: async () => {
          await insertExtension(
            w.db,
            { taskId: task.id, ...extension, decidedBy: actor.accountId },
            at.toISOString(),
          );
        },
        reason: input.reason,
        audit: { extension },
      };
    }),
  carryOver: (
    w: DemoWorld,
    actor: DemoActor,
    at: Date,
    id: string,
    reason: string,
    nextPlanId: string,
  ) =>
    fireDemoTaskEvent(w, actor, at, id, 'carry-over', (task) => {
      if (nextPlanId === task.planId) throw new Error('Demo: kỳ sau phải là kế hoạch khác.');
      return {
        payload: { reason, nextPlanId },
        changes: { nextPlanId, statusReason: reason },
        reason,
      };
    }),
  cancel: (w: DemoWorld, actor: DemoActor, at: Date, id: string, reason: string) =>
    fireDemoTaskEvent(w, actor, at, id, 'cancel', () => ({
      payload: { reason },
      changes: { statusReason: reason },
      reason,
    })),
};
