import { testDialects } from '@doithoai/db/testing';
import { SEED_PLANS } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { choMoiInput, tick } from './plans.test-support.js';
import type { PlanView } from './plans-view.js';

const dialects = await testDialects();

/** Seed 004's content (the UBND's own plan) as the government office of Chợ Mới types it. */
function aGovernmentPlanInput() {
  const {
    id: _id,
    status: _status,
    returnComments: _comments,
    ...content
  } = SEED_PLANS.sonTayHa2025;
  return {
    ...content,
    adminUnitCode: '02086',
    issuer: {
      kind: 'peoples-committee' as const,
      name: 'Ủy ban nhân dân xã Chợ Mới',
      adminUnitCode: '02086',
    },
  };
}

describe.each(dialects)("plans.list by issuer: each app's own plans on $name", (dialect) => {
  let api: TestApi;
  let party: PlanView;
  let government: PlanView;
  beforeAll(async () => {
    api = await createTestApi(dialect);
    tick(api);
    party = await (await api.as('party-office')).plans.create.mutate(choMoiInput());
    government = await (
      await api.as('government-office')
    ).plans.create.mutate(aGovernmentPlanInput());
  });
  afterAll(() => api.close());

  it("lists only the People's Committee's plans when asked for them, only the Party's likewise", async () => {
    const chair = await api.as('commune-chair');
    const ubnd = await chair.plans.list.query({ issuerKind: 'peoples-committee' });
    expect(ubnd.map((p) => p.id)).toEqual([government.plan.id]);
    const dangUy = await chair.plans.list.query({ issuerKind: 'party-committee' });
    expect(dangUy.map((p) => p.id)).toEqual([party.plan.id]);
    const all = await chair.plans.list.query({});
    expect(all.map((p) => p.id).sort()).toEqual([party.plan.id, government.plan.id].sort());
  });

  it('has the chair, not the Bí thư, approve the UBND plan, numbered …/KH-UBND in the list', async () => {
    const office = await api.as('government-office');
    tick(api);
    const submitted = await office.plans.submit.mutate({
      id: government.plan.id,
      expectedVersion: government.version,
    });
    const secretary = await api.as('party-secretary');
    const seen = await secretary.plans.get.query({ id: government.plan.id });
    expect(seen.availableEvents).not.toContain('approve');
    const chair = await api.as('commune-chair');
    tick(api);
    await chair.plans.approve.mutate({
      id: government.plan.id,
      expectedVersion: submitted.version,
      documentNumber: 215,
      signer: SEED_PLANS.sonTayHa2025.signer,
    });
    const rows = await chair.plans.list.query({
      issuerKind: 'peoples-committee',
      status: 'approved',
    });
    expect(rows.map((p) => p.numberAndSymbol)).toEqual(['215/KH-UBND']);
  });
});
