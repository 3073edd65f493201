import {
  findPetitionById,
  findPetitionPlan,
  findPetitionWithPlan,
  findOrganisationOfUnit,
  type Database,
  type PetitionPlanFacts,
  type PetitionRecord,
} from '@doithoai/db';
import {
  dialogueLeaderRoles,
  domainError,
  type IssuerKind,
  OFFICE_ROLES,
  PLAN_STATUS_LABELS,
  type PlanStatus,
  type Role,
  ROLE_LABELS,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound } from '../../errors.js';
import { readableUnits } from '../../tenancy.js';

/**
 * A department sees only what is assigned to it (docs/domain.md "Who uses it").
 *
 * @example isVisibleTo(departmentUser, { assignedOrganisationId: otherBody }) // false
 */
export function isVisibleTo(
  user: Pick<SessionUser, 'role' | 'organisationId'>,
  row: Pick<PetitionRecord, 'assignedOrganisationId'>,
) {
  return (
    user.role !== 'department' ||
    (user.organisationId !== null && row.assignedOrganisationId === user.organisationId)
  );
}

/**
 * The petition if the caller may read it; another commune's, or a department's unassigned one,
 * is NOT_FOUND, as if it did not exist.
 *
 * @example const row = await readablePetition(ctx, user, input.id);
 */
export async function readablePetition(
  ctx: Context,
  user: SessionUser,
  id: string,
): Promise<PetitionRecord> {
  const row = await findPetitionById(ctx.db, id);
  const units = row ? await readableUnits(ctx, user) : [];
  if (!row || !units.includes(row.adminUnitCode) || !isVisibleTo(user, row))
    notFound('kiến nghị', id);
  return row;
}

/**
 * The petition if the caller may change it: their own commune only.
 *
 * @example const row = await writablePetition(trx, user, input.id);
 */
export async function writablePetition(
  db: Kysely<Database>,
  user: Pick<SessionUser, 'role' | 'adminUnitCode' | 'organisationId'>,
  id: string,
): Promise<PetitionRecord> {
  const row = await findPetitionById(db, id);
  if (!row || row.adminUnitCode !== user.adminUnitCode || !isVisibleTo(user, row))
    notFound('kiến nghị', id);
  return row;
}

/**
 * The petition if the caller may change it (as `writablePetition`), with its plan's facts, read
 * in the same query: what every workflow step needs.
 *
 * @example const { petition, plan } = await writablePetitionWithPlan(trx, user, input.id);
 */
export async function writablePetitionWithPlan(
  db: Kysely<Database>,
  user: Pick<SessionUser, 'role' | 'adminUnitCode' | 'organisationId'>,
  id: string,
): Promise<{ petition: PetitionRecord; plan: PetitionPlanFacts }> {
  const found = await findPetitionWithPlan(db, id);
  if (
    !found ||
    found.petition.adminUnitCode !== user.adminUnitCode ||
    !isVisibleTo(user, found.petition)
  )
    notFound('kiến nghị', id);
  return found;
}

/**
 * For steps outside the petition machine (grouping duplicates, running the conference): the
 * offices and the leaders of the plan's issuer (`dialogueLeaderRoles`), as the machine has it.
 *
 * @example requireDialogueStaff(user, plan, 'ghi biên bản hội nghị');
 */
export function requireDialogueStaff(
  user: SessionUser,
  plan: { issuerKind: IssuerKind; status: PlanStatus },
  eventLabel: string,
): void {
  const allowed: readonly Role[] = [...OFFICE_ROLES, ...dialogueLeaderRoles(plan.issuerKind)];
  if (allowed.includes(user.role)) return;
  fail(
    domainError('ROLE_NOT_ALLOWED', {
      roleLabel: ROLE_LABELS[user.role],
      eventLabel,
      subject: 'kế hoạch',
      stateLabel: PLAN_STATUS_LABELS[plan.status],
      hint: '',
      role: user.role,
    }),
  );
}

/**
 * The plan, if it is in the caller's own commune (writes); else NOT_FOUND.
 *
 * @example const plan = await writablePlan(ctx.db, user, input.planId);
 */
export async function writablePlan(
  db: Kysely<Database>,
  user: SessionUser,
  planId: string,
): Promise<PetitionPlanFacts> {
  const plan = await findPetitionPlan(db, planId);
  if (!plan || plan.adminUnitCode !== user.adminUnitCode) notFound('kế hoạch', planId);
  return plan;
}

/**
 * The plan, if the caller may read its commune; else NOT_FOUND.
 *
 * @example const plan = await readablePlan(ctx, user, input.planId);
 */
export async function readablePlan(
  ctx: Context,
  user: SessionUser,
  planId: string,
): Promise<PetitionPlanFacts> {
  const plan = await findPetitionPlan(ctx.db, planId);
  const units = plan ? await readableUnits(ctx, user) : [];
  if (!plan || !units.includes(plan.adminUnitCode)) notFound('kế hoạch', planId);
  return plan;
}

/**
 * An organisation given in a request must be one of the commune's own bodies.
 *
 * @example await requireOwnOrganisation(ctx.db, '02086', input.assignedOrganisationId);
 */
export async function requireOwnOrganisation(
  db: Kysely<Database>,
  adminUnitCode: string,
  organisationId: string,
): Promise<void> {
  // The one body looked up in the commune, not the commune's whole list.
  const known = await findOrganisationOfUnit(db, organisationId, adminUnitCode);
  if (!known) fail(domainError('ORGANISATION_UNKNOWN', { organisationId }));
}
