import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, nextYearPlan, signInAt } from './lifecycle.test-support.js';
import type { IssuedData, TaskData } from './routers/follow-up/follow-up.test-support.js';
import { choMoiPlanAt, ok } from './routers/plans/plans.test-support.js';
import type { PlanView } from './routers/plans/plans-view.js';
import { createTestApi, type TestApi } from './test-api.test-support.js';

/*
 * After a Chợ Mới dialogue, through the HTTP layer on every dialect: the secretary concludes the
 * held plan (`plans.conclude`) and then issues the conclusion notice on it
 * (`followUp.issueConclusion`); of the tasks the notice creates, one is reported done and
 * reopened, one carries over to next year's plan, one is cancelled by the chair.
 */

const dialects = await testDialects();

type Task = TaskData & { statusReason: string | null; nextPlanId: string | null };
interface TaskDetail {
  task: Task;
  audit: {
    action: string;
    actorRole: string;
    reason: string | null;
    before: { status: string } | null;
    after: { status: string; nextPlanId: string | null } | null;
  }[];
}

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
      ok((await api.as('party-office')).query<TaskDetail>('followUp.get', { id: task.id }));
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
      plan = await ok(
        secretary.mutate<PlanView>('plans.conclude', {
          id: held.plan.id,
          expectedVersion: held.version,
          conclusionIssuedOn: '2025-12-15',
        }),
      );
      expect(plan.plan.status).toBe('concluded');

      // A plan concluded without its notice may still receive it, from the same head only.
      const byChair = await chair.mutate('followUp.issueConclusion', notice(plan.version));
      expect(byChair.status).toBe(403);
      expect(byChair.error?.data.domainCode).toBe('ROLE_NOT_ALLOWED');
      expect(byChair.error?.message).toContain('không được phép ban hành kết luận');
      const stale = await secretary.mutate('followUp.issueConclusion', notice(held.version));
      expect(stale.error?.data.domainCode).toBe('STALE_VERSION');
      const issued = await ok(
        secretary.mutate<IssuedData & { notice: { id: string } }>(
          'followUp.issueConclusion',
          notice(plan.version),
        ),
      );
      const [land, patrol, meeting] = issued.tasks as Task[];
      tasks = { land: land!, patrol: patrol!, meeting: meeting! };
      expect(issued.tasks.map((t) => [t.status, t.dueOn])).toEqual([
        ['open', '2026-01-09'],
        ['open', '2025-12-31'],
        ['open', '2026-01-30'],
      ]);
      const after = await ok(secretary.query<PlanView>('plans.get', { id: plan.plan.id }));
      expect(after.plan.status).toBe('concluded');
      expect(after.recorded.conclusionIssuedOn).toBe('2025-12-15');
      expect(after.version).toBe(plan.version + 1);
      plan = after;

      const concludeAgain = await secretary.mutate('plans.conclude', {
        id: plan.plan.id,
        expectedVersion: plan.version,
      });
      expect(concludeAgain.status).toBe(409);
      expect(concludeAgain.error?.data.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect(concludeAgain.error?.message).toContain('"Đã ban hành kết luận"');
      const issueAgain = await secretary.mutate('followUp.issueConclusion', notice(plan.version));
      expect(issueAgain.error?.data.domainCode).toBe('CONCLUSION_ALREADY_ISSUED');
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
      const done = await ok(
        department.mutate<Task>('followUp.reportDone', {
          ...refOf(tasks.land),
          report: 'Đã đo đạc lại ranh giới ngày 26/12/2025, gửi văn bản trả lời ông Thắng.',
        }),
      );
      expect(done).toMatchObject({ status: 'reported-done', doneOn: '2025-12-29' });

      const office = await signInAt(api, '2026-01-05', 'party-office');
      const doer = await api.as('department');
      const byDoer = await doer.mutate('followUp.reopen', {
        ...refOf(done),
        reason: REOPEN_REASON,
      });
      expect(byDoer.status).toBe(403);
      const noReason = await office.mutate('followUp.reopen', refOf(done));
      expect(noReason.status).toBe(400);
      expect(noReason.error?.data.domainCode).toBe('REASON_REQUIRED');
      expect(noReason.error?.message).toBe(
        'Cần nêu lý do để mở lại khi nhiệm vụ đang ở trạng thái "Báo cáo hoàn thành".',
      );

      tasks.land = await ok(
        office.mutate<Task>('followUp.reopen', { ...refOf(done), reason: REOPEN_REASON }),
      );
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
      expect((await chair.mutate('followUp.carryOver', carry)).status).toBe(403);
      const nowhere = await office.mutate('followUp.carryOver', {
        ...refOf(tasks.patrol),
        reason: CARRY_OVER_REASON,
      });
      expect(nowhere.status).toBe(400);
      expect(nowhere.error?.data.domainCode).toBe('NEXT_PLAN_REQUIRED');
      expect(nowhere.error?.message).toContain('Cần chọn kế hoạch đối thoại kỳ sau');
      const samePlan = await office.mutate('followUp.carryOver', {
        ...carry,
        nextPlanId: plan.plan.id,
      });
      expect(samePlan.status).toBe(400);
      expect(samePlan.error?.data.domainCode).toBe('NEXT_PLAN_IS_CURRENT');
      expect(samePlan.error?.message).toBe(
        'Kỳ đối thoại sau phải khác kỳ đối thoại đã giao nhiệm vụ.',
      );

      tasks.patrol = await ok(office.mutate<Task>('followUp.carryOver', carry));
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
        (await office.mutate('followUp.cancel', { ...meeting, reason: CANCEL_REASON })).status,
      ).toBe(403);
      const noReason = await chair.mutate('followUp.cancel', { ...meeting, reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.error?.data.domainCode).toBe('REASON_REQUIRED');
      expect(noReason.error?.message).toBe(
        'Cần nêu lý do để hủy khi nhiệm vụ đang ở trạng thái "Đã giao".',
      );

      tasks.meeting = await ok(
        chair.mutate<Task>('followUp.cancel', { ...meeting, reason: CANCEL_REASON }),
      );
      expect(tasks.meeting).toMatchObject({
        status: 'cancelled',
        statusReason: CANCEL_REASON,
        deadline: null,
      });
      const reopened = await office.mutate('followUp.reopen', {
        ...refOf(tasks.meeting),
        reason: 'Mở lại.',
      });
      expect(reopened.error?.data.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect((await detail(tasks.meeting)).audit.at(-1)).toMatchObject({
        action: 'follow-up.cancel',
        actorRole: 'commune-chair',
        reason: CANCEL_REASON,
        after: { status: 'cancelled' },
      });
    });
  },
);
