import {
  appendAudit,
  findFollowUpTask,
  updateFollowUpTask,
  type Database,
  type FollowUpTaskChanges,
  type FollowUpTaskRecord,
} from '@doithoai/db';
import { transitionFollowUp, type FollowUpEvent, type FollowUpPayloads } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound, staleVersion } from '../../errors.js';
import { actorOf } from './conclusion-permission.js';
import { loadWritableTask, TASK_NOUN } from './task-load.js';
import { taskSnapshot, taskView, type TaskView } from './task-view.js';

const STALE = 'Nhiệm vụ';

/** What one step carries, and what it writes once the domain allows it. */
export interface TaskStep<E extends FollowUpEvent> {
  payload: FollowUpPayloads[E];
  changes?: Omit<FollowUpTaskChanges, 'status'>;
  /** The reason kept on the audit row. */
  reason?: string | null;
  /** Checks run after the machine agreed (e.g. the extension's own schema). */
  validate?: () => void;
  /** Extra rows written in the same transaction (e.g. the extension). */
  record?: (trx: Kysely<Database>, task: FollowUpTaskRecord) => Promise<void>;
  /** Extra facts for the audit row. */
  audit?: Record<string, unknown>;
}

/**
 * One step of a follow-up task in one transaction: load it (the commune, the department's own
 * tasks), check the version the caller saw, let the domain's `transitionFollowUp` decide, save
 * over that version, write the step's rows and the audit row with before/after.
 *
 * @example await fireTaskEvent(ctx, user, input, 'verify', () => ({ payload: {} }))
 */
export async function fireTaskEvent<E extends FollowUpEvent>(
  ctx: Context,
  user: SessionUser,
  ref: { id: string; expectedVersion: number },
  event: E,
  step: (task: FollowUpTaskRecord, trx: Kysely<Database>) => TaskStep<E> | Promise<TaskStep<E>>,
): Promise<TaskView> {
  // Before the transaction: on SQLite the transaction holds the only connection.
  const calendar = await ctx.calendar();
  const at = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadWritableTask(trx, user, ref.id);
    if (before.version !== ref.expectedVersion) staleVersion(STALE);
    const s = await step(before, trx);
    const result = transitionFollowUp(before.status, event, actorOf(user), {
      issuerKind: before.issuerKind,
      responsibleOrganisationId: before.responsibleOrganisation.id,
      ...s.payload,
    });
    if (!result.ok) fail(result.error);
    s.validate?.();
    const saved = await updateFollowUpTask(
      trx,
      before.id,
      ref.expectedVersion,
      { ...s.changes, status: result.value.state },
      at,
    );
    if (!saved) staleVersion(STALE);
    await s.record?.(trx, before);
    const after = (await findFollowUpTask(trx, before.id)) ?? notFound(TASK_NOUN, before.id);
    await appendAudit(trx, {
      at,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: before.adminUnitCode,
      action: `follow-up.${event}`,
      entityType: 'follow-up-task',
      entityId: before.id,
      before: taskSnapshot(before),
      after: { ...taskSnapshot(after), ...s.audit },
      reason: s.reason ?? null,
    });
    return taskView(calendar, after, ctx.today);
  });
}
