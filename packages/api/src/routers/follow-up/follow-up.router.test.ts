import { testDialects } from '@doithoai/db/testing';
import {
  aChoMoiPlan,
  aKhoenOnPlan,
  aLatePetitionFromBanMy,
  aPetitionFromBanMy,
} from '@doithoai/domain/testing';
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

describe.each(dialects)('the conclusion notice and the tasks it creates on $name', (dialect) => {
  let api: TestApi;
  /** Seed 004's plan (Quảng Ngãi QĐ 29/2022), held in Chợ Mới's installation on 10/12/2025. */
  let sonTayHa: { id: string; version: number };
  let landPetition: string;
  let issued: Issued;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    ({ sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api));
  });
  afterAll(() => api.close());

  const issueSonTayHa = (overrides: Record<string, unknown> = {}) =>
    sonTayHaConclusion(api, sonTayHa.id, landPetition, overrides);

  it('the commune chair issues the conclusion of a held plan: one task per item, Quảng Ngãi’s 30 days, on time within 07 working days', async () => {
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    issued = await chair.followUp.issueConclusion.mutate(issueSonTayHa());
    const [land, patrol] = issued.tasks;
    expect(land).toMatchObject({
      petitionId: landPetition,
      ruleId: 'written-answer',
      dueOn: '2026-01-09',
      originalDueOn: '2026-01-09',
      status: 'open',
    });
    expect(patrol).toMatchObject({ ruleId: null, dueOn: '2025-12-31', petitionId: null });
    expect(issued.notice.items[0]?.source).toContain('30 ngày');
    expect(issued.notice.items[1]?.source).toBe(issued.notice.reference);
    expect(issued.notice.reference).toBe('Thông báo kết luận số 12/TB-UBND ngày 18/12/2025');
    expect(issued.notice.timeliness).toMatchObject({
      state: 'met-on-time',
      onTime: true,
      dueDate: '2025-12-19',
    });
    const plan = await api.handle.db
      .selectFrom('plans')
      .select(['status', 'conclusion_issued_on', 'version'])
      .where('id', '=', sonTayHa.id)
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ status: 'concluded', conclusion_issued_on: '2025-12-18' });
    expect(Number(plan.version)).toBe(2);
    const audit = await api.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('admin_unit_code', '=', api.tenant.communeCode)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['conclusion.issue', 'plan.conclude', 'follow-up.create']),
    );
  });

  it('refuses a second notice for the same plan, and the office issuing one (it drafts, the chair issues)', async () => {
    const chair = await api.as('commune-chair');
    const again = await refusal(
      chair.followUp.issueConclusion.mutate(issueSonTayHa({ expectedVersion: 2 })),
    );
    expect(again.httpStatus).toBe(409);
    expect(again.domainCode).toBe('CONCLUSION_ALREADY_ISSUED');
    const office = await api.as('government-office');
    expect(await statusOf(office.followUp.issueConclusion.mutate(issueSonTayHa()))).toBe(403);
  });

  it('a Party-led dialogue is concluded by the secretary, not the chair; a plan not yet held cannot be', async () => {
    const db = api.handle.db;
    const code = api.tenant.communeCode;
    const choMoi = await insertPlanRow(db, aChoMoiPlan(), {
      adminUnitCode: code,
      heldOn: '2025-12-10',
    });
    const input = {
      planId: choMoi.id,
      expectedVersion: 1,
      documentSymbol: 'TB/ĐU',
      position: 'Ban Thường vụ Đảng ủy kết luận các nội dung đối thoại.',
      items: [
        {
          content: 'Rà soát thủ tục cấp Giấy chứng nhận quyền sử dụng đất tồn đọng.',
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
        },
      ],
    };
    const chair = await api.as('commune-chair');
    const refused = await refusal(chair.followUp.issueConclusion.mutate(input));
    expect(refused.httpStatus).toBe(403);
    expect(refused.domainCode).toBe('ROLE_NOT_ALLOWED');
    const secretary = await api.as('party-secretary');
    const stateSymbol = await refusal(
      secretary.followUp.issueConclusion.mutate({
        ...input,
        documentSymbol: 'TB-UBND',
      }),
    );
    expect(stateSymbol.httpStatus).toBe(400);
    expect(stateSymbol.fieldErrors?.['documentSymbol']?.[0]).toContain('Đảng');
    const ok = await secretary.followUp.issueConclusion.mutate(input);
    // Thái Nguyên applies the national default: 30 days; the notice 10 days after (22/12/2025).
    expect(ok.tasks[0]).toMatchObject({ ruleId: 'written-answer', dueOn: '2026-01-09' });
    expect(ok.notice.timeliness?.state).toBe('met-on-time');

    const announced = await insertPlanRow(db, aChoMoiPlan(), {
      adminUnitCode: code,
      heldOn: '2025-12-20',
      status: 'announced',
    });
    const early = await refusal(
      secretary.followUp.issueConclusion.mutate({
        ...input,
        planId: announced.id,
      }),
    );
    expect(early.httpStatus).toBe(409);
    expect(early.domainCode).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('Lai Châu: 15 working days, 30 for a complex petition, and a notice after 5 working days is flagged late', async () => {
    const db = api.handle.db;
    const code = api.otherTenant.communeCode;
    const khoenOn = await insertPlanRow(db, aKhoenOnPlan(), {
      adminUnitCode: code,
      heldOn: '2025-08-20',
    });
    const road = await insertPetitionRow(db, aPetitionFromBanMy(), {
      planId: khoenOn.id,
      adminUnitCode: code,
    });
    const insurance = await insertPetitionRow(db, aLatePetitionFromBanMy(), {
      planId: khoenOn.id,
      adminUnitCode: code,
      complexity: 'complex',
    });
    api.setNow(vietnamMorning('2025-09-03'));
    const chair = await api.as('commune-chair', 'otherTenant');
    const result = await chair.followUp.issueConclusion.mutate({
      planId: khoenOn.id,
      expectedVersion: 1,
      documentNumber: 45,
      documentSymbol: 'TB-UBND',
      position: 'UBND xã Khoen On tiếp thu, giao các bộ phận giải quyết.',
      items: [
        {
          content: 'Khảo sát đoạn đường bê tông bản Mỳ – Nà Lốc bị sạt lở, đề xuất hỗ trợ xi măng.',
          responsibleOrganisationId: api.otherTenant.organisations.landDepartment,
          relatedPetitionIds: [road],
        },
        {
          content: 'Rà soát hồ sơ hộ cận nghèo, cấp thẻ bảo hiểm y tế.',
          responsibleOrganisationId: api.otherTenant.organisations.governmentOffice,
          relatedPetitionIds: [insurance, road],
        },
      ],
    });
    expect(result.tasks.map((t) => [t.ruleId, t.dueOn])).toEqual([
      ['written-answer', '2025-09-12'],
      ['written-answer-complex', '2025-10-03'],
    ]);
    expect(result.notice.timeliness).toMatchObject({
      state: 'met-late',
      onTime: false,
      dueDate: '2025-08-27',
    });
    expect(result.notice.timeliness?.workingDaysLate).toBeGreaterThan(0);
    // Another commune's plan is not even visible to this chair.
    const ours = await api.as('commune-chair');
    const hidden = await refusal(ours.followUp.conclusion.query({ planId: khoenOn.id }));
    expect(hidden.httpStatus).toBe(404);
  });
});
