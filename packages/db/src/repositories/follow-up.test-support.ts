import { toSearchKey } from '@doithoai/domain';
import { aChoMoiPlan, aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { insertTestPlan } from '../testing/test-plans.js';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

/*
 * Rows for the follow-up and reports storage suites, written straight into `plans` and
 * `petitions` (those tables' repositories belong to other features).
 */

export const AT = '2025-12-18T03:00:00.000Z';

/** Seed 000's plan, held on 10/12/2025, numbered `number`. */
export async function aHeldPlan(db: Kysely<Database>, code: string, number: number, year = 2025) {
  const plan = {
    ...aChoMoiPlan(),
    id: newId(),
    adminUnitCode: code,
    year,
    status: 'held' as const,
    documentNumber: number,
    issuedOn: '2025-11-10',
  };
  return (await insertTestPlan(db, plan, { recorded: { heldOn: '2025-12-10' }, at: AT })).id;
}

export async function aPetition(
  db: Kysely<Database>,
  planId: string,
  code: string,
  values: { status: string; villageId?: string | null; answeredOn?: string | null },
) {
  const seed = aLandPetitionInChoMoi();
  const id = newId();
  await db
    .insertInto('petitions')
    .values({
      id,
      admin_unit_code: code,
      plan_id: planId,
      tracking_code: `T${id.slice(0, 8)}`,
      status: values.status,
      channel: seed.channel,
      full_name: seed.petitioner.fullName,
      content: seed.content,
      search_key: toSearchKey(seed.content),
      field: seed.field ?? null,
      village_id: values.villageId ?? null,
      received_on: '2025-12-01',
      answered_on: values.answeredOn ?? null,
      consent_json: '[]',
      wants_to_speak: 0,
      is_late: 0,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}
