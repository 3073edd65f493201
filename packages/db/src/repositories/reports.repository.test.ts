import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant, type SeededTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import { insertFollowUpTask } from './follow-up.repository.js';
import { aHeldPlan, aPetition, AT } from './follow-up.test-support.js';
import { countPetitionsForPeriod } from './reports-periodic.repository.js';
import {
  countOpenTasksByBodyAndDueDate,
  countPetitionsByStatus,
  countPetitionsByVillage,
} from './reports.repository.js';

const dialects = await testDialects();

describe.each(dialects)('report aggregates on $name', (dialect) => {
  let handle: DatabaseHandle;
  let choMoi: SeededTenant;
  let khoenOn: SeededTenant;
  let planId: string;

  beforeAll(async () => {
    handle = await dialect.open();
    choMoi = await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
    khoenOn = await seedTenant(handle.db, {
      provinceCode: '12',
      communeCode: '03640',
      communeName: 'Khoen On',
      passwordHash: 'x',
    });
    planId = await aHeldPlan(handle.db, '02086', 14);
    const task = (code: string, organisationId: string, dueOn: string) =>
      insertFollowUpTask(
        handle.db,
        {
          adminUnitCode: code,
          planId: code === '02086' ? planId : theirs,
          petitionId: null,
          conclusionItemId: null,
          content: 'Đo đạc lại ranh giới thửa đất.',
          responsibleOrganisationId: organisationId,
          ruleId: null,
          dueOn,
          createdBy: null,
        },
        AT,
      );
    const theirs = await aHeldPlan(handle.db, '03640', 3);
    await task('02086', choMoi.organisations.landDepartment, '2026-02-06');
    await task('03640', khoenOn.organisations.police, '2026-01-09');
  });
  afterAll(() => handle.close());

  it('counts petitions and open tasks with GROUP BY, per commune and plan year', async () => {
    const db = handle.db;
    const [banMy] = choMoi.villageIds;
    await aPetition(db, planId, '02086', { status: 'awaiting-written-answer', villageId: banMy });
    await aPetition(db, planId, '02086', {
      status: 'answered',
      villageId: banMy,
      answeredOn: '2025-12-20',
    });
    await aPetition(db, planId, '02086', { status: 'withdrawn' });
    const nextYear = await aHeldPlan(db, '02086', 15, 2026);
    await aPetition(db, nextYear, '02086', { status: 'received' });
    const theirs = await aHeldPlan(db, '03640', 4);
    await aPetition(db, theirs, '03640', { status: 'received', villageId: khoenOn.villageIds[0] });

    const scope = { adminUnitCodes: ['02086'], year: 2025 };
    expect(await countPetitionsByStatus(db, scope)).toEqual([
      { status: 'answered', count: 1 },
      { status: 'awaiting-written-answer', count: 1 },
      { status: 'withdrawn', count: 1 },
    ]);
    expect(await countPetitionsByVillage(db, scope)).toEqual(
      expect.arrayContaining([
        { villageId: banMy, villageName: 'Bản Mỳ', count: 2 },
        { villageId: null, villageName: null, count: 1 },
      ]),
    );
    expect(await countOpenTasksByBodyAndDueDate(db, scope)).toMatchObject([
      { organisationId: choMoi.organisations.landDepartment, dueOn: '2026-02-06', count: 1 },
    ]);
    expect(
      await countPetitionsForPeriod(
        db,
        { adminUnitCodes: ['02086'], from: '2025-10-01', to: '2025-12-31' },
        { settled: ['answered', 'settled'], withdrawn: ['withdrawn'] },
      ),
    ).toEqual([{ adminUnitCode: '02086', received: 4, settled: 1, outstanding: 2 }]);
  });
});
