import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextYearPlan, signInAt, type Petition } from './lifecycle.test-support.js';
import { registrationOf } from './routers/petitions/petitions.test-support.js';
import { choMoiPlanAt } from './routers/plans/plans.test-support.js';
import type { PlanView } from './routers/plans/plans-view.js';
import { createTestApi, type TestApi } from './test-api.test-support.js';
import { refusal, statusOf } from './refusal.test-support.js';
import { malformed } from './test-client.test-support.js';

/*
 * The written answer of one Chợ Mới petition through the HTTP layer, on every dialect: the
 * conference decides "answer in writing", the land department drafts, the chair sends the draft
 * back, the department redrafts, the chair approves, the Party office records the letter; the
 * citizen says it does not settle the matter, and it carries over to next year's dialogue.
 */

const dialects = await testDialects();

const SEND_BACK_COMMENT =
  'Đề nghị nêu rõ thời hạn đo đạc lại ranh giới và căn cứ Luật Đất đai 2024 trước khi ký.';
const NOT_SETTLED = 'Ông Thắng cho rằng đến nay vẫn chưa có cán bộ xuống đo đạc ranh giới.';
const ON_BEHALF = 'Công dân trình bày trực tiếp tại Văn phòng Đảng ủy ngày 26/12/2025.';
const CARRY_OVER_REASON =
  'Việc đo đạc, hòa giải ranh giới chưa xong; đưa vào đối thoại năm 2026 để theo dõi.';

describe.each(dialects)(
  'a written answer sent back, redrafted and carried over on $name',
  (dialect) => {
    let api: TestApi;
    let plan: PlanView;
    let land: Petition;
    const target = () => ({ id: land.id, expectedVersion: land.version });
    const detail = async () => (await api.as('party-office')).petitions.get.query({ id: land.id });

    beforeAll(async () => {
      api = await createTestApi(dialect);
      plan = await choMoiPlanAt(api, 'announced', { documentNumber: 14 });
      const office = await signInAt(api, '2025-12-01', 'party-office');
      const village = api.tenant.villageIds[0];
      const created = await office.petitions.register.mutate(registrationOf(plan.plan.id, village));
      const triaged = await office.petitions.triage.mutate({
        id: created.id,
        expectedVersion: created.version,
        field: 'land-environment',
        urgency: 'normal',
        competence: 'commune',
        complexity: 'standard',
      });
      const chair = await signInAt(api, '2025-12-10', 'commune-chair');
      land = await chair.conference.recordOutcome.mutate({
        petitionId: triaged.id,
        expectedVersion: triaged.version,
        kind: 'answer-in-writing',
        responsibleOrganisationId: api.tenant.organisations.landDepartment,
      });
    });
    afterAll(() => api.close());

    it('the chair sends the department’s draft back with a comment: the draft stays as sent back and the petition awaits the written answer again', async () => {
      expect(land.status).toBe('awaiting-written-answer');
      const department = await signInAt(api, '2025-12-15', 'department');
      land = await department.petitions.draftAnswer.mutate({
        ...target(),
        content: 'UBND xã trả lời ông Nông Văn Thắng: hồ sơ đang được thẩm định.',
      });
      expect(land.status).toBe('answer-drafted');

      const chair = await signInAt(api, '2025-12-16', 'commune-chair');
      const office = await api.as('party-office');
      const byOffice = await refusal(
        office.petitions.sendBackAnswer.mutate({
          ...target(),
          comment: SEND_BACK_COMMENT,
        }),
      );
      expect(byOffice.httpStatus).toBe(403);
      const silent = await refusal(
        chair.petitions.sendBackAnswer.mutate({ ...target(), comment: ' ' }),
      );
      expect(silent.httpStatus).toBe(400);
      expect(silent.fieldErrors?.['comment']).toEqual(['Ý kiến chỉnh sửa không được để trống.']);

      const dueOn = land.answerDueOn;
      land = await chair.petitions.sendBackAnswer.mutate({
        ...target(),
        comment: SEND_BACK_COMMENT,
      });
      expect(land).toMatchObject({ status: 'awaiting-written-answer', answerDueOn: dueOn });
      const { answers, auditTrail } = await detail();
      expect(answers).toMatchObject([
        {
          stage: 'written',
          status: 'sent-back',
          decidedBy: api.tenant.accounts['commune-chair'].id,
          decisionComment: SEND_BACK_COMMENT,
        },
      ]);
      expect(auditTrail.at(-1)).toEqual(
        expect.objectContaining({
          action: 'petition.send-back-answer',
          actorRole: 'commune-chair',
          reason: SEND_BACK_COMMENT,
        }),
      );
      const again = await refusal(
        chair.petitions.sendBackAnswer.mutate({
          ...target(),
          comment: SEND_BACK_COMMENT,
        }),
      );
      expect(again.httpStatus).toBe(409);
      expect(again.domainCode).toBe('TRANSITION_NOT_ALLOWED');
    });

    it('the department redrafts, the chair approves, and the office records the letter with its number and the day it was sent', async () => {
      const department = await signInAt(api, '2025-12-17', 'department');
      land = await department.petitions.draftAnswer.mutate({
        ...target(),
        content:
          'UBND xã trả lời ông Nông Văn Thắng: công chức địa chính đo đạc lại ranh giới trước ngày 15/01/2026.',
        legalBasis: 'Luật Đất đai 2024',
      });
      const chair = await signInAt(api, '2025-12-18', 'commune-chair');
      land = await chair.petitions.approveAnswer.mutate(target());
      expect(land.status).toBe('answer-approved');

      const office = await signInAt(api, '2025-12-22', 'party-office');
      const front = await api.as('front-officer');
      const letter = { ...target(), documentRef: '215/UBND-KT', sentOn: '2025-12-19' };
      expect(await statusOf(front.petitions.recordWrittenAnswer.mutate(letter))).toBe(403);
      const noNumber = await refusal(
        office.petitions.recordWrittenAnswer.mutate(malformed(target())),
      );
      expect(noNumber.httpStatus).toBe(400);
      expect(noNumber.fieldErrors?.['documentRef']).toEqual([
        'Số, ký hiệu văn bản không được để trống.',
      ]);

      land = await office.petitions.recordWrittenAnswer.mutate(letter);
      expect(land).toMatchObject({ status: 'answered', answeredOn: '2025-12-19' });
      expect(land.deadline?.state).toBe('met-on-time');
      const { answers, auditTrail } = await detail();
      expect(answers).toMatchObject([
        { status: 'sent-back', sentOn: null, documentRef: null },
        {
          stage: 'written',
          status: 'approved',
          decidedBy: api.tenant.accounts['commune-chair'].id,
          sentOn: '2025-12-19',
          documentRef: '215/UBND-KT',
        },
      ]);
      expect(auditTrail.map((a) => a.action).slice(-3)).toEqual([
        'petition.draft-answer',
        'petition.approve-answer',
        'petition.record-written-answer',
      ]);
    });

    it('the office records on the citizen’s behalf that the answer does not settle the matter, saying how the citizen said so', async () => {
      const office = await signInAt(api, '2025-12-26', 'party-office');
      const department = await api.as('department');
      const response = { ...target(), response: 'not-settled' as const, note: NOT_SETTLED };
      expect(
        await statusOf(
          department.petitions.recordCitizenResponse.mutate({
            ...response,
            onBehalfNote: ON_BEHALF,
          }),
        ),
      ).toBe(403);
      const noHow = await refusal(office.petitions.recordCitizenResponse.mutate(response));
      expect(noHow.httpStatus).toBe(400);
      expect(noHow.domainCode).toBe('ON_BEHALF_NOTE_REQUIRED');
      expect(noHow.message).toContain('Khi thao tác thay công dân');
      const noWhat = await refusal(
        office.petitions.recordCitizenResponse.mutate({
          ...target(),
          response: 'not-settled',
          onBehalfNote: ON_BEHALF,
        }),
      );
      expect(noWhat.httpStatus).toBe(400);
      expect(noWhat.message).toContain(
        'Phải ghi rõ nội dung công dân cho rằng chưa được giải quyết.',
      );

      land = await office.petitions.recordCitizenResponse.mutate({
        ...response,
        onBehalfNote: ON_BEHALF,
      });
      expect(land.status).toBe('not-settled');
      const { citizenResponses, auditTrail } = await detail();
      expect(citizenResponses).toMatchObject([{ response: 'not-settled', note: NOT_SETTLED }]);
      expect(auditTrail.at(-1)).toEqual(
        expect.objectContaining({ action: 'petition.citizen-response', reason: ON_BEHALF }),
      );
    });

    it('the office carries the unsettled petition over to next year’s plan with a reason, and that plan lists it', async () => {
      const office = await signInAt(api, '2025-12-29', 'party-office');
      const next = await nextYearPlan(api, plan.plan.id);
      const chair = await api.as('commune-chair');
      const carry = { ...target(), nextPlanId: next.plan.id, reason: CARRY_OVER_REASON };
      expect(await statusOf(chair.petitions.carryOver.mutate(carry))).toBe(403);
      const noReason = await refusal(office.petitions.carryOver.mutate({ ...carry, reason: '' }));
      expect(noReason.fieldErrors?.['reason']).toEqual(['Lý do không được để trống.']);
      const samePlan = await refusal(
        office.petitions.carryOver.mutate({
          ...carry,
          nextPlanId: plan.plan.id,
        }),
      );
      expect(samePlan.httpStatus).toBe(400);
      expect(samePlan.domainCode).toBe('NEXT_PLAN_IS_CURRENT');
      expect(samePlan.message).toBe(
        'Kỳ đối thoại sau phải khác kỳ đối thoại hiện tại của kiến nghị.',
      );

      land = await office.petitions.carryOver.mutate(carry);
      expect(land).toMatchObject({ status: 'carried-over', nextPlanId: next.plan.id });
      const listed = await office.petitions.list.query({ planId: next.plan.id });
      expect(listed.items.map((p) => [p.id, p.status])).toEqual([[land.id, 'carried-over']]);
      expect((await detail()).auditTrail.at(-1)).toEqual(
        expect.objectContaining({ action: 'petition.carry-over', reason: CARRY_OVER_REASON }),
      );
    });
  },
);
