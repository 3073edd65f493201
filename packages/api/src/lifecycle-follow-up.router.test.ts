import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { auditOf, nextYearPlan, signInAt } from './lifecycle.test-support.js';
import type { TaskData } from './routers/follow-up/follow-up.test-support.js';
import { choMoiPlanAt } from './routers/plans/plans.test-support.js';
import type { PlanView } from './routers/plans/plans-view.js';
import { createTestApi, type TestApi } from './test-api.test-support.js';
import { refusal, statusOf } from './refusal.test-support.js';

/*
 * After a Chợ Mới dialogue, through the HTTP layer on every dialect: the secretary concludes the
 * held plan (`plans.conclude`) and then issues the conclusion notice on it
 * (`followUp.issueConclusion`); of the tasks the notice creates, one is reported done and
 * reopened, one carries over to next year's plan, one is cancelled by the chair.
 */

const dialects = await testDialects();

type Task = TaskData & { statusReason: string | null; nextPlanId: string | null };

const REOPEN_REASON =
  'Ông Thắng phản ánh chưa có cán bộ xuống đo đạc; biên bản đo đạc chưa có chữ ký của hộ liền kề.';
const CARRY_OVER_REASON =
  'Tuyến đường liên thôn đang thi công, tuần tra chuyên đề chuyển sang kỳ đối thoại năm 2026.';
const CANCEL_REASON =
  'Nội dung đã được lồng ghép vào kế hoạch kiểm tra chuyên đề đất đai của UBND xã.';

describe.each(dialects)(
  'after a Chợ Mới dialogue: conclusion and follow-up on $name',
  (dialect) => {
    let api: TestApi;
    let plan: PlanView;
    let tasks: { land: Task; patrol: Task; meeting: Task };
    const refOf = (task: Task) => ({ id: task.id, expectedVersion: task.version });
    const detail = async (task: Task) =>
      (await api.as('party-office')).followUp.get.query({ id: task.id });
    const notice = (expectedVersion: number) => ({
      planId: plan.plan.id,
      expectedVersion,
      documentNumber: 35,
      documentSymbol: 'TB/ĐU',
      issuedOn: '2025-12-15',
      position:
        'Ban Thường vụ Đảng ủy kết luận các nội dung đối thoại, giao các cơ quan thực hiện.',
      items: [
        {
          content: 'Đo đạc lại ranh giới thửa đất hộ ông Nông Văn Thắng, trả lời bằng văn bản.',
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
          dueOn: '2026-01-09',
        },
        {
          content: 'Tăng cường tuần tra tuyến đường liên thôn vào ban đêm.',
          responsibleOrganisationId: api.tenant.organisations.police,
          dueOn: '2025-12-31',
        },
        {
          content: 'Tổ chức hội nghị chuyên đề về thủ tục đất đai tại thôn 01.',
          responsibleOrganisationId: api.tenant.organisations.governmentOffice,
          dueOn: '2026-01-30',
        },
      ],
    });

    beforeAll(async () => {
      api = await createTestApi(dialect);
      plan = await choMoiPlanAt(api, 'held', { documentNumber: 14 });
    });
    afterAll(() => api.close());

    it('the secretary concludes the held plan, then issues its notice; the chair may do neither for a Party plan, and neither happens twice', async () => {
      const secretary = await signInAt(api, '2025-12-15', 'party-secretary');
      const chair = await api.as('commune-chair');
      const held = plan;
      plan = await secretary.plans.conclude.mutate({
        id: held.plan.id,
        expectedVersion: held.version,
        conclusionIssuedOn: '2025-12-15',
      });
      expect(plan.plan.status).toBe('concluded');

      // A plan concluded without its notice may still receive it, from the same head only.
      const byChair = await refusal(chair.followUp.issueConclusion.mutate(notice(plan.version)));
      expect(byChair.httpStatus).toBe(403);
      expect(byChair.domainCode).toBe('ROLE_NOT_ALLOWED');
      expect(byChair.message).toContain('không được phép ban hành kết luận');
      const stale = await refusal(secretary.followUp.issueConclusion.mutate(notice(held.version)));
      expect(stale.domainCode).toBe('STALE_VERSION');
      const issued = await secretary.followUp.issueConclusion.mutate(notice(plan.version));
      const [land, patrol, meeting] = issued.tasks as Task[];
      tasks = {
        land: present(land, 'the land task'),
        patrol: present(patrol, 'the patrol task'),
        meeting: present(meeting, 'the meeting task'),
      };
      expect(issued.tasks.map((t) => [t.status, t.dueOn])).toEqual([
        ['open', '2026-01-09'],
        ['open', '2025-12-31'],
        ['open', '2026-01-30'],
      ]);
      const after = await secretary.plans.get.query({ id: plan.plan.id });
      expect(after.plan.status).toBe('concluded');
      expect(after.recorded.conclusionIssuedOn).toBe('2025-12-15');
      expect(after.version).toBe(plan.version + 1);
      plan = after;

      const concludeAgain = await refusal(
        secretary.plans.conclude.mutate({
          id: plan.plan.id,
          expectedVersion: plan.version,
        }),
      );
      expect(concludeAgain.httpStatus).toBe(409);
      expect(concludeAgain.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect(concludeAgain.message).toContain('"Đã ban hành kết luận"');
      const issueAgain = await refusal(
        secretary.followUp.issueConclusion.mutate(notice(plan.version)),
      );
      expect(issueAgain.domainCode).toBe('CONCLUSION_ALREADY_ISSUED');
      expect(await auditOf(api, 'conclusion-notice', issued.notice.id)).toMatchObject([
        { action: 'conclusion.issue', role: 'party-secretary' },
      ]);
      // Concluded once by plans.conclude; the notice adds its date without a second conclusion.
      const planActions = (await auditOf(api, 'plan', plan.plan.id)).map((a) => a.action);
      expect(planActions.filter((a) => a === 'plan.conclude')).toHaveLength(1);
      expect(planActions).toContain('plan.conclusion-notice');
    });

    it('the Party office reopens a task reported done, with a reason; the department that did it may not', async () => {
      const department = await signInAt(api, '2025-12-29', 'department');
      const done = await department.followUp.reportDone.mutate({
        ...refOf(tasks.land),
        report: 'Đã đo đạc lại ranh giới ngày 26/12/2025, gửi văn bản trả lời ông Thắng.',
      });
      expect(done).toMatchObject({ status: 'reported-done', doneOn: '2025-12-29' });

      const office = await signInAt(api, '2026-01-05', 'party-office');
      const doer = await api.as('department');
      const byDoer = await refusal(
        doer.followUp.reopen.mutate({
          ...refOf(done),
          reason: REOPEN_REASON,
        }),
      );
      expect(byDoer.httpStatus).toBe(403);
      const noReason = await refusal(office.followUp.reopen.mutate(refOf(done)));
      expect(noReason.httpStatus).toBe(400);
      expect(noReason.domainCode).toBe('REASON_REQUIRED');
      expect(noReason.message).toBe(
        'Cần nêu lý do để mở lại khi nhiệm vụ đang ở trạng thái "Báo cáo hoàn thành".',
      );

      tasks.land = await office.followUp.reopen.mutate({ ...refOf(done), reason: REOPEN_REASON });
      expect(tasks.land).toMatchObject({
        status: 'in-progress',
        doneOn: null,
        statusReason: REOPEN_REASON,
      });
      expect((await detail(tasks.land)).audit.at(-1)).toMatchObject({
        action: 'follow-up.reopen',
        actorRole: 'party-office',
        reason: REOPEN_REASON,
        before: { status: 'reported-done' },
        after: { status: 'in-progress' },
      });
    });

    it('the Party office carries a task over to next year’s plan with a reason; the chair may not, and the next plan must be named', async () => {
      const office = await signInAt(api, '2026-01-05', 'party-office');
      const chair = await api.as('commune-chair');
      const next = await nextYearPlan(api, plan.plan.id);
      const carry = { ...refOf(tasks.patrol), nextPlanId: next.plan.id, reason: CARRY_OVER_REASON };
      expect(await statusOf(chair.followUp.carryOver.mutate(carry))).toBe(403);
      const nowhere = await refusal(
        office.followUp.carryOver.mutate({
          ...refOf(tasks.patrol),
          reason: CARRY_OVER_REASON,
        }),
      );
      expect(nowhere.httpStatus).toBe(400);
      expect(nowhere.domainCode).toBe('NEXT_PLAN_REQUIRED');
      expect(nowhere.message).toContain('Cần chọn kế hoạch đối thoại kỳ sau');
      const samePlan = await refusal(
        office.followUp.carryOver.mutate({
          ...carry,
          nextPlanId: plan.plan.id,
        }),
      );
      expect(samePlan.httpStatus).toBe(400);
      expect(samePlan.domainCode).toBe('NEXT_PLAN_IS_CURRENT');
      expect(samePlan.message).toBe('Kỳ đối thoại sau phải khác kỳ đối thoại đã giao nhiệm vụ.');

      tasks.patrol = await office.followUp.carryOver.mutate(carry);
      expect(tasks.patrol).toMatchObject({
        status: 'carried-over',
        nextPlanId: next.plan.id,
        statusReason: CARRY_OVER_REASON,
        // Carried over, it is no longer measured against this year's date.
        deadline: null,
      });
      expect((await detail(tasks.patrol)).audit.at(-1)).toMatchObject({
        action: 'follow-up.carry-over',
        reason: CARRY_OVER_REASON,
        after: { status: 'carried-over', nextPlanId: next.plan.id },
      });
    });

    it('the chair cancels a task with a reason; without one the domain refuses (REASON_REQUIRED), and an office may not cancel', async () => {
      const chair = await signInAt(api, '2026-01-12', 'commune-chair');
      const office = await api.as('party-office');
      const meeting = refOf(tasks.meeting);
      expect(
        await statusOf(office.followUp.cancel.mutate({ ...meeting, reason: CANCEL_REASON })),
      ).toBe(403);
      const noReason = await refusal(chair.followUp.cancel.mutate({ ...meeting, reason: '  ' }));
      expect(noReason.httpStatus).toBe(400);
      expect(noReason.domainCode).toBe('REASON_REQUIRED');
      expect(noReason.message).toBe(
        'Cần nêu lý do để hủy khi nhiệm vụ đang ở trạng thái "Đã giao".',
      );

      tasks.meeting = await chair.followUp.cancel.mutate({ ...meeting, reason: CANCEL_REASON });
      expect(tasks.meeting).toMatchObject({
        status: 'cancelled',
        statusReason: CANCEL_REASON,
        deadline: null,
      });
      const reopened = await refusal(
        office.followUp.reopen.mutate({
          ...refOf(tasks.meeting),
          reason: 'Mở lại.',
        }),
      );
      expect(reopened.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect((await detail(tasks.meeting)).audit.at(-1)).toMatchObject({
        action: 'follow-up.cancel',
        actorRole: 'commune-chair',
        reason: CANCEL_REASON,
        after: { status: 'cancelled' },
      });
    });
  },
);
