import type { Plan } from '@doithoai/domain';
import { aChoMoiPlan } from '@doithoai/domain/testing';
import type { TestApi, TestClient } from '../../test-api.test-support.js';
import type { PlanView } from './plans-view.js';

/*
 * Test helpers for the plans suites: seed 000 as a create input, and a walk through the
 * lifecycle by the roles that do each step.
 */

/**
 * Seed 000 (Đảng ủy xã Chợ Mới, 2025) as the office types it: the content, no workflow fields.
 *
 * @example await office.plans.create.mutate(choMoiInput({ year: 2026 }))
 */
export function choMoiInput(overrides: Partial<Plan> = {}) {
  const { id: _id, status: _status, returnComments: _comments, ...content } = aChoMoiPlan();
  return { ...content, ...overrides };
}

const ticks = new WeakMap<TestApi, number>();

/**
 * Moves the test clock one minute on (from 20/11/2025 09:00 in Vietnam), so the steps of a
 * journey happen one after another, as their audit rows and versions say. Returns the instant.
 *
 * @example const at = tick(api); await office.plans.submit.mutate(ref);
 */
export function tick(api: TestApi): string {
  const n = (ticks.get(api) ?? 0) + 1;
  ticks.set(api, n);
  const instant = new Date(Date.parse('2025-11-20T02:00:00.000Z') + n * 60_000).toISOString();
  api.setNow(instant);
  return instant;
}

const STEPS = ['submitted', 'approved', 'announced', 'held', 'concluded'] as const;
export type WalkTarget = 'draft' | (typeof STEPS)[number];

/**
 * A Chợ Mới plan created by the Party office and walked to `target` by the roles that do each
 * step (the office submits, announces, holds; the secretary approves and concludes).
 *
 * @example const plan = await choMoiPlanAt(api, 'approved', { documentNumber: 14 });
 */
export async function choMoiPlanAt(
  api: TestApi,
  target: WalkTarget,
  options: { documentNumber?: number; input?: Partial<Plan> } = {},
): Promise<PlanView> {
  const office: TestClient = await api.as('party-office');
  const secretary: TestClient = await api.as('party-secretary');
  tick(api);
  let plan = await office.plans.create.mutate(choMoiInput(options.input));
  const ref = () => ({ id: plan.plan.id, expectedVersion: plan.version });
  const steps: Record<(typeof STEPS)[number], () => Promise<PlanView>> = {
    submitted: () => office.plans.submit.mutate(ref()),
    approved: () =>
      secretary.plans.approve.mutate({ ...ref(), documentNumber: options.documentNumber ?? 14 }),
    announced: () => office.plans.announce.mutate({ ...ref(), noticeIssuedOn: '2025-12-01' }),
    held: () => office.plans.hold.mutate({ ...ref(), heldOn: '2025-12-10' }),
    concluded: () =>
      secretary.plans.conclude.mutate({ ...ref(), conclusionIssuedOn: '2025-12-15' }),
  };
  for (const step of STEPS.slice(0, STEPS.indexOf(target as never) + 1)) {
    tick(api);
    plan = await steps[step]();
  }
  return plan;
}
