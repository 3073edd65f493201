import { testDialects } from '@doithoai/db/testing';
import { DEADLINE_STATE_LABELS, formatVietnameseDate } from '@doithoai/domain';
import { aChoMoiPlan, aSonTayHaPlan, present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  heldSonTayHaWithLandPetition,
  insertPlanRow,
  sonTayHaConclusion,
  vietnamMorning,
  type TaskData,
} from '../follow-up/follow-up.test-support.js';

const dialects = await testDialects();

// Seed 004 (Sơn Tây Hạ, a People's Committee dialogue held 10/12/2025) in the suite's commune:
// the conclusion of 18/12/2025 gives the land petition to the land department and a night patrol
// to the police by 31/12/2025. Each role's "Việc cần làm" is read as the work moves on.
describe.each(dialects)("each role's to-do list (work.todo) on $name", (dialect) => {
  let api: TestApi;
  let landPetition: string;
  let landTask: TaskData;
  let patrolTask: TaskData;
  const todo = async (role: Parameters<TestApi['as']>[0]) =>
    (await (await api.as(role)).work.todo.query()).items;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const held = await heldSonTayHaWithLandPetition(api);
    landPetition = held.landPetition;
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    const issued = await chair.followUp.issueConclusion.mutate(
      sonTayHaConclusion(api, held.sonTayHa.id, landPetition),
    );
    [landTask, patrolTask] = [
      present(issued.tasks[0], 'land task'),
      present(issued.tasks[1], 'patrol'),
    ];
  }, 60_000);
  afterAll(() => api.close());

  it("puts the land task on the land department's list, due today on its due date, and not the police's patrol", async () => {
    api.setNow(vietnamMorning(landTask.dueOn));
    const items = await todo('department');
    const task = present(
      items.find((i) => i.link === `/chair/follow-up/tasks/${landTask.id}`),
      'the land task',
    );
    expect(task).toMatchObject({
      kind: 'petition-due',
      kindLabel: 'Việc được giao đến hạn',
      deadlineState: 'due-today',
      dueOn: landTask.dueOn,
      deadlineLabel: `Đến hạn hôm nay — hạn ${formatVietnameseDate(landTask.dueOn)}`,
    });
    expect(task.title).toContain('Đo đạc lại ranh giới thửa đất');
    expect(items.some((i) => i.link.includes(patrolTask.id))).toBe(false);
    // The offices and the chair have no body work on their lists.
    expect((await todo('government-office')).filter((i) => i.kind === 'petition-due')).toEqual([]);
  });

  it("puts the Front's escalation of the overdue patrol on the secretary's list, with its overdue state", async () => {
    api.setNow(vietnamMorning('2026-01-12'));
    const front = await api.as('front-chair');
    await front.supervision.escalate.mutate({
      target: { kind: 'task', taskId: patrolTask.id },
      note: 'Tuyến đường liên thôn Bản Mỳ vẫn chưa có tổ tuần tra ban đêm.',
    });
    const secretary = await todo('party-secretary');
    const escalation = present(
      secretary.find((i) => i.kind === 'front-escalation'),
      'the escalation',
    );
    expect(escalation.title).toContain('Tuyến đường liên thôn Bản Mỳ');
    expect(escalation.link).toBe('/party/findings');
    expect(['overdue', 'long-overdue']).toContain(escalation.deadlineState);
    expect(escalation.deadlineLabel).toMatch(
      /^Quá hạn( lâu)? — hạn 31\/12\/2025, quá \d+ ngày làm việc$/u,
    );
    expect((await todo('commune-chair')).some((i) => i.kind === 'front-escalation')).toBe(false);
  });

  it("moves the land answer from the chair's drafts to the office's answers to send, then off every list", async () => {
    api.setNow(vietnamMorning('2026-01-13'));
    const department = await api.as('department');
    const drafted = await department.petitions.draftAnswer.mutate({
      id: landPetition,
      expectedVersion: 1,
      content:
        'UBND xã trả lời ông Nông Văn Thắng: công chức địa chính đã đo đạc lại ranh giới thửa đất.',
    });
    const draft = present(
      (await todo('commune-chair')).find((i) => i.id === landPetition),
      'the draft on the chair list',
    );
    expect(draft).toMatchObject({
      kind: 'draft-to-approve',
      kindLabel: 'Dự thảo trả lời chờ duyệt',
      link: `/chair/petitions/${landPetition}`,
    });
    expect(draft.title).toContain(drafted.trackingCode);
    if (drafted.answerDueOn) expect(draft.dueOn).toBe(drafted.answerDueOn);
    expect(
      draft.deadlineLabel.startsWith(DEADLINE_STATE_LABELS[present(draft.deadlineState, 'state')]),
    ).toBe(true);
    expect((await todo('government-office')).some((i) => i.id === landPetition)).toBe(false);

    const chair = await api.as('commune-chair');
    const approved = await chair.petitions.approveAnswer.mutate({
      id: landPetition,
      expectedVersion: drafted.version,
    });
    expect((await todo('commune-chair')).some((i) => i.id === landPetition)).toBe(false);
    expect((await todo('government-office')).find((i) => i.id === landPetition)).toMatchObject({
      kind: 'answer-to-send',
      kindLabel: 'Trả lời đã duyệt, chưa gửi',
    });

    const office = await api.as('government-office');
    await office.petitions.recordWrittenAnswer.mutate({
      id: landPetition,
      expectedVersion: approved.version,
      documentRef: '15/UBND-KT',
      sentOn: '2026-01-13',
    });
    expect((await todo('government-office')).some((i) => i.id === landPetition)).toBe(false);
  });

  it("lists a submitted plan for the head of its issuer only: the Party's for the secretary, the government's for the chair", async () => {
    const unit = api.tenant.communeCode;
    const party = await insertPlanRow(api.handle.db, aChoMoiPlan(), {
      adminUnitCode: unit,
      heldOn: '2026-06-10',
      status: 'submitted',
      year: 2026,
    });
    const government = await insertPlanRow(api.handle.db, aSonTayHaPlan(), {
      adminUnitCode: unit,
      heldOn: '2026-06-12',
      status: 'submitted',
      year: 2026,
    });
    const secretary = (await todo('party-secretary')).filter((i) => i.kind === 'plan-to-approve');
    const chair = (await todo('commune-chair')).filter((i) => i.kind === 'plan-to-approve');
    expect(secretary.map((i) => i.link)).toEqual([`/party/plans/${party.id}`]);
    expect(chair.map((i) => i.link)).toEqual([`/chair/plans/${government.id}`]);
    // The approval is due by the day the dialogue must be announced (the schedule's public notice).
    const item = present(chair[0], 'the government plan');
    expect(item.kindLabel).toBe('Kế hoạch chờ phê duyệt');
    expect(item.deadlineState).not.toBeNull();
    expect(present(item.dueOn, 'its due date') < '2026-06-12').toBe(true);
    // Roles without a list get an empty one, never an error.
    expect(await todo('front-officer')).toEqual([]);
  });
});
