import {
  listCommunesOf,
  listOrganisations,
  listProvinces,
  listVillages,
  type AdminUnitRecord,
} from '@doithoai/db';
import { NATIONAL_UNIT, rolesAdministeredBy, type AdminScope, type Role } from '@doithoai/domain';
import { administeredUnit, administratorOf } from '../../auth/admin-scope.js';
import type { StaffContext } from '../../context.js';

const unitOption = (u: AdminUnitRecord) => ({ code: u.code, name: u.name, level: u.level });

/**
 * What the account form offers an administrator: the roles it creates, the units it may bind
 * them to, and — for the unit chosen — its bodies and villages (retired ones left out).
 *
 * @example await accountOptions(ctx, { adminUnitCode: '02086' }) // { scope: 'commune', roles: ['party-secretary', …], … }
 */
export async function accountOptions(
  ctx: StaffContext,
  input: { adminUnitCode?: string | undefined } | undefined,
): Promise<{
  scope: AdminScope;
  unit: ReturnType<typeof unitOption>;
  roles: Role[];
  units: ReturnType<typeof unitOption>[];
  organisations: { id: string; name: string; kind: string }[];
  villages: { id: string; name: string; kind: string }[];
}> {
  const admin = await administratorOf(ctx);
  const chosen = await administeredUnit(ctx, admin, input?.adminUnitCode ?? admin.unit.code);
  const below =
    admin.scope === 'system'
      ? [admin.unit, ...(await listProvinces(ctx.db))]
      : admin.scope === 'province'
        ? [admin.unit, ...(await listCommunesOf(ctx.db, admin.unit.code))]
        : [admin.unit];
  const commune = chosen.level === 'commune';
  return {
    scope: admin.scope,
    unit: unitOption(chosen),
    roles: rolesAdministeredBy(admin.scope),
    units: below
      .filter((u) => u.code !== NATIONAL_UNIT.code || admin.scope === 'system')
      .map(unitOption),
    organisations: commune
      ? (await listOrganisations(ctx.db, chosen.code))
          .filter((o) => !o.retiredAt)
          .map(({ id, name, kind }) => ({ id, name, kind }))
      : [],
    villages: commune
      ? (await listVillages(ctx.db, chosen.code))
          .filter((v) => !v.retiredAt)
          .map(({ id, name, kind }) => ({ id, name, kind }))
      : [],
  };
}
