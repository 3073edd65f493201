import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { choMoiInput, choMoiPlanAt, ok, tick } from './plans.test-support.js';
import type { PlanView } from './plans-view.js';

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
    const created = await front.mutate('plans.create', choMoiInput());
    expect(created.status).toBe(403);
    const officer = await api.as('front-officer');
    const submitted = await officer.mutate('plans.submit', refOf(draft));
    expect(submitted.status).toBe(403);
    const read = await ok(
      front.query<{ availableEvents: string[]; canEdit: boolean }>('plans.get', {
        id: draft.plan.id,
      }),
    );
    expect(read).toMatchObject({ availableEvents: [], canEdit: false });
  });

  it('hides a plan from the other commune as if it did not exist, and never lets it write', async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const secretary = await api.as('party-secretary', 'otherTenant');
    const office = await api.as('party-office', 'otherTenant');
    for (const response of [
      await secretary.query('plans.get', { id: draft.plan.id }),
      await secretary.query('plans.schedule', { id: draft.plan.id }),
      await office.mutate('plans.update', { ...refOf(draft), title: 'Sửa trộm' }),
      await office.mutate('plans.submit', refOf(draft)),
      await office.mutate('plans.create', { copyFromPlanId: draft.plan.id, year: 2026 }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.error?.data.domainCode).toBe('NOT_FOUND');
    }
    const list = await ok(office.query<{ id: string }[]>('plans.list', {}));
    expect(list.map((p) => p.id)).not.toContain(draft.plan.id);
    const created = await office.mutate('plans.create', choMoiInput());
    expect(created.status).toBe(403);
    expect(created.error?.data.domainCode).toBe('ADMIN_UNIT_NOT_WRITABLE');
  });

  it("lets the province's viewer read its communes' plans, not another province's, and write nothing", async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const thaiNguyen = await api.as('province-viewer');
    const list = await ok(thaiNguyen.query<{ id: string }[]>('plans.list', {}));
    expect(list.map((p) => p.id)).toContain(draft.plan.id);
    expect((await thaiNguyen.query('plans.get', { id: draft.plan.id })).status).toBe(200);
    expect((await thaiNguyen.mutate('plans.submit', refOf(draft))).status).toBe(403);
    const laiChau = await api.as('province-viewer', 'otherTenant');
    expect((await laiChau.query('plans.get', { id: draft.plan.id })).status).toBe(404);
    const citizen = await api.as('citizen');
    expect((await citizen.query('plans.list', {})).status).toBe(403);
  });

  it("lets the commune chair approve the People's Committee's plan, and not the Party secretary", async () => {
    const governmentOffice = await api.as('government-office');
    tick(api);
    let plan = await ok(
      governmentOffice.mutate<PlanView>(
        'plans.create',
        choMoiInput({
          issuer: { kind: 'peoples-committee', name: 'UBND xã Chợ Mới', adminUnitCode: '02086' },
          documentSymbol: 'KH-UBND',
          signer: {
            name: 'Nguyễn Văn Hùng',
            title: 'chair',
            authority: 'on-behalf-of-peoples-committee',
          },
        }),
      ),
    );
    plan = await ok(governmentOffice.mutate<PlanView>('plans.submit', refOf(plan)));
    const secretary = await api.as('party-secretary');
    const refused = await secretary.mutate('plans.approve', {
      ...refOf(plan),
      documentNumber: 194,
    });
    expect(refused.status).toBe(403);
    expect(refused.error?.data.domainCode).toBe('ROLE_NOT_ALLOWED');
    const chair = await api.as('commune-chair');
    plan = await ok(
      chair.mutate<PlanView>('plans.approve', { ...refOf(plan), documentNumber: 194 }),
    );
    expect(plan.numberAndSymbol).toBe('194/KH-UBND');
  });
});
