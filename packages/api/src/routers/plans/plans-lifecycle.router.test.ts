import { newId } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { choMoiInput, choMoiPlanAt, tick } from './plans.test-support.js';
import type { PlanView } from './plans-view.js';
import { refusal } from '../../refusal.test-support.js';
import { malformed } from '../../test-client.test-support.js';

const dialects = await testDialects();

/** A petition of the plan, written straight to the table (the petitions API is another feature). */
async function aPetition(api: TestApi, planId: string, status: string): Promise<string> {
  const id = newId();
  await api.handle.db
    .insertInto('petitions')
    .values({
      id,
      admin_unit_code: '02086',
      plan_id: planId,
      tracking_code: `CM-${id.slice(0, 8)}`,
      status,
      channel: 'village',
      full_name: 'Hoàng Văn Bình',
      content: 'Đề nghị xem xét cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình.',
      search_key: 'de nghi xem xet cap giay chung nhan quyen su dung dat cho ho gia dinh',
      wants_to_speak: 0,
      is_late: 0,
      received_on: '2025-12-01',
      consent_json: '{}',
      version: 1,
      created_at: '2025-12-01T02:00:00.000Z',
      updated_at: '2025-12-01T02:00:00.000Z',
    })
    .execute();
  return id;
}

describe.each(dialects)('plans: the later steps and their refusals on $name', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(dialect);
  });
  afterAll(() => api.close());
  const refOf = (plan: PlanView) => ({ id: plan.plan.id, expectedVersion: plan.version });

  it('refuses to submit a plan that lacks parts, naming them', async () => {
    const office = await api.as('party-office');
    const { adminUnitCode, issuer, documentSymbol, title, year, regulationProfileId } =
      choMoiInput();
    const draft = await office.plans.create.mutate({
      adminUnitCode,
      issuer,
      documentSymbol,
      title,
      year,
      regulationProfileId,
    });
    expect(draft.plan).toMatchObject({ status: 'draft', topics: [], format: 'in-person' });
    const error = await refusal(office.plans.submit.mutate(refOf(draft)));
    expect(error.httpStatus).toBe(412);
    expect(error.domainCode).toBe('PLAN_INCOMPLETE');
    expect(error.message).toContain('Thời gian');
    expect(error.message).toContain('Người ký');
  });

  it('refuses malformed input with Vietnamese messages per field', async () => {
    const office = await api.as('party-office');
    const wrongSymbol = await refusal(
      office.plans.create.mutate(choMoiInput({ documentSymbol: 'KH-UBND' })),
    );
    expect(wrongSymbol.httpStatus).toBe(400);
    expect(wrongSymbol.fieldErrors?.['documentSymbol']?.[0]).toContain('KH/ĐU');
    const noYear = await refusal(office.plans.create.mutate(malformed({ copyFromPlanId: 'x' })));
    expect(noYear.httpStatus).toBe(400);
    expect(noYear.fieldErrors?.['year']?.[0]).toBe('Năm kế hoạch phải là số.');
    const noVersion = await refusal(office.plans.submit.mutate(malformed({ id: 'x' })));
    expect(noVersion.fieldErrors?.['expectedVersion']?.[0]).toContain('expectedVersion');
    // A Party plan signed "TM. Ủy ban nhân dân" breaks the issuer's convention (PlanSchema).
    const submitted = await choMoiPlanAt(api, 'submitted');
    const secretary = await api.as('party-secretary');
    const wrongSigner = await refusal(
      secretary.plans.approve.mutate({
        ...refOf(submitted),
        documentNumber: 40,
        signer: {
          name: 'Nguyễn Văn Hùng',
          title: 'chair',
          authority: 'on-behalf-of-peoples-committee',
        },
      }),
    );
    expect(wrongSigner.httpStatus).toBe(400);
    expect(wrongSigner.fieldErrors?.['signer.authority']?.[0]).toBe(
      'Thẩm quyền ký không phù hợp với cơ quan ban hành.',
    );
    const noNumber = await refusal(secretary.plans.approve.mutate(refOf(submitted)));
    expect(noNumber.domainCode).toBe('PLAN_NUMBER_REQUIRED');
  });

  it('postpones an announced plan and reschedules it, saying which deadlines moved', async () => {
    const announced = await choMoiPlanAt(api, 'announced', { documentNumber: 20 });
    expect(announced.recorded.noticeIssuedOn).toBe('2025-12-01');
    const secretary = await api.as('party-secretary');
    tick(api);
    const postponed = await secretary.plans.postpone.mutate({
      ...refOf(announced),
      reason: 'Trùng lịch Hội nghị Ban Chấp hành Đảng bộ tỉnh.',
    });
    expect(postponed.plan).toMatchObject({
      status: 'postponed',
      statusReason: 'Trùng lịch Hội nghị Ban Chấp hành Đảng bộ tỉnh.',
    });
    const noDate = await refusal(
      secretary.plans.reschedule.mutate({
        ...refOf(postponed),
        reason: 'Lùi một tuần.',
      }),
    );
    expect(noDate.httpStatus).toBe(412);
    expect(noDate.domainCode).toBe('DIALOGUE_DATE_REQUIRED');
    tick(api);
    const rescheduled = await secretary.plans.reschedule.mutate({
      ...refOf(postponed),
      newDialogueDate: '2025-12-17',
      reason: 'Lùi một tuần theo chỉ đạo của Ban Thường vụ.',
    });
    expect(rescheduled.plan.status).toBe('approved');
    expect(rescheduled.plan.timing).toEqual({ kind: 'date', date: '2025-12-17' });
    expect(rescheduled.plan.statusReason).toBeUndefined();
    // The new date needs a new notice.
    expect(rescheduled.recorded.noticeIssuedOn).toBeNull();
    const moved = Object.fromEntries(
      rescheduled.changes.map((c) => [c.ruleId, [c.before, c.after]]),
    );
    expect(moved['public-notice']).toEqual(['2025-12-02', '2025-12-09']);
    expect(moved['conclusion-notice']).toEqual(['2025-12-22', '2025-12-29']);
    // The cut-off the plan fixed itself (04/12/2025) does not move.
    expect(moved['registration-cutoff']).toBeUndefined();
  });

  it("gives each deadline's state as of a day, counting the notice as met when issued", async () => {
    const announced = await choMoiPlanAt(api, 'announced', { documentNumber: 21 });
    const office = await api.as('party-office');
    const { entries } = await office.plans.schedule.query({
      id: announced.plan.id,
      asOf: '2025-12-03',
    });
    const state = (ruleId: string) => entries.find((e) => e.ruleId === ruleId)?.deadline?.state;
    expect(entries.find((e) => e.ruleId === 'public-notice')?.metOn).toBe('2025-12-01');
    expect(state('public-notice')).toBe('met-on-time');
    expect(state('registration-cutoff')).toBe('due-soon');
    expect(state('conclusion-notice')).toBe('upcoming');
  });

  it('closes a concluded plan only once no petition keeps it open', async () => {
    const concluded = await choMoiPlanAt(api, 'concluded', { documentNumber: 22 });
    expect(concluded.recorded).toMatchObject({
      heldOn: '2025-12-10',
      conclusionIssuedOn: '2025-12-15',
    });
    const petitionId = await aPetition(api, concluded.plan.id, 'not-settled');
    await aPetition(api, concluded.plan.id, 'settled');
    const office = await api.as('party-office');
    const refused = await refusal(office.plans.close.mutate(refOf(concluded)));
    expect(refused.httpStatus).toBe(412);
    expect(refused.domainCode).toBe('PETITIONS_STILL_OPEN');
    expect(refused.message).toContain('Còn 1 kiến nghị');
    await api.handle.db
      .updateTable('petitions')
      .set({ status: 'carried-over' })
      .where('id', '=', petitionId)
      .execute();
    tick(api);
    const closed = await office.plans.close.mutate(refOf(concluded));
    expect(closed.plan.status).toBe('closed');
  });

  it('cancels with a reason, and never once the dialogue was held', async () => {
    const secretary = await api.as('party-secretary');
    const approved = await choMoiPlanAt(api, 'approved', { documentNumber: 23 });
    const noReason = await refusal(
      secretary.plans.cancel.mutate({ ...refOf(approved), reason: ' ' }),
    );
    expect(noReason.httpStatus).toBe(400);
    expect(noReason.domainCode).toBe('REASON_REQUIRED');
    const cancelled = await secretary.plans.cancel.mutate({
      ...refOf(approved),
      reason: 'Tỉnh tổ chức đối thoại chung trên địa bàn.',
    });
    expect(cancelled.plan).toMatchObject({ status: 'cancelled', documentNumber: 23 });
    const held = await choMoiPlanAt(api, 'held', { documentNumber: 24 });
    const refused = await refusal(
      secretary.plans.cancel.mutate({ ...refOf(held), reason: 'Hủy.' }),
    );
    expect(refused.httpStatus).toBe(409);
    expect(refused.domainCode).toBe('TRANSITION_NOT_ALLOWED');
  });
});
