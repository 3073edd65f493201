import { testDialects } from '@doithoai/db/testing';
import { aSecurityPetitionInChoMoi, present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  sonTayHaConclusion,
  vietnamMorning,
  type IssuedData as Issued,
  heldSonTayHaWithLandPetition,
} from './follow-up.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';
import { type Outputs } from '../../test-client.test-support.js';

type Board = Outputs['followUp']['deadlineBoard'];

const bucketOf = (board: Board, key: Board['buckets'][number]['key']) =>
  present(
    board.buckets.find((b) => b.key === key),
    `the bucket ${key}`,
  );
const rowsOf = (board: Board, key: Board['buckets'][number]['key']) =>
  bucketOf(board, key).groups.flatMap((g) => g.rows);

// The week and the columns themselves (`weekOf`, `boardBucket`) are tested in the domain
// (packages/domain/src/deadlines/deadline-board.test.ts); this suite tests the assembled board.
const dialects = await testDialects();

describe.each(dialects)('the conclusion draft and the deadline board on $name', (dialect) => {
  let api: TestApi;
  /** Seed 004's plan (Quảng Ngãi QĐ 29/2022), held in the suite's commune on 10/12/2025. */
  let sonTayHa: { id: string; version: number };
  let landPetition: string;
  let issued: Issued;
  const landTask = () => present(issued.tasks[0], 'the land task');
  const patrolTask = () => present(issued.tasks[1], 'the patrol task');

  beforeAll(async () => {
    api = await createTestApi(dialect);
    ({ sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api));
    const db = api.handle.db;
    const code = api.tenant.communeCode;
    const answered = await insertPetitionRow(db, aSecurityPetitionInChoMoi(), {
      planId: sonTayHa.id,
      adminUnitCode: code,
      status: 'answered-at-conference',
    });
    await db
      .updateTable('petitions')
      .set({ conference_outcome: 'answer-in-writing' })
      .where('id', '=', landPetition)
      .execute();
    await db
      .updateTable('petitions')
      .set({ conference_outcome: 'answered-at-conference' })
      .where('id', '=', answered)
      .execute();
  });
  afterAll(() => api.close());

  it('drafts the notice from the conference outcomes, with Quảng Ngãi’s 07 working days for the notice and 30 days for the answer', async () => {
    api.setNow(vietnamMorning('2025-12-12'));
    const chair = await api.as('commune-chair');
    const draft = await chair.followUp.conclusionDraft.query({ planId: sonTayHa.id });
    expect(draft.deadline).toMatchObject({ ruleId: 'conclusion-notice', dueDate: '2025-12-19' });
    expect(draft.deadline?.source).toContain('07 ngày làm việc');
    expect(draft.mayIssue).toBe(true);
    expect(draft.notice).toBeNull();
    expect(draft.draft.documentSymbol).toBe('TB-UBND');
    expect(draft.draft.position).toContain('2 ý kiến');
    expect(draft.draft.items).toHaveLength(1);
    expect(draft.draft.items[0]).toMatchObject({
      responsibleOrganisation: { id: api.tenant.organisations.landDepartment },
      relatedPetitionIds: [landPetition],
      ruleId: 'written-answer',
      ruleDueOn: '2026-01-09',
    });
    expect(draft.draft.items[0]?.source).toContain('30 ngày');
  });

  it('tells the office it may read the draft but not issue it, in the domain’s words', async () => {
    const office = await api.as('government-office');
    const draft = await office.followUp.conclusionDraft.query({ planId: sonTayHa.id });
    expect(draft.mayIssue).toBe(false);
    expect(draft.refusal).toMatch(/[Vv]ăn phòng/u);
  });

  it('shows the issued notice instead of a draft once the chair issued it', async () => {
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    issued = await chair.followUp.issueConclusion.mutate(
      sonTayHaConclusion(api, sonTayHa.id, landPetition),
    );
    const draft = await chair.followUp.conclusionDraft.query({ planId: sonTayHa.id });
    expect(draft.notice?.reference).toBe('Thông báo kết luận số 12/TB-UBND ngày 18/12/2025');
    expect(draft.mayIssue).toBe(false);
    expect(draft.deadline).toMatchObject({ state: 'met-on-time' });
  });

  it('on Wednesday 07/01/2026 the patrol is overdue and the land answer due this week, each with its rule', async () => {
    api.setNow(vietnamMorning('2026-01-07'));
    const chair = await api.as('commune-chair');
    const board = await chair.followUp.deadlineBoard.query({});
    expect(board.week).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(rowsOf(board, 'overdue').map((r) => r.taskId)).toEqual([patrolTask().id]);
    const week = rowsOf(board, 'due-this-week');
    expect(week.map((r) => r.taskId)).toEqual([landTask().id]);
    expect(week[0]?.dateSource).toMatchObject({ ruleId: 'written-answer' });
    expect(week[0]?.dateSource?.source).toContain('30 ngày');
    expect(rowsOf(board, 'overdue')[0]?.dateSource?.source).toBe(issued.notice.reference);
  });

  it('after an extension told to the citizen, the land answer leaves this week and comes back with its new date and reason', async () => {
    const office = await api.as('government-office');
    const land = landTask();
    await office.followUp.extend.mutate({
      id: land.id,
      expectedVersion: land.version,
      newDueOn: '2026-01-23',
      reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
      citizenInformed: true,
      informedOn: '2026-01-07',
      informedHow: 'phone',
    });
    const now = await office.followUp.deadlineBoard.query({});
    expect(rowsOf(now, 'due-this-week')).toEqual([]);

    api.setNow(vietnamMorning('2026-01-19'));
    const later = await api.as('government-office');
    const monday = await later.followUp.deadlineBoard.query({ year: 2025 });
    const [row] = rowsOf(monday, 'due-this-week');
    expect(row).toMatchObject({
      taskId: land.id,
      dueOn: '2026-01-23',
      originalDueOn: '2026-01-09',
      dateSource: { ruleId: 'written-answer' },
      extension: { informedOn: '2026-01-07', informedHowLabel: 'Điện thoại' },
    });
    expect(row?.extension?.reason).toContain('trích lục');
    expect(rowsOf(monday, 'long-overdue').map((r) => r.taskId)).toEqual([patrolTask().id]);
    const group = present(bucketOf(monday, 'long-overdue').groups[0], 'the police’s group');
    expect(group.organisation?.id).toBe(api.tenant.organisations.police);
  });

  it('a department sees only its own body’s rows; another year is empty', async () => {
    const department = await api.as('department');
    const board = await department.followUp.deadlineBoard.query({});
    const all = board.buckets.flatMap((b) => b.groups.flatMap((g) => g.rows));
    expect(all.map((r) => r.taskId)).toEqual([landTask().id]);
    const chair = await api.as('commune-chair');
    const other = await chair.followUp.deadlineBoard.query({ year: 2024 });
    expect(other.buckets.every((b) => b.count === 0)).toBe(true);
  });

  it('the task list says where each date comes from: the rule’s clause, or the notice that set it', async () => {
    const chair = await api.as('commune-chair');
    const list = await chair.followUp.list.query({ planId: sonTayHa.id });
    const of = (id: string) => list.find((t) => t.id === id)?.dateSource;
    expect(of(landTask().id)).toMatchObject({ ruleId: 'written-answer' });
    expect(of(landTask().id)?.source).toContain('30 ngày');
    expect(of(patrolTask().id)).toMatchObject({ ruleId: null, source: issued.notice.reference });
  });

  it('refuses a citizen and hides another commune’s plan', async () => {
    const citizen = await api.as('citizen');
    expect(await statusOf(citizen.followUp.deadlineBoard.query({}))).toBe(403);
    const stranger = await api.as('commune-chair', 'otherTenant');
    const draft = await refusal(stranger.followUp.conclusionDraft.query({ planId: sonTayHa.id }));
    expect(draft.httpStatus).toBe(404);
  });
});
