import { ROLES, type Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { insertAccount } from '../repositories/accounts.repository.js';
import {
  insertAdminUnit,
  insertOrganisation,
  insertVillage,
} from '../repositories/admin-units.repository.js';
import type { Database } from '../tables/index.js';

export interface SeededTenant {
  provinceCode: string;
  communeCode: string;
  /** Bản Mỳ, Bản Khoen and Thôn Đồng Tâm, in that order: a test takes one without a check. */
  villageIds: [string, string, string];
  organisations: {
    partyOffice: string;
    governmentOffice: string;
    landDepartment: string;
    police: string;
    front: string;
  };
  /** One account per role, keyed by role; usernames are `<role>.<communeCode>`. */
  accounts: Record<Role, { id: string; username: string }>;
}

/**
 * A commune with its villages, bodies and one account per role — test data for storage and API
 * suites. Call twice with different codes to test tenant isolation.
 *
 * @example const tenant = await seedTenant(db, { provinceCode: '12', communeCode: '03640', communeName: 'Khoen On', passwordHash })
 */
export async function seedTenant(
  db: Kysely<Database>,
  options: {
    provinceCode: string;
    provinceName?: string;
    communeCode: string;
    communeName: string;
    passwordHash: string;
    now?: string;
  },
): Promise<SeededTenant> {
  const now = options.now ?? '2025-11-01T08:00:00.000Z';
  const { provinceCode, communeCode } = options;
  const province = await db
    .selectFrom('admin_units')
    .select('code')
    .where('code', '=', provinceCode)
    .executeTakeFirst();
  if (!province) {
    await insertAdminUnit(
      db,
      {
        code: provinceCode,
        name: options.provinceName ?? `Tỉnh ${provinceCode}`,
        level: 'province',
      },
      now,
    );
  }
  await insertAdminUnit(
    db,
    {
      code: communeCode,
      name: options.communeName,
      level: 'commune',
      kind: 'xã',
      parentCode: provinceCode,
    },
    now,
  );
  const village = (name: string, kind: 'ban' | 'thon') =>
    insertVillage(db, { adminUnitCode: communeCode, name, kind }, now);
  const villageIds: SeededTenant['villageIds'] = [
    await village('Bản Mỳ', 'ban'),
    await village('Bản Khoen', 'ban'),
    await village('Thôn Đồng Tâm', 'thon'),
  ];
  const organisation = (kind: string, name: string) =>
    insertOrganisation(db, { adminUnitCode: communeCode, kind, name }, now);
  const organisations = {
    partyOffice: await organisation('party-office', `Văn phòng Đảng ủy xã ${options.communeName}`),
    governmentOffice: await organisation('government-office', 'Văn phòng HĐND và UBND xã'),
    landDepartment: await organisation(
      'department',
      'Phòng Kinh tế (đất đai, tài nguyên và môi trường)',
    ),
    police: await organisation('police', 'Công an xã'),
    front: await organisation('fatherland-front', 'Ủy ban MTTQ Việt Nam xã'),
  };
  const organisationOf: Partial<Record<Role, string>> = {
    'party-office': organisations.partyOffice,
    'government-office': organisations.governmentOffice,
    department: organisations.landDepartment,
    'front-chair': organisations.front,
    'front-officer': organisations.front,
  };
  const accounts = {} as SeededTenant['accounts'];
  for (const role of ROLES) {
    const username = `${role}.${communeCode}`;
    const adminUnitCode = role === 'province-viewer' ? provinceCode : communeCode;
    const id = await insertAccount(
      db,
      {
        username,
        fullName: `Người dùng ${role}`,
        role,
        adminUnitCode,
        organisationId: organisationOf[role] ?? null,
        passwordHash: options.passwordHash,
      },
      now,
    );
    accounts[role] = { id, username };
  }
  return { provinceCode, communeCode, villageIds, organisations, accounts };
}
