import { DEFAULT_AGENDA, toSearchKey } from '@doithoai/domain';
import { aChoMoiPlan } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import type { Database } from '../tables/index.js';
import { seedTenant, testDialects } from '../testing/index.js';
import { findConference, saveConference } from './conference.repository.js';
import { newId } from './ids.js';

const NOW = '2025-12-10T01:00:00.000Z';

/** A plan row straight into `plans` (this suite does not depend on the plans repository). */
async function insertPlanRow(db: Kysely<Database>) {
  const plan = aChoMoiPlan();
  const id = newId();
  await db
    .insertInto('plans')
    .values({
      id,
      admin_unit_code: '02086',
      issuer_kind: plan.issuer.kind,
      document_symbol: plan.documentSymbol,
      document_number: 14,
      year: plan.year,
      title: plan.title,
      search_key: toSearchKey(plan.title),
      regulation_profile_id: plan.regulationProfileId,
      status: 'announced',
      content_json: JSON.stringify(plan),
      return_comments_json: '[]',
      version: 1,
      created_at: NOW,
      updated_at: NOW,
    })
    .execute();
  return id;
}

const dialects = await testDialects();

describe.each(dialects)('conference storage on $name', (dialect) => {
  let handle: DatabaseHandle;
  let planId: string;
  beforeAll(async () => {
    handle = await dialect.open();
    await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
    planId = await insertPlanRow(handle.db);
  });
  afterAll(() => handle.close());

  it('has no conference until the first save, which creates it at version 1', async () => {
    expect(await findConference(handle.db, planId)).toBeUndefined();
    const saved = await saveConference(
      handle.db,
      { planId, adminUnitCode: '02086' },
      0,
      { startedAt: NOW },
      NOW,
    );
    expect(saved).toMatchObject({
      startedAt: NOW,
      endedAt: null,
      agenda: null,
      attendance: [],
      minutes: '',
      version: 1,
    });
  });

  it('refuses a second "first save" and a stale version, and saves at the current one', async () => {
    const key = { planId, adminUnitCode: '02086' };
    expect(await saveConference(handle.db, key, 0, { minutes: 'x' }, NOW)).toBeUndefined();
    const saved = await saveConference(
      handle.db,
      key,
      1,
      { minutes: 'Hội nghị bắt đầu lúc 8 giờ.', agenda: DEFAULT_AGENDA },
      NOW,
    );
    expect(saved).toMatchObject({ version: 2, minutes: 'Hội nghị bắt đầu lúc 8 giờ.' });
    expect(saved?.agenda).toHaveLength(DEFAULT_AGENDA.length);
    expect(saved?.startedAt).toBe(NOW);
    expect(await saveConference(handle.db, key, 1, { minutes: 'cũ' }, NOW)).toBeUndefined();
    expect((await findConference(handle.db, planId))?.minutes).toBe('Hội nghị bắt đầu lúc 8 giờ.');
  });
});
