import { domainError } from '../errors/error-codes.js';
import type { IssuerKind } from '../plans/plan-document.schema.js';
import { isPlanInSession } from '../plans/plan-phase.js';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../plans/plan.status.js';
import { asText, field, isBlank, refuseWhen } from '../workflow/guards.js';
import type { Guard } from '../workflow/machine.js';
import type { PetitionStatus } from './petition.status.js';
import {
  COMPETENCE_LABELS,
  CompetenceSchema,
  ComplexitySchema,
  PetitionFieldSchema,
  UrgencySchema,
  type Competence,
  type Complexity,
  type PetitionField,
  type Urgency,
} from './triage.schema.js';
import type { CitizenResponseKind } from './written-answer.schema.js';

/**
 * Who may act on a petition and what each step must carry: the rules behind the table in
 * `petition.machine.ts`, kept apart so the table reads at a glance.
 */
export const PETITION_EVENTS = [
  'triage',
  'assign',
  'draft-answer',
  'approve-answer',
  'send-back-answer',
  'record-outcome',
  'forward',
  'guide',
  'record-written-answer',
  'citizen-response',
  'carry-over',
  'withdraw',
] as const;
export type PetitionEvent = (typeof PETITION_EVENTS)[number];

/** Seed 002 §4.2, docs/domain.md §5: the four outcomes at the conference, each with its state. */
export const PETITION_OUTCOME_STATES = {
  'answered-at-conference': 'answered-at-conference',
  'answer-in-writing': 'awaiting-written-answer',
  'forwarded-upward': 'forwarded',
  'guided-to-other-body': 'guided',
} as const satisfies Record<string, PetitionStatus>;
export type PetitionOutcome = keyof typeof PETITION_OUTCOME_STATES;

/** The petition's plan decides who leads; the chair may delegate answer approval to the office. */
export interface PetitionScope {
  readonly issuerKind: IssuerKind;
  readonly officeMayApproveAnswers?: boolean;
}

export interface PetitionPayloads {
  triage: {
    readonly field: PetitionField;
    readonly competence: Competence;
    readonly urgency: Urgency;
    readonly complexity: Complexity;
  };
  assign: { readonly assignedOrganisationId: string; readonly competence: Competence };
  'draft-answer': { readonly assignedOrganisationId: string; readonly answer: string };
  'approve-answer': object;
  /** The outcome already recorded at the conference, if any, decides where a draft goes back. */
  'send-back-answer': {
    readonly comment: string;
    readonly conferenceOutcome?: PetitionOutcome | null;
  };
  'record-outcome': {
    readonly outcome: PetitionOutcome;
    readonly competence: Competence;
    readonly planStatus: PlanStatus;
    readonly conferenceOutcome?: PetitionOutcome | null;
  };
  forward: { readonly competence: Competence; readonly referredTo: string };
  guide: { readonly competence: Competence; readonly referredTo: string };
  'record-written-answer': {
    readonly answerDocument: string;
    readonly assignedOrganisationId?: string;
  };
  'citizen-response': { readonly response: CitizenResponseKind; readonly onBehalfNote?: string };
  'carry-over': { readonly reason: string; readonly nextPlanId: string };
  withdraw: { readonly reason: string; readonly onBehalfNote?: string };
}

type PetitionGuard<E extends PetitionEvent> = Guard<
  PetitionStatus,
  E,
  PetitionScope & PetitionPayloads[E]
>;
const valid = (schema: { safeParse(value: unknown): { success: boolean } }) => (value: unknown) =>
  schema.safeParse(value).success;

/**
 * docs/domain.md §4: field, urgency, competence; complexity picks 15 or 30 working days
 * (seed 002 §4.3).
 */
const TRIAGE_FIELDS = [
  ['field', 'lĩnh vực', valid(PetitionFieldSchema)],
  ['competence', 'thẩm quyền giải quyết', valid(CompetenceSchema)],
  ['urgency', 'mức độ cấp thiết', valid(UrgencySchema)],
  ['complexity', 'mức độ phức tạp', valid(ComplexitySchema)],
] as const;

export const requireTriage: PetitionGuard<'triage'> = (context, facts) => {
  const missing = TRIAGE_FIELDS.filter(([key, , isValid]) => !isValid(field(context, key)));
  if (missing.length === 0) return null;
  return domainError('TRIAGE_INCOMPLETE', {
    ...facts,
    missing: missing.map(([, label]) => label),
    missingFields: missing.map(([key]) => key),
  });
};

/**
 * Assigning, forwarding and guiding each fit one competence (docs/domain.md §4, seed 004 §II.3).
 */
export const requireCompetence =
  (expected: Competence): Guard<PetitionStatus, PetitionEvent, object> =>
  (context, facts) => {
    const competence = field(context, 'competence');
    if (competence === expected) return null;
    const known = CompetenceSchema.safeParse(competence);
    return domainError('COMPETENCE_MISMATCH', {
      ...facts,
      competence: asText(competence),
      competenceLabel: known.success ? COMPETENCE_LABELS[known.data] : 'Chưa xác định thẩm quyền',
      expectedLabel: COMPETENCE_LABELS[expected],
    });
  };

/** docs/domain.md "Who uses it": a department sees (and answers) only what is assigned to it. */
export const onlyAssignedBody = refuseWhen<PetitionStatus, PetitionEvent, object>(
  (context, actor) =>
    actor.role === 'department' &&
    (isBlank(actor.organisationId) ||
      actor.organisationId !== field(context, 'assignedOrganisationId')),
  'NOT_ASSIGNED_BODY',
);

export const isOutcome = (value: unknown): value is PetitionOutcome =>
  typeof value === 'string' && Object.hasOwn(PETITION_OUTCOME_STATES, value);
const OUTCOME_LIST =
  'trả lời tại hội nghị, trả lời bằng văn bản sau, chuyển cấp có thẩm quyền, hướng dẫn đến cơ quan khác';

export const requireConferenceOutcome: PetitionGuard<'record-outcome'> = (context, facts) => {
  const planStatus = field(context, 'planStatus');
  // Outcomes are decided at the conference (seed 002 §4.2): while it runs (the plan is still
  // "announced") or once it is recorded as held.
  const known = typeof planStatus === 'string' && Object.hasOwn(PLAN_STATUS_LABELS, planStatus);
  if (!known || !isPlanInSession(planStatus as PlanStatus)) {
    const planStateLabel = known ? PLAN_STATUS_LABELS[planStatus as PlanStatus] : 'không rõ';
    return domainError('CONFERENCE_NOT_IN_SESSION', {
      ...facts,
      planStatus: asText(planStatus),
      planStateLabel,
    });
  }
  if (isOutcome(field(context, 'conferenceOutcome')))
    return domainError('OUTCOME_ALREADY_RECORDED', { ...facts });
  const outcome = field(context, 'outcome');
  if (!isOutcome(outcome))
    return domainError('OUTCOME_INVALID', { ...facts, allowed: OUTCOME_LIST });
  if (outcome === 'forwarded-upward') return requireCompetence('upper-level')(context, facts);
  return outcome === 'guided-to-other-body'
    ? requireCompetence('other-body')(context, facts)
    : null;
};

export const requireResponse: PetitionGuard<'citizen-response'> = (context, facts) => {
  const response = field(context, 'response');
  if (response === 'accepted' || response === 'not-settled') return null;
  return domainError('OUTCOME_INVALID', {
    ...facts,
    allowed: 'đồng ý, chưa được giải quyết thỏa đáng',
  });
};

/**
 * States that keep the plan from closing: the commune still owes an answer or a carry-over.
 * Answered petitions wait for the citizen without blocking; forwarded ones are now owed by the
 * competent level; guided ones by another body.
 */
const KEEPS_PLAN_OPEN = {
  received: true,
  triaged: true,
  assigned: true,
  'answer-drafted': true,
  'answer-approved': true,
  'answered-at-conference': false,
  'awaiting-written-answer': true,
  forwarded: false,
  guided: false,
  answered: false,
  settled: false,
  'not-settled': true,
  'carried-over': false,
  withdrawn: false,
} as const satisfies Record<PetitionStatus, boolean>;

/**
 * Counts the petitions that keep a plan open: the plan's `close` payload.
 *
 * @example countPetitionsKeepingPlanOpen(['settled', 'not-settled', 'carried-over']) // 1
 */
export function countPetitionsKeepingPlanOpen(statuses: readonly PetitionStatus[]): number {
  return statuses.filter((status) => KEEPS_PLAN_OPEN[status] === true).length;
}
