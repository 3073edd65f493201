import { listCommuneCodesOfProvince } from '@doithoai/db';
import { domainError } from '@doithoai/domain';
import type { Context, SessionUser } from './context.js';
import { fail } from './errors.js';

/**
 * The administrative units a user may read: their own commune, or — for a province-level
 * viewer — every commune of their province. Every query filters by this list.
 *
 * @example const units = await readableUnits(ctx, user) // ['02086']
 */
export async function readableUnits(ctx: Context, user: SessionUser): Promise<string[]> {
  if (user.role === 'province-viewer')
    return listCommuneCodesOfProvince(ctx.db, user.adminUnitCode);
  return [user.adminUnitCode];
}

/** Refuses a record of another commune as if it did not exist (no cross-tenant probing). */
export async function assertReadable(
  ctx: Context,
  user: SessionUser,
  adminUnitCode: string,
  what: string,
  id: string,
): Promise<void> {
  const units = await readableUnits(ctx, user);
  if (!units.includes(adminUnitCode)) fail(domainError('NOT_FOUND', { what, id }));
}

/** Writes happen only in the user's own commune. */
export function assertWritable(
  user: SessionUser,
  adminUnitCode: string,
  what: string,
  id: string,
): void {
  if (user.adminUnitCode !== adminUnitCode) fail(domainError('NOT_FOUND', { what, id }));
}
