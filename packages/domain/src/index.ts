// @doithoai/domain — the public surface. Pure: schemas, state machines, calendar, deadline rules.

// calendar
export * from './calendar/index.js';

// deadlines
export * from './deadlines/index.js';
export * from './deadlines/plan-schedule-input.js';
export * from './deadlines/plan-deadline-states.js';

// errors and workflows
export * from './errors/domain-error.js';
export * from './errors/error-codes.js';
export * from './workflow/machine.js';
export * from './workflow/roles.js';

// common
export * from './common/id.schema.js';
export * from './common/text.js';
export * from './common/phone.schema.js';
export * from './common/version.schema.js';
export * from './common/year.schema.js';

// administrative units, organisations, accounts
export * from './admin-units/admin-unit.schema.js';
export * from './admin-units/village.schema.js';
export * from './accounts/role.schema.js';
export * from './accounts/organisation.schema.js';
export * from './accounts/account.schema.js';
export * from './accounts/password-policy.js';
export * from './administration/index.js';

// plans
export * from './plans/plan.status.js';
export * from './plans/plan-choice.js';
export * from './plans/plan-phase.js';
export * from './plans/plan-documents.js';
export * from './plans/plan.schema.js';
export * from './plans/plan-inputs.schema.js';
export * from './plans/plan-readiness.js';
export * from './plans/plan-editing.js';
export * from './plans/plan-drafts.js';
export * from './plans/plan-conventions.js';
export * from './plans/plan-document.schema.js';
export * from './plans/legal-basis.schema.js';
export * from './plans/signer.schema.js';
export * from './plans/plan-timing.schema.js';
export * from './plans/plan-participants.schema.js';
export * from './plans/plan-tasks.schema.js';
export * from './plans/plan-recipients.schema.js';
export * from './plans/plan-content.schema.js';
export * from './plans/plan.machine.js';
export {
  PLAN_EVENTS,
  type PlanEvent,
  type PlanScope,
  type PlanPayloads,
} from './plans/plan.machine.rules.js';

// petitions
export * from './petitions/petition.status.js';
export * from './petitions/petition-tracking.js';
export * from './petitions/petition.schema.js';
export * from './petitions/consent.schema.js';
export * from './petitions/triage.schema.js';
export * from './petitions/written-answer.schema.js';
export * from './petitions/register-input.schema.js';
export * from './petitions/tracking-code.js';
export * from './petitions/petition-search.js';
export * from './petitions/petition-summary.js';
export * from './petitions/petition-contact.js';
export * from './petitions/petition-lateness.js';
export * from './petitions/redaction.js';
export * from './petitions/petition.machine.js';
export {
  PETITION_EVENTS,
  PETITION_OUTCOME_STATES,
  countPetitionsKeepingPlanOpen,
  type PetitionEvent,
  type PetitionOutcome,
  type PetitionScope,
  type PetitionPayloads,
} from './petitions/petition.machine.rules.js';

// conference
export * from './conference/conference.schema.js';
export * from './conference/agenda.schema.js';
export * from './conference/attendance.schema.js';
export * from './conference/conference-outcome.schema.js';
export * from './conference/speaking-order.js';
export * from './conference/conference-session.js';
export * from './conference/conference-early.js';

// follow-up, supervision, audit
export * from './follow-up/follow-up.status.js';
export * from './follow-up/conclusion-notice.schema.js';
export * from './follow-up/follow-up-task.schema.js';
export * from './follow-up/extension.schema.js';
export * from './follow-up/follow-up.machine.js';
export * from './follow-up/conclusion-deadlines.js';
export * from './follow-up/deadline-as-of.js';
export {
  FOLLOW_UP_EVENTS,
  type FollowUpEvent,
  type FollowUpScope,
  type FollowUpPayloads,
} from './follow-up/follow-up.machine.rules.js';
export * from './supervision/finding.schema.js';
export * from './supervision/escalation.js';
export * from './collection/village-quota.js';
export * from './collection/forwarding.schema.js';
export * from './reports/reporting-period.js';
export * from './reports/petition-report-groups.js';
export * from './audit/audit-entry.schema.js';

// notifications and each role's to-do list (issue 15)
export * from './notifications/index.js';
export * from './work/todo.js';

// the Vietnamese labels of every enum value
export * from './labels/enum-labels.js';
export * from './labels/label-catalogue.js';
export * from './labels/describe-timing.js';
