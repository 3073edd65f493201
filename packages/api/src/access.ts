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
  type PlanEvent,
  type Role,
} from '@doithoai/domain';

/*
 * The access matrix: who may call which procedure, every role group declared once. A procedure
 * names its group with `staffProcedure(GROUP)` (or is a `publicProcedure`); the permission matrix
 * test reads those declarations from the router. The groups are coarse: the state machines then
 * decide per record (the plan's issuer, the task's responsible body, the state), and a group
 * never grants more than the machines allow. Each group lists its roles in `ROLES` order.
 */

/** The roles of the given groups, in `ROLES` order, each once. */
function rolesIn(...groups: readonly (readonly Role[])[]): Role[] {
  return ROLES.filter((role) => groups.some((group) => group.includes(role)));
}

/** The system's administrators: accounts and the holiday table (accounts.*, holidays writes). */
export const ADMINS = rolesIn(['admin']);

/** The offices draft, register and track: plans' drafts, closing petitions (seed 002 §4.1). */
export const OFFICES = rolesIn(OFFICE_ROLES);

/** The heads of both issuers, Bí thư and Chủ tịch UBND xã: they approve answers. */
export const LEADERS = rolesIn(['party-secretary', 'commune-chair']);

/** The commune's bodies (phòng, ban…): they draft the answers assigned to them. */
export const DEPARTMENTS = rolesIn(['department']);

/** The Fatherland Front: it collects the villages' registrations and records its findings. */
export const FRONT = rolesIn(FRONT_ROLES);

/**
 * The offices and the leaders, who run a dialogue: triage, grouping, the conference. The domain
 * narrows the leaders to those of the plan's issuer.
 */
export const DIALOGUE_STAFF = rolesIn(OFFICES, LEADERS);

/** Who enters registrations: the offices, and the Front and villages with their paper lists. */
export const PETITION_INTAKE = rolesIn(OFFICES, FRONT, ['village']);

/** Who records an answer given in writing: the offices, or the body that wrote it. */
export const WRITTEN_ANSWER_RECORDERS = rolesIn(OFFICES, DEPARTMENTS);

/** Who reads supervision findings and the board: the dialogue's staff and the Front. */
export const SUPERVISION_READERS = rolesIn(DIALOGUE_STAFF, FRONT);

/**
 * Who reads what goes upward — the Front's forwardings, the monthly and periodic reports: the
 * supervision's readers and the province.
 */
export const REPORT_READERS = rolesIn(SUPERVISION_READERS, ['province-viewer']);

/** Everyone who works inside one commune: the offices, the leaders, the bodies, the Front. */
export const COMMUNE_STAFF = rolesIn(DIALOGUE_STAFF, DEPARTMENTS, FRONT);

/**
 * Who answers the citizen and so may reach them (issue 17: the Front and the province read every
 * petition's phone, address and consents): the offices, the leaders and the bodies — a body only
 * for what is assigned to it. Every other reader gets a petition without the phone, the address
 * and the consents (`petitionForReader`); the phone these roles read goes through the consent
 * (`petitionContact`).
 */
export const CITIZEN_CONTACT_READERS = rolesIn(DIALOGUE_STAFF, DEPARTMENTS);

/** Whether `role` may read how to reach a petitioner (`CITIZEN_CONTACT_READERS`). */
export const readsCitizenContact = (role: Role): boolean => CITIZEN_CONTACT_READERS.includes(role);

/**
 * Who reads petitions and the tasks that follow them: the commune's staff (a body only what is
 * assigned to it) and the province's viewers.
 */
export const PETITION_READERS = rolesIn(COMMUNE_STAFF, ['province-viewer']);

/**
 * Every role working in a commune and the province's viewers — plans and the dashboard. Citizens
 * see published plans through the public pages; the administrator manages accounts, not dialogues.
 */
export const ALL_STAFF = rolesIn(PETITION_READERS, ['village']);

/**
 * The roles the plan machine lets fire `event` on some plan (any issuer, any state): the coarse
 * access of the event's procedure. The domain then decides per plan — a commune chair may
 * approve a People's Committee plan, never a Party one.
 *
 * @example planEventRoles('approve') // ['party-secretary', 'commune-chair']
 */
export function planEventRoles(event: PlanEvent): Role[] {
  return ROLES.filter((role) =>
    ISSUER_KINDS.some((issuerKind) =>
      PLAN_STATUSES.some((status) =>
        availablePlanEvents(status, role, { issuerKind }).includes(event),
      ),
    ),
  );
}

/**
 * The roles the follow-up machine lets fire `event` on some task (any issuer, any state).
 *
 * @example followUpEventRoles('verify') // ['party-secretary', 'party-office', 'commune-chair', 'government-office']
 */
export function followUpEventRoles(event: FollowUpEvent): Role[] {
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
