import { testDialects } from '@doithoai/db/testing';
import { aChoMoiPlan, aLandPetitionInChoMoi, aSonTayHaPlan } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  insertPlanRow,
  vietnamMorning,
} from '../follow-up/follow-up.test-support.js';
import { seedReportingYear, type ReportingYear } from './reports.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)('the dashboard on $name', (dialect) => {
  let api: TestApi;
  let year: ReportingYear;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    year = await seedReportingYear(api);
  });
  afterAll(() => api.close());

  it('the dashboard counts one year’s petitions by state, field and village, tasks by body, and the dialogues ahead', async () => {
    api.setNow(vietnamMorning('2025-12-22'));
    const office = await api.as('government-office');
    const data = await office.reports.dashboard.query({ year: 2025 });
    expect(data.adminUnitCodes).toEqual([api.tenant.communeCode]);
    expect(data.petitions.total).toBe(4);
    expect(Object.fromEntries(data.petitions.byStatus.map((s) => [s.status, s.count]))).toEqual({
      'awaiting-written-answer': 1,
      'answered-at-conference': 1,
      answered: 1,
      received: 1,
    });
    expect(
      Object.fromEntries(data.petitions.byField.map((f) => [f.field ?? 'none', f.count])),
    ).toEqual({
      'land-environment': 1,
      'security-order': 1,
      infrastructure: 1,
      none: 1,
    });
    const village = (id: string | null) => data.petitions.byVillage.find((v) => v.villageId === id);
    expect(village(api.tenant.villageIds[0])).toMatchObject({ villageName: 'Bản Mỳ', count: 2 });
    expect(village(null)?.count).toBe(1);
    expect(data.followUp).toMatchObject({ dueSoon: 1, overdue: 0 });
    expect(data.followUp.byResponsibleBody.find((b) => b.name === 'Công an xã')).toMatchObject({
      open: 1,
      dueSoon: 1,
    });
    expect(data.upcomingDialogues).toEqual([
      {
        planId: year.upcoming,
        adminUnitCode: api.tenant.communeCode,
        title: aChoMoiPlan().title,
        status: 'announced',
        dialogueDate: '2025-12-30',
        // 7 days before 30/12 with seven whole days between (the national default): 22/12, today.
        nextDeadline: expect.objectContaining({
          ruleId: 'public-notice',
          dueDate: '2025-12-22',
          state: 'due-today',
        }) as unknown,
      },
    ]);
  });

  it('overdue and long overdue tasks are counted per body once their dates pass', async () => {
    api.setNow(vietnamMorning('2026-01-14'));
    const secretary = await api.as('party-secretary');
    const data = await secretary.reports.dashboard.query({ year: 2025 });
    expect(data.followUp).toMatchObject({ overdue: 1, longOverdue: 1, dueSoon: 0 });
    expect(data.upcomingDialogues).toEqual([]);
  });

  it('counts open work whatever year its dialogue was: the 2026 dashboard shows 2025’s late tasks and owed answers', async () => {
    api.setNow(vietnamMorning('2026-01-14'));
    // A 2024 dialogue whose written answer, due 10/01/2025, was never sent.
    const { id: old } = await insertPlanRow(api.handle.db, aSonTayHaPlan(), {
      adminUnitCode: api.tenant.communeCode,
      heldOn: '2024-12-10',
      year: 2024,
    });
    await insertPetitionRow(api.handle.db, aLandPetitionInChoMoi(), {
      planId: old,
      adminUnitCode: api.tenant.communeCode,
      status: 'awaiting-written-answer',
      receivedOn: '2024-12-01',
      answerDueOn: '2025-01-10',
      answerDueRule: 'written-answer',
    });
    const secretary = await api.as('party-secretary');
    const last = await secretary.reports.dashboard.query({ year: 2025 });
    const now = await secretary.reports.dashboard.query({ year: 2026 });
    expect(now.followUp).toMatchObject({ overdue: 1, longOverdue: 1 });
    expect(now.followUp).toEqual(last.followUp);
    expect(now.owedAnswers.open).toBe(1);
    expect(now.owedAnswers.overdue + now.owedAnswers.longOverdue).toBe(1);
    expect(now.owedAnswers).toEqual(last.owedAnswers);
  });

  it('never shows the other commune’s data; a province viewer sees only its own province', async () => {
    const other = await api.as('government-office', 'otherTenant');
    const theirs = await other.reports.dashboard.query({ year: 2025 });
    expect(theirs.petitions.total).toBe(3);
    expect(theirs.followUp.byResponsibleBody.map((b) => b.name)).toEqual(['Công an xã']);
    const viewer = await api.as('province-viewer');
    const province = await viewer.reports.dashboard.query({ year: 2025 });
    expect(province.adminUnitCodes).toEqual([api.tenant.communeCode]);
    expect(province.petitions.total).toBe(4);
    const elsewhere = await refusal(
      viewer.reports.dashboard.query({
        year: 2025,
        adminUnitCode: api.otherTenant.communeCode,
      }),
    );
    expect(elsewhere.httpStatus).toBe(404);
    const citizen = await api.as('citizen');
    expect(await statusOf(citizen.reports.dashboard.query({ year: 2025 }))).toBe(403);
  });
});
