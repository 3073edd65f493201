import {
  availableFollowUpEvents,
  availablePlanEvents,
  FOLLOW_UP_STATUSES,
  FRONT_ROLES,
  ISSUER_KINDS,
  OFFICE_ROLES,
  PLAN_STATUSES,
  ROLES,
  type FollowUpEvent,
  type Role,
} from '@doithoai/domain';

/*
 * Who may call the after-the-dialogue procedures. Workflow steps take their `access` from the
 * domain's machines (the roles that could ever fire the event); the machine then decides for
 * the task at hand (its issuer, its responsible body, its state).
 */

/**
 * The roles the follow-up machine lets fire `event` on some task (any issuer, any state).
 *
 * @example followUpRolesThatMayEver('verify') // ['party-secretary', 'party-office', 'commune-chair', 'government-office']
 */
export function followUpRolesThatMayEver(event: FollowUpEvent): Role[] {
  return ROLES.filter((role) =>
    ISSUER_KINDS.some((issuerKind) =>
      FOLLOW_UP_STATUSES.some((status) =>
        availableFollowUpEvents(status, role, {
          issuerKind,
          responsibleOrganisationId: 'any-body',
        }).includes(event),
      ),
    ),
  );
}

/**
 * Who issues the conclusion notice: the head of the issuer, as the plan machine's `conclude`
 * says (Bí thư for a Party-led dialogue, Chủ tịch UBND for a government one). The offices draft
 * it (seed 004 §IV: "Văn phòng HĐND và UBND xã dự thảo"); the head signs and issues it here.
 *
 * @example CONCLUSION_ISSUERS // ['party-secretary', 'commune-chair']
 */
export const CONCLUSION_ISSUERS: Role[] = ROLES.filter((role) =>
  ISSUER_KINDS.some((issuerKind) =>
    PLAN_STATUSES.some((status) =>
      availablePlanEvents(status, role, { issuerKind }).includes('conclude'),
    ),
  ),
);

/**
 * Who reads follow-up tasks: the Party and the government, the bodies (their own tasks only),
 * the Front (it supervises everything about follow-up) and the province's viewers.
 */
export const FOLLOW_UP_READERS = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
  'front-chair',
  'front-officer',
  'province-viewer',
] as const satisfies readonly Role[];

/** Who reads supervision findings and the board: the Party, the chair, the offices, the Front. */
export const SUPERVISION_READERS = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  ...FRONT_ROLES,
] as const satisfies readonly Role[];

/** Only the Front records findings and escalates (DOMAIN.md: the Front supervises). */
export const SUPERVISORS = FRONT_ROLES;

/** The offices and leaders: they track follow-up. */
export const FOLLOW_UP_MANAGERS = [
  ...OFFICE_ROLES,
  'party-secretary',
  'commune-chair',
] as const satisfies readonly Role[];
