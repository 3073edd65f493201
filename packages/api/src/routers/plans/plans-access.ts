import {
  availablePlanEvents,
  ISSUER_KINDS,
  OFFICE_ROLES,
  PLAN_STATUSES,
  ROLES,
  type PlanEvent,
  type Role,
} from '@doithoai/domain';

/**
 * Who may read plans: everyone working in the commune, the Front (it supervises the whole
 * process) and the province's viewers. Citizens see published plans through the public pages,
 * not here; the administrator manages accounts, not dialogues.
 */
export const PLAN_READERS = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
  'front-chair',
  'front-officer',
  'village',
  'province-viewer',
] as const satisfies readonly Role[];

/** The offices draft plans (seed 002 §4.1), the same roles the domain lets submit. */
export const PLAN_DRAFTERS = OFFICE_ROLES;

/**
 * The roles the domain lets fire `event` on some plan (any issuer, any state): the coarse
 * `access` of the event's procedure. The domain then decides per plan — a commune chair may
 * approve a People's Committee plan, never a Party one.
 *
 * @example rolesThatMayEver('approve') // ['party-secretary', 'commune-chair']
 */
export function rolesThatMayEver(event: PlanEvent): Role[] {
  return ROLES.filter((role) =>
    ISSUER_KINDS.some((issuerKind) =>
      PLAN_STATUSES.some((status) =>
        availablePlanEvents(status, role, { issuerKind }).includes(event),
      ),
    ),
  );
}
