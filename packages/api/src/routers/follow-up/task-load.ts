import { findFollowUpTask, type Database, type FollowUpTaskRecord } from '@doithoai/db';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { assertReadable, assertWritable } from '../../tenancy.js';

export const TASK_NOUN = 'nhiệm vụ';

/**
 * A department sees only what is assigned to it (docs/domain.md "Who uses it"): another body's task
 * is NOT_FOUND for it, as another commune's is for everyone.
 */
function hiddenFromDepartment(user: SessionUser, task: FollowUpTaskRecord): boolean {
  return user.role === 'department' && task.responsibleOrganisation.id !== user.organisationId;
}

/** @example const task = await loadReadableTask(ctx, user, input.id); */
export async function loadReadableTask(
  ctx: Context,
  user: SessionUser,
  id: string,
): Promise<FollowUpTaskRecord> {
  const task = await findFollowUpTask(ctx.db, id);
  if (!task || hiddenFromDepartment(user, task)) notFound(TASK_NOUN, id);
  await assertReadable(ctx, user, task.adminUnitCode, TASK_NOUN, id);
  return task;
}

/** A task of the user's own commune, read in the transaction that changes it. */
export async function loadWritableTask(
  trx: Kysely<Database>,
  user: SessionUser,
  id: string,
): Promise<FollowUpTaskRecord> {
  const task = await findFollowUpTask(trx, id);
  if (!task || hiddenFromDepartment(user, task)) notFound(TASK_NOUN, id);
  assertWritable(user, task.adminUnitCode, TASK_NOUN, id);
  return task;
}
