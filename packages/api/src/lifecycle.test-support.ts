import { listAuditForEntity } from '@doithoai/db';
import type { Role } from '@doithoai/domain';
import { vietnamMorning } from './routers/follow-up/follow-up.test-support.js';
import type { PetitionOut } from './routers/petitions/petitions.test-support.js';
import type { PlanView } from './routers/plans/plans-view.js';
import type { TestApi, TestClient } from './test-api.test-support.js';

// Test support for the `lifecycle*.router.test.ts` suites (not a test file itself).

/** A petition as the API returns it, with the plan it was carried over to. */
export type Petition = PetitionOut;

/**
 * Moves the clock to `when` — an instant, or a day (then 10:00 in Vietnam) — and signs `role`
 * in at that moment (a session opened days earlier would have expired).
 *
 * @example const office = await signInAt(api, '2025-12-01', 'party-office');
 */
export function signInAt(api: TestApi, when: string, role: Role): Promise<TestClient> {
  api.setNow(when.length === 10 ? vietnamMorning(when) : when);
  return api.as(role);
}

/**
 * The audit rows of one record, oldest first: who did what, why, and the state after.
 *
 * @example expect((await auditOf(api, 'plan', id)).at(-1)?.action).toBe('plan.hold');
 */
export async function auditOf(api: TestApi, entityType: string, entityId: string) {
  const rows = await listAuditForEntity(api.handle.db, entityType, entityId);
  return rows.map((row) => ({
    action: row.action,
    role: row.actorRole,
    reason: row.reason,
    after: row.after as Record<string, unknown> | null,
  }));
}

/**
 * Next year's dialogue, as the Party office starts it: a copy of this year's plan.
 *
 * @example const next = await nextYearPlan(api, plan.plan.id);
 */
export async function nextYearPlan(api: TestApi, planId: string): Promise<PlanView> {
  const office = await api.as('party-office');
  return office.plans.create.mutate({ copyFromPlanId: planId, year: 2026 });
}
