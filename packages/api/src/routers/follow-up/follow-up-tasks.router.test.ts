import { testDialects } from '@doithoai/db/testing';
import { aSecurityPetitionInChoMoi, aSonTayHaPlan, present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  insertPlanRow,
  sonTayHaConclusion,
  vietnamMorning,
  type IssuedData as Issued,
  heldSonTayHaWithLandPetition,
} from './follow-up.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)(
  'follow-up task steps: extensions, reports, verification on $name',
  (dialect) => {
    let api: TestApi;
    /** Seed 004's plan, held 10/12/2025 in Chợ Mới's installation, concluded on 18/12/2025. */
    let sonTayHa: { id: string; version: number };
    let landPetition: string;
    let issued: Issued;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      ({ sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api));
      api.setNow(vietnamMorning('2025-12-18'));
      const chair = await api.as('commune-chair');
      issued = await chair.followUp.issueConclusion.mutate(
        sonTayHaConclusion(api, sonTayHa.id, landPetition),
      );
    });
    afterAll(() => api.close());

    it('an extension with a reason told to the citizen shows "extended" and keeps the original due date', async () => {
      api.setNow(vietnamMorning('2026-01-05'));
      const office = await api.as('government-office');
      const land = present(issued.tasks[0], 'the land task');
      const extended = await office.followUp.extend.mutate({
        id: land.id,
        expectedVersion: land.version,
        newDueOn: '2026-02-06',
        reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
        citizenInformed: true,
        informedOn: '2026-01-05',
        informedHow: 'written-notice',
      });
      expect(extended).toMatchObject({ originalDueOn: '2026-01-09', dueOn: '2026-02-06' });
      expect(extended.deadline).toMatchObject({
        state: 'extended',
        originalDueDate: '2026-01-09',
        effectiveDueDate: '2026-02-06',
      });
      const detail = await office.followUp.get.query({ id: land.id });
      expect(detail.extensions).toMatchObject([
        { previousDueOn: '2026-01-09', citizenInformed: true },
      ]);
      const listed = await office.followUp.list.query({
        planId: sonTayHa.id,
        deadlineStates: ['extended'],
      });
      expect(listed.map((t) => t.id)).toEqual([land.id]);
    });

    it('refuses to extend a citizen’s petition before the citizen is told why (CITIZEN_NOTICE_REQUIRED); a task with no petition needs no notice', async () => {
      const office = await api.as('government-office');
      const db = api.handle.db;
      const code = api.tenant.communeCode;
      const plan = await insertPlanRow(db, aSonTayHaPlan(), {
        adminUnitCode: code,
        heldOn: '2025-12-10',
      });
      const security = await insertPetitionRow(db, aSecurityPetitionInChoMoi(), {
        planId: plan.id,
        adminUnitCode: code,
      });
      const chair = await api.as('commune-chair');
      const { tasks } = await chair.followUp.issueConclusion.mutate({
        planId: plan.id,
        expectedVersion: 1,
        documentSymbol: 'TB-UBND',
        issuedOn: '2025-12-22',
        position: 'UBND xã chỉ đạo xử lý tình trạng đua xe.',
        items: [
          {
            content: 'Xử lý tình trạng tụ tập đua xe ban đêm, trả lời công dân.',
            responsibleOrganisationId: api.tenant.organisations.police,
            relatedPetitionIds: [security],
          },
        ],
      });
      const task = present(tasks[0], 'the police’s racing task');
      const refused = await refusal(
        office.followUp.extend.mutate({
          id: task.id,
          expectedVersion: task.version,
          newDueOn: '2026-02-27',
          reason: 'Cần phối hợp với Công an tỉnh.',
          citizenInformed: false,
        }),
      );
      expect(refused.httpStatus).toBe(412);
      expect(refused.code).toBe('PRECONDITION_FAILED');
      expect(refused.domainCode).toBe('CITIZEN_NOTICE_REQUIRED');
      expect(refused.message).toContain('thông báo cho công dân');
      const unchanged = await office.followUp.get.query({ id: task.id });
      expect(unchanged.task.dueOn).toBe(task.dueOn);

      const patrol = present(issued.tasks[1], 'the patrol task');
      const moved = await office.followUp.extend.mutate({
        id: patrol.id,
        expectedVersion: patrol.version,
        newDueOn: '2026-01-30',
        reason: 'Chờ kế hoạch tuần tra liên ngành quý I.',
        citizenInformed: false,
      });
      expect(moved).toMatchObject({ originalDueOn: '2025-12-31', dueOn: '2026-01-30' });
    });

    it('the department reports its own task done; it cannot verify it, nor can an office verify its own; the chair verifies', async () => {
      const department = await api.as('department');
      const mine = await department.followUp.list.query({});
      expect(mine.length).toBeGreaterThan(0);
      expect(
        mine.every((t) => t.responsibleOrganisation.id === api.tenant.organisations.landDepartment),
      ).toBe(true);
      const land = present(
        mine.find((t) => t.petitionId === landPetition),
        'the land department’s task',
      );
      const started = await department.followUp.start.mutate({
        id: land.id,
        expectedVersion: land.version,
      });
      const stale = await refusal(
        department.followUp.start.mutate({
          id: land.id,
          expectedVersion: land.version,
        }),
      );
      expect(stale.domainCode).toBe('STALE_VERSION');
      const done = await department.followUp.reportDone.mutate({
        id: land.id,
        expectedVersion: started.version,
        report: 'Đã đo đạc lại ranh giới ngày 12/01/2026, gửi văn bản trả lời công dân.',
      });
      expect(done).toMatchObject({ status: 'reported-done', doneOn: '2026-01-05' });
      expect(done.deadline?.state).toBe('met-on-time');

      const selfVerify = await refusal(
        department.followUp.verify.mutate({
          id: land.id,
          expectedVersion: done.version,
        }),
      );
      expect(selfVerify.httpStatus).toBe(403);
      expect(selfVerify.code).toBe('FORBIDDEN');

      const chair = await api.as('commune-chair');
      const verified = await chair.followUp.verify.mutate({
        id: land.id,
        expectedVersion: done.version,
      });
      expect(verified.status).toBe('verified');
    });

    it('an office verifying a task it carried out itself is refused by the domain (SELF_VERIFICATION_NOT_ALLOWED)', async () => {
      const db = api.handle.db;
      const code = api.tenant.communeCode;
      const plan = await insertPlanRow(db, aSonTayHaPlan(), {
        adminUnitCode: code,
        heldOn: '2025-12-10',
      });
      const chair = await api.as('commune-chair');
      const { tasks } = await chair.followUp.issueConclusion.mutate({
        planId: plan.id,
        expectedVersion: 1,
        documentSymbol: 'TB-UBND',
        issuedOn: '2025-12-19',
        position: 'Công khai kết quả đối thoại.',
        items: [
          {
            content: 'Niêm yết Thông báo kết luận tại trụ sở, gửi các thôn.',
            responsibleOrganisationId: api.tenant.organisations.governmentOffice,
            dueOn: '2025-12-26',
          },
        ],
      });
      const office = await api.as('government-office');
      const notice = present(tasks[0], 'the posting task');
      const done = await office.followUp.reportDone.mutate({
        id: notice.id,
        expectedVersion: notice.version,
        report: 'Đã niêm yết ngày 24/12/2025.',
      });
      expect(done.deadline?.state).toBe('met-late');
      const own = await refusal(
        office.followUp.verify.mutate({
          id: done.id,
          expectedVersion: done.version,
        }),
      );
      expect(own.httpStatus).toBe(403);
      expect(own.domainCode).toBe('SELF_VERIFICATION_NOT_ALLOWED');
      const department = await api.as('department');
      expect(await statusOf(department.followUp.get.query({ id: done.id }))).toBe(404);
    });
  },
);
