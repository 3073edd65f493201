import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { vietnamMorning } from '../follow-up/follow-up.test-support.js';
import { seedReportingYear, type ReportingYear } from './reports.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)(
  'the register, the monthly progress and the periodic reports on $name',
  (dialect) => {
    let api: TestApi;
    let year: ReportingYear;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      year = await seedReportingYear(api);
      api.setNow(vietnamMorning('2026-01-14'));
    });
    afterAll(() => api.close());

    it('the register lists who raised each petition and its follow-up, and logs every export of personal data', async () => {
      const office = await api.as('government-office');
      const register = await office.reports.register.query({ planId: year.planA });
      expect(register.lines).toHaveLength(4);
      expect(register.lines[0]).toMatchObject({
        order: 1,
        raisedBy: { fullName: 'Nông Văn Thắng', phone: '0987000201' },
      });
      expect(register.lines[0]?.followUp.map((t) => t.taskId)).toEqual([
        present(year.tasks[0], 'the land task').id,
      ]);
      await office.reports.register.query({ planId: year.planA });
      const exports = await api.handle.db
        .selectFrom('audit_log')
        .select(['action', 'personal_data_export', 'entity_id', 'actor_role'])
        .where('personal_data_export', '=', 1)
        .execute();
      expect(exports).toHaveLength(2);
      expect(exports[0]).toMatchObject({
        action: 'report.register',
        entity_id: year.planA,
        actor_role: 'government-office',
      });
      const department = await api.as('department');
      expect(await statusOf(department.reports.register.query({ planId: year.planA }))).toBe(403);
      const other = await api.as('government-office', 'otherTenant');
      expect(await statusOf(other.reports.register.query({ planId: year.planA }))).toBe(404);
    });

    it('the monthly progress report counts as the records stood at the month’s end and lists overdue items', async () => {
      const office = await api.as('government-office');
      const december = await office.reports.monthlyProgress.query({
        planId: year.planA,
        month: '2025-12',
      });
      expect(december).toMatchObject({
        asOf: '2025-12-31',
        received: { inMonth: 4, upToMonth: 4 },
        answered: { inMonth: 1, upToMonth: 1 },
        overdue: { inMonth: 1, upToMonth: 1 },
        extended: { inMonth: 0, upToMonth: 0 },
      });
      expect(december.overdueItems.map((i) => i.deadline.effectiveDueDate)).toEqual(['2025-12-24']);

      const land = present(year.tasks[0], 'the land task');
      await office.followUp.extend.mutate({
        id: land.id,
        expectedVersion: land.version,
        newDueOn: '2026-02-06',
        reason: 'Chờ trích lục bản đồ địa chính.',
        citizenInformed: true,
        informedOn: '2026-01-14',
        informedHow: 'phone',
      });
      const january = await office.reports.monthlyProgress.query({
        planId: year.planA,
        month: '2026-01',
      });
      expect(january).toMatchObject({
        asOf: '2026-01-14',
        received: { inMonth: 0, upToMonth: 4 },
        overdue: { inMonth: 0, upToMonth: 1 },
        extended: { inMonth: 1, upToMonth: 1 },
      });
      expect(january.overdueItems[0]?.deadline.state).toBe('long-overdue');
      // December does not change when January's extension is recorded.
      const again = await office.reports.monthlyProgress.query({
        planId: year.planA,
        month: '2025-12',
      });
      expect(again.extended.upToMonth).toBe(0);
      const future = await refusal(
        office.reports.monthlyProgress.query({
          planId: year.planA,
          month: '2026-03',
        }),
      );
      expect(future.domainCode).toBe('REPORT_PERIOD_NOT_STARTED');
    });

    it('the Party’s periodic report counts dialogues held and petitions received, settled and outstanding', async () => {
      const secretary = await api.as('party-secretary');
      const quarter = await secretary.reports.periodic.query({
        year: 2025,
        period: 'quarter',
        index: 4,
      });
      expect(quarter.label).toBe('Quý IV năm 2025');
      expect(quarter.dialoguesHeld).toMatchObject({ total: 1, governmentLed: 1 });
      expect(quarter.petitions).toEqual({ received: 4, settled: 2, outstanding: 2 });
      expect(quarter.byCommune.map((c) => c.adminUnitCode)).toEqual([api.tenant.communeCode]);
      const january = await secretary.reports.periodic.query({
        year: 2026,
        period: 'month',
        index: 1,
      });
      expect(january).toMatchObject({ partial: true, petitions: { received: 1, outstanding: 3 } });
      const viewer = await api.as('province-viewer', 'otherTenant');
      const lai = await viewer.reports.periodic.query({
        year: 2025,
        period: 'year',
      });
      expect(lai).toMatchObject({ dialoguesHeld: { total: 1 }, petitions: { received: 3 } });
      const bad = await refusal(
        secretary.reports.periodic.query({
          year: 2025,
          period: 'quarter',
          index: 5,
        }),
      );
      expect(bad.httpStatus).toBe(400);
    });
  },
);
