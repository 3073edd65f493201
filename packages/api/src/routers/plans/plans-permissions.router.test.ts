import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { choMoiInput, choMoiPlanAt, tick } from './plans.test-support.js';
import type { PlanView } from './plans-view.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)('plans: who may do what on $name', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(dialect);
  });
  afterAll(() => api.close());
  const refOf = (plan: PlanView) => ({ id: plan.plan.id, expectedVersion: plan.version });

  it('lets the Front read a plan but neither create nor submit one', async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const front = await api.as('front-chair');
    const created = await refusal(front.plans.create.mutate(choMoiInput()));
    expect(created.httpStatus).toBe(403);
    const officer = await api.as('front-officer');
    const submitted = await refusal(officer.plans.submit.mutate(refOf(draft)));
    expect(submitted.httpStatus).toBe(403);
    const read = await front.plans.get.query({
      id: draft.plan.id,
    });
    expect(read).toMatchObject({ availableEvents: [], canEdit: false });
  });

  it('hides a plan from the other commune as if it did not exist, and never lets it write', async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const secretary = await api.as('party-secretary', 'otherTenant');
    const office = await api.as('party-office', 'otherTenant');
    for (const response of [
      await refusal(secretary.plans.get.query({ id: draft.plan.id })),
      await refusal(secretary.plans.schedule.query({ id: draft.plan.id })),
      await refusal(office.plans.update.mutate({ ...refOf(draft), title: 'Sửa trộm' })),
      await refusal(office.plans.submit.mutate(refOf(draft))),
      await refusal(office.plans.create.mutate({ copyFromPlanId: draft.plan.id, year: 2026 })),
    ]) {
      expect(response.httpStatus).toBe(404);
      expect(response.domainCode).toBe('NOT_FOUND');
    }
    const list = await office.plans.list.query({});
    expect(list.map((p) => p.id)).not.toContain(draft.plan.id);
    const created = await refusal(office.plans.create.mutate(choMoiInput()));
    expect(created.httpStatus).toBe(403);
    expect(created.domainCode).toBe('ADMIN_UNIT_NOT_WRITABLE');
  });

  it("lets the province's viewer read its communes' plans, not another province's, and write nothing", async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const thaiNguyen = await api.as('province-viewer');
    const list = await thaiNguyen.plans.list.query({});
    expect(list.map((p) => p.id)).toContain(draft.plan.id);
    expect(await statusOf(thaiNguyen.plans.get.query({ id: draft.plan.id }))).toBe(200);
    expect(await statusOf(thaiNguyen.plans.submit.mutate(refOf(draft)))).toBe(403);
    const laiChau = await api.as('province-viewer', 'otherTenant');
    expect(await statusOf(laiChau.plans.get.query({ id: draft.plan.id }))).toBe(404);
    const citizen = await api.as('citizen');
    expect(await statusOf(citizen.plans.list.query({}))).toBe(403);
  });

  it("lets the commune chair approve the People's Committee's plan, and not the Party secretary", async () => {
    const governmentOffice = await api.as('government-office');
    tick(api);
    let plan = await governmentOffice.plans.create.mutate(
      choMoiInput({
        issuer: { kind: 'peoples-committee', name: 'UBND xã Chợ Mới', adminUnitCode: '02086' },
        documentSymbol: 'KH-UBND',
        signer: {
          name: 'Nguyễn Văn Hùng',
          title: 'chair',
          authority: 'on-behalf-of-peoples-committee',
        },
      }),
    );
    plan = await governmentOffice.plans.submit.mutate(refOf(plan));
    const secretary = await api.as('party-secretary');
    const refused = await refusal(
      secretary.plans.approve.mutate({
        ...refOf(plan),
        documentNumber: 194,
      }),
    );
    expect(refused.httpStatus).toBe(403);
    expect(refused.domainCode).toBe('ROLE_NOT_ALLOWED');
    const chair = await api.as('commune-chair');
    plan = await chair.plans.approve.mutate({ ...refOf(plan), documentNumber: 194 });
    expect(plan.numberAndSymbol).toBe('194/KH-UBND');
  });
});
