import { findAdminUnit, type AdminUnitRecord } from '@doithoai/db';
import { adminScopeOf, domainError, type AdminScope } from '@doithoai/domain';
import type { StaffContext } from '../context.js';
import { fail, notFound } from '../errors.js';

/** An administrator and the unit it is bound to, whose level is its scope (issue 14). */
export interface Administrator {
  scope: AdminScope;
  unit: AdminUnitRecord;
}

/**
 * The caller as an administrator: the scope is the level of the unit the account is bound to
 * (national → system, province, commune). Refused for any other account.
 *
 * @example const { scope } = await administratorOf(ctx) // 'commune' for admin.chomoi
 */
export async function administratorOf(ctx: StaffContext): Promise<Administrator> {
  const unit = await findAdminUnit(ctx.db, ctx.user.adminUnitCode);
  const scope = ctx.user.role === 'admin' && unit ? adminScopeOf(unit.level) : null;
  if (!unit || !scope) fail(domainError('ADMIN_SCOPE_REQUIRED', { action: 'quản trị' }));
  return { scope, unit };
}

/**
 * True when `unit` lies inside the administrator's own unit: anything for the system
 * administrator, the province and its communes for a province administrator, the commune itself
 * for a commune administrator.
 */
export function administers(admin: Administrator, unit: AdminUnitRecord): boolean {
  if (admin.scope === 'system') return true;
  if (unit.code === admin.unit.code) return true;
  return admin.scope === 'province' && unit.parentCode === admin.unit.code;
}

/**
 * The unit `code` if the administrator administers it; another unit answers NOT_FOUND, as if it
 * did not exist (no probing of other communes).
 *
 * @example const commune = await administeredUnit(ctx, admin, '02086')
 */
export async function administeredUnit(
  ctx: StaffContext,
  admin: Administrator,
  code: string,
): Promise<AdminUnitRecord> {
  const unit = code === admin.unit.code ? admin.unit : await findAdminUnit(ctx.db, code);
  if (!unit || !administers(admin, unit)) notFound('đơn vị hành chính', code);
  return unit;
}
