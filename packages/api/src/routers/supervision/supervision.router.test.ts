import { testDialects } from '@doithoai/db/testing';
import { FRONT_ROLES, ROLES } from '@doithoai/domain';
import {
  aLandPetitionInChoMoi,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
  aSonTayHaPlan,
  present,
} from '@doithoai/domain/testing';
import { insertCitizenResponse } from '@doithoai/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../root.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  insertPlanRow,
  vietnamMorning,
} from '../follow-up/follow-up.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';
import { type TestClient } from '../../test-client.test-support.js';
import { malformed } from '../../test-client.test-support.js';

const dialects = await testDialects();

describe('findings are a record: the supervision router has no way to change one', () => {
  it('offers only recording, escalating and reading — no update, no delete', () => {
    const procedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.startsWith('supervision.'),
    );
    expect(procedures.sort()).toEqual([
      'supervision.board',
      'supervision.escalate',
      'supervision.list',
      'supervision.recordFinding',
      'supervision.report',
    ]);
  });
});

describe.each(dialects)('Front supervision of follow-up on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let taskId: string;
  let landPetition: string;
  let roadPetition: string;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const db = api.handle.db;
    const code = api.tenant.communeCode;
    ({ id: planId } = await insertPlanRow(db, aSonTayHaPlan(), {
      adminUnitCode: code,
      heldOn: '2025-12-10',
    }));
    landPetition = await insertPetitionRow(db, aLandPetitionInChoMoi(), {
      planId,
      adminUnitCode: code,
    });
    // Answered in writing later, without a task of the conclusion: followed on its own date.
    roadPetition = await insertPetitionRow(db, aRoadPetitionInSonTayHa(), {
      planId,
      adminUnitCode: code,
      assignedOrganisationId: api.tenant.organisations.governmentOffice,
      answerDueOn: '2026-01-09',
      answerDueRule: 'written-answer',
      receivedOn: '2025-12-05',
    });
    await insertPetitionRow(db, aSecurityPetitionInChoMoi(), {
      planId,
      adminUnitCode: code,
      status: 'answered-at-conference',
    });
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    const issued = await chair.followUp.issueConclusion.mutate({
      planId,
      expectedVersion: 1,
      documentSymbol: 'TB-UBND',
      position: 'UBND xã giao các cơ quan giải quyết.',
      items: [
        {
          content: 'Đo đạc, hòa giải tranh chấp ranh giới thửa đất; trả lời công dân.',
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
          relatedPetitionIds: [landPetition],
        },
      ],
    });
    taskId = present(issued.tasks[0], 'the land task').id;
  });
  afterAll(() => api.close());

  it('the Front records a visit; a complaint needs a note (the domain’s FindingSchema)', async () => {
    api.setNow(vietnamMorning('2026-01-06'));
    const officer = await api.as('front-officer');
    const visit = await officer.supervision.recordFinding.mutate({
      kind: 'visited',
      target: { kind: 'task', taskId },
      observedOn: '2026-01-05',
    });
    expect(visit).toMatchObject({
      kind: 'visited',
      planId,
      target: { kind: 'task', taskId },
      note: null,
      recordedBy: { role: 'front-officer' },
    });
    const bare = await refusal(
      officer.supervision.recordFinding.mutate({
        kind: 'answer-inadequate',
        target: { kind: 'petition', petitionId: landPetition },
      }),
    );
    expect(bare.httpStatus).toBe(400);
    expect(bare.fieldErrors?.['note']).toEqual(['Phải ghi rõ nội dung giám sát.']);
  });

  it('refuses to escalate a task still in time, then escalates it once overdue; the secretary sees it', async () => {
    const chairOfFront = await api.as('front-chair');
    const early = await refusal(
      chairOfFront.supervision.escalate.mutate({
        target: { kind: 'task', taskId },
        note: 'Đề nghị Bí thư chỉ đạo.',
      }),
    );
    expect(early.httpStatus).toBe(412);
    expect(early.domainCode).toBe('NOT_OVERDUE');

    api.setNow(vietnamMorning('2026-01-14'));
    const front = await api.as('front-chair');
    const escalated = await front.supervision.escalate.mutate({
      target: { kind: 'task', taskId },
      note: 'Quá hạn trả lời, công dân chưa nhận được văn bản; đề nghị Bí thư Đảng ủy chỉ đạo.',
    });
    expect(escalated.kind).toBe('escalated-to-secretary');

    const secretary = await api.as('party-secretary');
    const seen = await secretary.supervision.list.query({ planId });
    expect(seen.map((f) => f.kind)).toEqual(['escalated-to-secretary', 'visited']);
    const byTarget = await secretary.supervision.list.query({
      target: { kind: 'task', taskId },
      kind: 'escalated-to-secretary',
    });
    expect(byTarget.map((f) => f.id)).toEqual([escalated.id]);
    // The task's detail shows the finding to those who lead.
    const detail = await secretary.followUp.get.query({ id: taskId });
    expect(detail.findings?.map((f) => f.kind)).toContain('escalated-to-secretary');
  });

  it('a petition is escalated on its own overdue answer date; an answered one is not', async () => {
    const front = await api.as('front-officer');
    await front.supervision.escalate.mutate({
      target: { kind: 'petition', petitionId: roadPetition },
      note: 'Kiến nghị sửa đường thôn Thượng quá hạn trả lời.',
    });
    await front.supervision.recordFinding.mutate({
      kind: 'escalated-to-secretary',
      target: { kind: 'petition', petitionId: landPetition },
      note: 'Quá hạn.',
    });
    // The land petition's task is overdue too (due 09/01/2026): the same rule applies either way.
    // Issue 18: a petition finding names its petition (the Party's pages read "Kiến nghị: —").
    const secretary = await api.as('party-secretary');
    const listed = await secretary.supervision.list.query({
      target: { kind: 'petition', petitionId: roadPetition },
    });
    expect(listed[0]?.aboutPetition?.trackingCode).toMatch(/^\S+$/u);
    expect(listed[0]?.aboutPetition?.summary.length).toBeGreaterThan(10);
    const onTask = await secretary.supervision.list.query({ target: { kind: 'task', taskId } });
    expect(onTask.every((f) => f.aboutPetition === null)).toBe(true);
  });

  it('the chair, the offices and every other role cannot record, escalate or edit a finding', async () => {
    for (const role of ROLES.filter((r) => !(FRONT_ROLES as readonly string[]).includes(r))) {
      const caller = await api.as(role);
      const visit = {
        kind: 'visited' as const,
        target: { kind: 'task' as const, taskId },
        note: 'Đã kiểm tra.',
      };
      for (const [path, call] of [
        ['supervision.recordFinding', () => caller.supervision.recordFinding.mutate(visit)],
        ['supervision.escalate', () => caller.supervision.escalate.mutate(visit)],
      ] as const) {
        const response = await refusal(call());
        expect(response.httpStatus, `${role} on ${path}`).toBe(403);
        expect(response.code).toBe('FORBIDDEN');
      }
    }
    // No procedure edits or deletes a finding: asked by name, the API knows none.
    const chair = await api.http.as('commune-chair');
    for (const path of ['supervision.update', 'supervision.delete', 'supervision.edit']) {
      expect((await chair.mutate(path, { id: 'x' })).status).toBe(404);
    }
  });

  it('the Front cannot change an answer or a task: every such step is refused by access', async () => {
    const road = { id: roadPetition, expectedVersion: 1 };
    const task = { id: taskId, expectedVersion: 1 };
    const steps = (front: TestClient) =>
      [
        [
          'petitions.draftAnswer',
          () => front.petitions.draftAnswer.mutate({ ...road, content: 'Sửa lại.' }),
        ],
        ['petitions.approveAnswer', () => front.petitions.approveAnswer.mutate(road)],
        [
          'petitions.sendBackAnswer',
          () => front.petitions.sendBackAnswer.mutate({ ...road, comment: 'Chưa rõ.' }),
        ],
        [
          'petitions.recordWrittenAnswer',
          () => front.petitions.recordWrittenAnswer.mutate({ ...road, documentRef: '1/TL' }),
        ],
        ['followUp.reportDone', () => front.followUp.reportDone.mutate(task)],
        [
          'followUp.extend',
          () => front.followUp.extend.mutate(malformed({ ...task, newDueOn: '2026-02-27' })),
        ],
        ['followUp.cancel', () => front.followUp.cancel.mutate({ ...task, reason: 'Không cần.' })],
      ] as const;
    for (const role of FRONT_ROLES) {
      for (const [path, call] of steps(await api.as(role))) {
        expect(await statusOf(call()), `${role} on ${path}`).toBe(403);
      }
    }
  });

  it('another commune’s Front cannot record a finding here; the department cannot read findings', async () => {
    const otherFront = await api.as('front-officer', 'otherTenant');
    const response = await refusal(
      otherFront.supervision.recordFinding.mutate({
        kind: 'visited',
        target: { kind: 'task', taskId },
      }),
    );
    expect(response.httpStatus).toBe(404);
    const otherList = await otherFront.supervision.list.query({});
    expect(otherList).toEqual([]);
    const department = await api.as('department');
    expect(await statusOf(department.supervision.list.query({ planId }))).toBe(403);
  });

  it('the board lists every conclusion item and every petition’s follow-up with its body, date, state and source', async () => {
    const officer = await api.as('front-officer');
    const board = await officer.supervision.board.query({ planId });
    const task = present(
      board.find((i) => i.taskId === taskId),
      'the land task’s row',
    );
    expect(task).toMatchObject({
      kind: 'conclusion-item',
      petitionId: landPetition,
      dueOn: '2026-01-09',
      deadline: { state: 'overdue' },
      dateSource: { ruleId: 'written-answer' },
    });
    expect(task.dateSource?.source).toContain('29/2022/QĐ-UBND');
    expect(task.findingCount).toBe(3);
    const road = board.find((i) => i.petitionId === roadPetition);
    expect(road).toMatchObject({
      kind: 'petition',
      taskId: null,
      responsibleOrganisation: { name: 'Văn phòng HĐND và UBND xã' },
      dueOn: '2026-01-09',
      deadline: { state: 'overdue' },
      dateSource: { ruleId: 'written-answer' },
    });
    // Answered at the conference: nothing left to follow.
    expect(board).toHaveLength(2);
    const byYear = await officer.supervision.board.query({ year: 2025 });
    expect(byYear).toHaveLength(2);
    expect(await statusOf(officer.supervision.board.query({}))).toBe(400);
  });

  it("shows the citizen's own word on an answer on the board, and the report counts it", async () => {
    await insertCitizenResponse(api.handle.db, {
      petitionId: roadPetition,
      response: 'not-settled',
      note: 'Đường thôn Thượng vẫn chưa được sửa.',
      recordedBy: null,
      recordedAt: '2026-01-14T04:00:00.000Z',
    });
    const officer = await api.as('front-officer');
    const board = await officer.supervision.board.query({ planId });
    expect(board.find((i) => i.petitionId === roadPetition)?.citizenResponses).toEqual([
      expect.objectContaining({ response: 'not-settled', label: 'Chưa được giải quyết thỏa đáng' }),
    ]);
  });

  it('reports a dialogue and a period: counts by deadline state, findings by kind, the lists behind them', async () => {
    const secretary = await api.as('party-secretary');
    const report = await secretary.supervision.report.query({ planId });
    expect(report.counts).toMatchObject({
      items: 2,
      conclusionItems: 1,
      petitionItems: 1,
      overdue: 2,
      answeredOnTime: 0,
      findings: 4,
      escalations: 3,
      citizensNotSettled: 1,
    });
    expect(report.counts.findingsByKind['visited']).toBe(1);
    expect(report.overdueItems).toHaveLength(2);
    const quarter = await secretary.supervision.report.query({
      period: { year: 2026, period: 'quarter', index: 1 },
    });
    expect(quarter.scope.period?.label).toBe('Quý I năm 2026');
    expect(quarter.counts).toMatchObject({ items: 2, findings: 4 });
    const before = await secretary.supervision.report.query({
      period: { year: 2025, period: 'quarter', index: 4 },
    });
    expect(before.counts).toMatchObject({ items: 0, findings: 0 });
    expect(await statusOf(secretary.supervision.report.query({}))).toBe(400);
    expect(await statusOf((await api.as('department')).supervision.report.query({ planId }))).toBe(
      403,
    );
  });
});
