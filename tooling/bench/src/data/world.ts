import {
  insertAccount,
  insertAdminUnit,
  insertOrganisation,
  insertVillage,
  newId,
  type Database,
} from '@doithoai/db';
import { insertTestPlan } from '@doithoai/db/testing';
import { aChoMoiPlan, present } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { BODY_NAMES, VILLAGE_NAMES } from './texts.js';

// The structure the generated petitions hang on, written with the repositories (a few thousand
// rows): one province, its communes with villages and bodies, one plan per commune and year,
// the benchmark accounts in the first commune, and an announced plan there for intake.

/** The benchmarks' "today": the generated history ends in 2026, a month after its dialogues. */
export const BENCH_NOW = '2026-11-20T03:00:00.000Z';
export const CURRENT_YEAR = 2026;
export const PROVINCE_CODE = '19';
/** The commune every benchmark request is made in. */
export const FIRST_COMMUNE = '20000';
/** The government office of the first commune (intake, the list, the dashboard). */
export const BENCH_ACCOUNT = { username: 'vpub.bench', password: 'DoiThoai@Bench2026' };
/** The plan registrations go to: announced, its dialogue on 15/12/2026. */
export const INTAKE_PLAN_ID = 'bench-intake-plan';

export const communeCode = (index: number) => String(20000 + index);

export interface CommuneWorld {
  index: number;
  code: string;
  villageIds: string[];
  organisationIds: string[];
  departmentId: string;
  /** Plan id per year. */
  plans: Map<number, string>;
}

export interface World {
  communes: CommuneWorld[];
  accountId: string;
}

/**
 * Writes the structure of a generated dataset and returns its ids.
 *
 * @example const world = await buildWorld(db, { communes: 10, years: [2025, 2026], passwordHash });
 */
export async function buildWorld(
  db: Kysely<Database>,
  options: { communes: number; years: readonly number[]; passwordHash: string },
): Promise<World> {
  const at = '2017-01-02T02:00:00.000Z';
  await insertAdminUnit(db, { code: PROVINCE_CODE, name: 'Thái Nguyên', level: 'province' }, at);
  const communes: CommuneWorld[] = [];
  for (let index = 0; index < options.communes; index += 1) {
    const code = communeCode(index);
    await insertAdminUnit(
      db,
      {
        code,
        name: `Xã Đối Thoại ${index + 1}`,
        level: 'commune',
        kind: 'xã',
        parentCode: PROVINCE_CODE,
      },
      at,
    );
    const villageIds: string[] = [];
    for (const name of VILLAGE_NAMES)
      villageIds.push(
        await insertVillage(
          db,
          { adminUnitCode: code, name, kind: name.startsWith('Bản') ? 'ban' : 'thon' },
          at,
        ),
      );
    const organisationIds: string[] = [];
    for (const [kind, name] of BODY_NAMES)
      organisationIds.push(await insertOrganisation(db, { adminUnitCode: code, kind, name }, at));
    const plans = new Map<number, string>();
    for (const year of options.years) {
      const id = newId();
      const current = year === CURRENT_YEAR;
      await insertTestPlan(
        db,
        {
          ...aChoMoiPlan(),
          id,
          adminUnitCode: code,
          issuer: {
            kind: 'party-committee',
            name: `Đảng ủy xã Đối Thoại ${index + 1}`,
            adminUnitCode: code,
          },
          year,
          title: `Tổ chức đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân năm ${year}`,
          timing: { kind: 'date', date: `${year}-10-15`, note: 'Dự kiến' },
          scheduleOverrides: [],
          status: current ? 'concluded' : 'closed',
          documentNumber: 10,
          issuedOn: `${year}-08-20`,
        },
        {
          at: `${year}-08-20T02:00:00.000Z`,
          recorded: {
            noticeIssuedOn: `${year}-09-01`,
            heldOn: `${year}-10-15`,
            conclusionIssuedOn: `${year}-10-22`,
          },
        },
      );
      plans.set(year, id);
    }
    communes.push({
      index,
      code,
      villageIds,
      organisationIds,
      departmentId: present(organisationIds[2], 'the first department'),
      plans,
    });
  }
  const first = present(communes[0], 'the first commune');
  await insertTestPlan(db, {
    ...aChoMoiPlan(),
    id: INTAKE_PLAN_ID,
    adminUnitCode: first.code,
    issuer: { kind: 'party-committee', name: 'Đảng ủy xã Đối Thoại 1', adminUnitCode: first.code },
    year: CURRENT_YEAR,
    timing: { kind: 'date', date: `${CURRENT_YEAR}-12-15`, note: 'Dự kiến' },
    scheduleOverrides: [],
    status: 'announced',
    documentNumber: 11,
    issuedOn: `${CURRENT_YEAR}-11-02`,
  });
  const accountId = await insertAccount(
    db,
    {
      username: BENCH_ACCOUNT.username,
      fullName: 'Hoàng Thị Lan',
      role: 'government-office',
      adminUnitCode: first.code,
      organisationId: present(first.organisationIds[1], 'the office'),
      passwordHash: options.passwordHash,
    },
    at,
  );
  return { communes, accountId };
}
