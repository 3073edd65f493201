import { petitionSearch, TrackingCodeSchema, toSearchKey, type Plan } from '@doithoai/domain';
import {
  aChoMoiPlan,
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { insertTestPlan } from '../testing/test-plans.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../tables/index.js';
import { seedTenant, testDialects, type SeededTenant } from '../testing/index.js';
import type { DatabaseHandle } from '../database.js';
import { newId } from './ids.js';
import {
  findLatestPetitionAnswer,
  insertCitizenResponse,
  insertPetitionAnswer,
  listCitizenResponses,
  listPetitionAnswers,
} from './petitions-answers.repository.js';
import { listPetitions } from './petitions-list.repository.js';
import { findPetitionPlan, findPetitionWithPlan } from './plans-for-petitions.repository.js';
import {
  findPetitionById,
  insertPetition,
  updatePetition,
  type NewPetition,
} from './petitions.repository.js';

const NOW = '2025-12-01T02:00:00.000Z';

let planNumber = 13;

/** An announced plan in `unit`, numbered in turn. */
async function insertPlanRow(db: Kysely<Database>, unit: string, plan: Plan = aChoMoiPlan()) {
  const row = {
    ...plan,
    id: newId(),
    adminUnitCode: unit,
    status: 'announced' as const,
    documentNumber: (planNumber += 1),
    issuedOn: '2025-11-10',
  };
  return (await insertTestPlan(db, row, { at: NOW })).id;
}

function aNewPetition(unit: string, planId: string, overrides: Partial<NewPetition> = {}) {
  const land = aLandPetitionInChoMoi();
  return {
    adminUnitCode: unit,
    planId,
    status: 'received',
    kind: land.kind,
    channel: 'village-paper-form',
    fullName: land.petitioner.fullName,
    phone: land.petitioner.phone ?? null,
    address: land.petitioner.address ?? null,
    content: land.content,
    searchKey: toSearchKey(`${land.petitioner.fullName} ${land.content}`),
    wantsToSpeak: true,
    receivedOn: land.receivedOn,
    isLate: false,
    consents: land.consents,
    createdBy: null,
    now: NOW,
    ...overrides,
  } satisfies NewPetition;
}

const dialects = await testDialects();

describe.each(dialects)('petition storage on $name', (dialect) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  let tenant: SeededTenant;
  let planId: string;
  beforeAll(async () => {
    handle = await dialect.open();
    db = handle.db;
    tenant = await seedTenant(db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
    await seedTenant(db, {
      provinceCode: '12',
      communeCode: '03640',
      communeName: 'Khoen On',
      passwordHash: 'x',
    });
    planId = await insertPlanRow(db, '02086');
  });
  afterAll(() => handle.close());

  it('stores a petition with a readable tracking code and maps it back to camelCase', async () => {
    const result = await insertPetition(db, aNewPetition('02086', planId));
    expect(result.inserted).toBe(true);
    if (!result.inserted) return;
    const record = result.petition;
    expect(TrackingCodeSchema.safeParse(record.trackingCode).success).toBe(true);
    expect(record).toMatchObject({
      status: 'received',
      kind: 'question',
      wantsToSpeak: true,
      isLate: false,
      version: 1,
      fullName: 'Nông Văn Thắng',
    });
    expect(record.consents.map((c) => c.purpose)).toEqual(['handle-petition', 'contact-by-phone']);
  });

  it('tries another tracking code when the first one is taken', async () => {
    const first = await insertPetition(db, aNewPetition('02086', planId), () => 'TAKN-CODE');
    expect(first.inserted).toBe(true);
    const codes = ['TAKN-CODE', 'FREE-CODE'];
    const second = await insertPetition(db, aNewPetition('02086', planId), () =>
      present(codes.shift(), 'a tracking code'),
    );
    expect(second.inserted && second.petition.trackingCode).toBe('FREE-CODE');
  });

  it('returns the stored petition for a replayed idempotency key instead of a second row', async () => {
    const key = { idempotencyKey: 'phieu-thon-01-0001', idempotencyHash: 'h1' };
    const first = await insertPetition(db, aNewPetition('02086', planId, key));
    const replay = await insertPetition(db, aNewPetition('02086', planId, key));
    expect(replay.inserted).toBe(false);
    expect(!replay.inserted && first.inserted && replay.existing.petition.id).toBe(
      first.inserted && first.petition.id,
    );
    // The same key in another commune is another request.
    const otherPlan = await insertPlanRow(db, '03640');
    expect((await insertPetition(db, aNewPetition('03640', otherPlan, key))).inserted).toBe(true);
  });

  it('updates only at the expected version and bumps it', async () => {
    const created = await insertPetition(db, aNewPetition('02086', planId));
    if (!created.inserted) throw new Error('not inserted');
    const id = created.petition.id;
    const updated = await updatePetition(
      db,
      id,
      1,
      { status: 'triaged', field: 'land-environment' },
      NOW,
    );
    expect(updated).toMatchObject({ status: 'triaged', version: 2 });
    expect(await updatePetition(db, id, 1, { status: 'assigned' }, NOW)).toBeUndefined();
    expect((await findPetitionById(db, id))?.status).toBe('triaged');
  });

  it('stores camelCase changes in their columns: flags as 0/1, details as JSON', async () => {
    const created = await insertPetition(db, aNewPetition('02086', planId));
    if (!created.inserted) throw new Error('not inserted');
    const details = { note: 'Trả lời tại hội nghị.', recordedBy: null, recordedAt: NOW };
    const saved = await updatePetition(
      db,
      created.petition.id,
      1,
      { wantsToSpeak: false, conferenceOutcome: 'answered-at-conference', outcomeDetails: details },
      NOW,
    );
    expect(saved).toMatchObject({
      wantsToSpeak: false,
      conferenceOutcome: 'answered-at-conference',
      outcomeDetails: details,
    });
    const row = await db
      .selectFrom('petitions')
      .select(['wants_to_speak', 'outcome_json'])
      .where('id', '=', created.petition.id)
      .executeTakeFirstOrThrow();
    expect(row.wants_to_speak).toBe(0);
    expect(JSON.parse(present(row.outcome_json, 'the outcome column'))).toEqual(details);
  });

  it('stores a withdrawn consent as JSON beside the others, the record kept (issue 17)', async () => {
    const created = await insertPetition(db, aNewPetition('02086', planId));
    if (!created.inserted) throw new Error('not inserted');
    const consents = created.petition.consents.map((c, i) =>
      i === 0 ? { ...c, withdrawnAt: NOW } : c,
    );
    const saved = await updatePetition(db, created.petition.id, 1, { consents }, NOW);
    expect(saved?.consents).toEqual(consents);
    expect(saved?.version).toBe(2);
    const row = await db
      .selectFrom('petitions')
      .select('consent_json')
      .where('id', '=', created.petition.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.consent_json)).toEqual(consents);
  });

  it('lists a tenant’s petitions page by page in a stable order, searching without diacritics', async () => {
    const unitPlan = await insertPlanRow(db, '02086');
    const security = aSecurityPetitionInChoMoi();
    for (let day = 1; day <= 5; day += 1) {
      await insertPetition(db, aNewPetition('02086', unitPlan, { receivedOn: `2025-11-0${day}` }));
    }
    await insertPetition(
      db,
      aNewPetition('02086', unitPlan, {
        content: security.content,
        searchKey: toSearchKey(security.content),
        receivedOn: '2025-11-03',
      }),
    );
    const first = await listPetitions(db, {
      adminUnitCodes: ['02086'],
      planId: unitPlan,
      limit: 4,
    });
    expect(first.petitions.map((p) => p.receivedOn)).toEqual([
      '2025-11-01',
      '2025-11-02',
      '2025-11-03',
      '2025-11-03',
    ]);
    const second = await listPetitions(db, {
      adminUnitCodes: ['02086'],
      planId: unitPlan,
      limit: 4,
      after: present(first.next, 'the next page'),
    });
    expect(second.petitions.map((p) => p.receivedOn)).toEqual(['2025-11-04', '2025-11-05']);
    expect(second.next).toBeNull();
    const search = await listPetitions(db, {
      adminUnitCodes: ['02086'],
      planId: unitPlan,
      search: petitionSearch('dua xe'),
      limit: 50,
    });
    expect(search.petitions).toHaveLength(1);
    const wildcard = await listPetitions(db, {
      adminUnitCodes: ['02086'],
      planId: unitPlan,
      search: petitionSearch('%'),
      limit: 50,
    });
    expect(wildcard.petitions).toHaveLength(0);
    expect(
      (await listPetitions(db, { adminUnitCodes: ['03640'], planId: unitPlan, limit: 50 }))
        .petitions,
    ).toEqual([]);
  });

  it('filters open answers by a due-date range computed outside the query', async () => {
    const duePlan = await insertPlanRow(db, '02086');
    const dueOn = ['2025-12-20', '2025-12-26', '2026-01-05'];
    for (const date of dueOn) {
      const created = await insertPetition(db, aNewPetition('02086', duePlan));
      if (!created.inserted) throw new Error('not inserted');
      await updatePetition(
        db,
        created.petition.id,
        1,
        { status: 'awaiting-written-answer', answerDueOn: date },
        NOW,
      );
    }
    const { petitions } = await listPetitions(db, {
      adminUnitCodes: ['02086'],
      planId: duePlan,
      due: {
        onOrAfter: '2025-12-21',
        before: '2026-01-05',
        openStatuses: ['awaiting-written-answer'],
      },
      limit: 50,
    });
    expect(petitions.map((p) => p.answerDueOn)).toEqual(['2025-12-26']);
  });

  it('keeps every draft of an answer and the citizen’s responses', async () => {
    const created = await insertPetition(db, aNewPetition('02086', planId));
    if (!created.inserted) throw new Error('not inserted');
    const petitionId = created.petition.id;
    const department = tenant.accounts.department.id;
    await insertPetitionAnswer(db, {
      petitionId,
      stage: 'before-conference',
      content: 'Hồ sơ của gia đình ông đang được thẩm định.',
      draftedBy: department,
      draftedAt: NOW,
    });
    const latest = await findLatestPetitionAnswer(db, petitionId, { statuses: ['drafted'] });
    expect(latest?.content).toContain('thẩm định');
    expect(
      await findLatestPetitionAnswer(db, petitionId, { statuses: ['approved'] }),
    ).toBeUndefined();
    expect(await listPetitionAnswers(db, [petitionId])).toHaveLength(1);
    await insertCitizenResponse(db, {
      petitionId,
      response: 'not-settled',
      note: 'Chưa đo đạc lại ranh giới.',
      recordedBy: tenant.accounts['government-office'].id,
      recordedAt: NOW,
    });
    expect((await listCitizenResponses(db, petitionId)).map((r) => r.response)).toEqual([
      'not-settled',
    ]);
  });

  it('reads the plan facts the petition workflow needs, with the plan’s own cut-off', async () => {
    const facts = await findPetitionPlan(db, planId);
    expect(facts).toMatchObject({
      issuerKind: 'party-committee',
      status: 'announced',
      regulationProfileId: 'thai-nguyen-357-qd-tu-2025',
      timing: { kind: 'date', date: '2025-12-10' },
    });
    expect(facts?.scheduleOverrides[0]).toMatchObject({
      ruleId: 'registration-cutoff',
      date: '2025-12-04',
    });
    expect(await findPetitionPlan(db, 'no-such-plan')).toBeUndefined();
  });

  it('reads a petition and its plan’s facts in one query, as the two reads give them', async () => {
    const created = await insertPetition(db, aNewPetition('02086', planId));
    if (!created.inserted) throw new Error('not inserted');
    const statements: string[] = [];
    const counted = db.withPlugin({
      transformQuery: (args) => {
        statements.push(args.node.kind);
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    });
    const found = await findPetitionWithPlan(counted, created.petition.id);
    expect(statements).toEqual(['SelectQueryNode']);
    expect(found?.petition).toEqual(await findPetitionById(db, created.petition.id));
    // The facts as findPetitionPlan reads them, the schedule parsed when first read.
    expect({ ...found?.plan }).toEqual({ ...(await findPetitionPlan(db, planId)) });
    expect(found?.plan.timing).toMatchObject({ kind: 'date', date: '2025-12-10' });
    expect(await findPetitionWithPlan(db, 'no-such-petition')).toBeUndefined();
  });
});
