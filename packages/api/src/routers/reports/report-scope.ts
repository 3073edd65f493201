import { domainError } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { readableUnits } from '../../tenancy.js';

/**
 * The communes a report covers: the caller's own, or a province viewer's communes — all, or
 * the one it names (another province's commune is NOT_FOUND).
 *
 * @example const units = await reportUnits(ctx, user, input.adminUnitCode) // ['02086']
 */
export async function reportUnits(
  ctx: Context,
  user: SessionUser,
  adminUnitCode: string | undefined,
): Promise<string[]> {
  const units = await readableUnits(ctx, user);
  if (adminUnitCode === undefined) return units;
  if (!units.includes(adminUnitCode))
    fail(domainError('NOT_FOUND', { what: 'đơn vị hành chính', id: adminUnitCode }));
  return [adminUnitCode];
}
