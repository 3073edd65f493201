import { DEFAULT_AGENDA } from '@doithoai/domain';
import { aChoMoiPlan } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { insertTestPlan } from '../testing/test-plans.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import type { Database } from '../tables/index.js';
import { seedTenant, testDialects } from '../testing/index.js';
import { findConference, saveConference } from './conference.repository.js';
import { newId } from './ids.js';

const NOW = '2025-12-10T01:00:00.000Z';

/** An announced Chợ Mới plan (numbered 14) to hold the conference of. */
async function insertPlanRow(db: Kysely<Database>) {
  const plan = aChoMoiPlan();
  const row = {
    ...plan,
    id: newId(),
    status: 'announced' as const,
    documentNumber: 14,
    issuedOn: '2025-11-10',
  };
  return (await insertTestPlan(db, row, { at: NOW })).id;
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
