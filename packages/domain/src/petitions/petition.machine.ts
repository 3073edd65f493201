import type { Role } from '../accounts/role.schema.js';
import type { Result } from '../errors/domain-error.js';
import { field, requireNoteOnBehalf, requireText } from '../workflow/guards.js';
import {
  defineMachine,
  stateTable,
  type Actor,
  type MachineDefinition,
  type Transitioned,
} from '../workflow/machine.js';
import {
  dialogueLeaderRoles,
  issuerOfficeRole,
  OFFICE_ROLES as OFFICES,
} from '../workflow/roles.js';
import {
  PETITION_OUTCOME_STATES,
  isOutcome,
  onlyAssignedBody,
  requireCompetence,
  requireConferenceOutcome,
  requireResponse,
  requireTriage,
  type PetitionEvent,
  type PetitionPayloads,
  type PetitionScope,
} from './petition.machine.rules.js';
import {
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  type PetitionStatus,
} from './petition.status.js';

/*
 * The petition (ý kiến, kiến nghị, phản ánh) workflow as a table, docs/domain.md "The lifecycle"
 * §3–6; payloads and preconditions live in `petition.machine.rules.ts`.
 */

/**
 * Leaders decide on petitions: the commune chair always (the government answers), and the
 * Party secretary too when the dialogue is Party-led (seed 000). The offices keep the register.
 */
const leaders = (scope: PetitionScope) => dialogueLeaderRoles(scope?.issuerKind);
const staffRoles = (scope: PetitionScope): readonly Role[] => [...OFFICES, ...leaders(scope)];
/** The leaders approve answers; the issuer's office too, only when the chair delegated it. */
const answerApproverRoles = (scope: PetitionScope): readonly Role[] =>
  scope?.officeMayApproveAnswers === true && leaders(scope).length > 0
    ? [...leaders(scope), issuerOfficeRole(scope.issuerKind)]
    : leaders(scope);

/** Settled and withdrawn end the lifecycle; carried-over is picked up by the next plan's triage. */
const PETITION_STATES = stateTable(PETITION_STATUS_LABELS, ['settled', 'withdrawn']);

const BEFORE_OUTCOME = [
  'triaged',
  'assigned',
  'answer-drafted',
  'answer-approved',
] as const satisfies readonly PetitionStatus[];

export const PETITION_MACHINE = {
  name: 'petition',
  subject: 'kiến nghị',
  states: PETITION_STATES,
  exitsFromFinal: [],
  events: {
    // Re-triage is allowed while nothing is answered (a department may report "not ours"), and a
    // carried-over petition is triaged again on the next dialogue's agenda, keeping its history.
    triage: {
      label: 'phân loại',
      from: ['received', 'triaged', 'assigned', 'carried-over'],
      to: 'triaged',
      roles: staffRoles,
      guards: [requireTriage],
    },
    assign: {
      label: 'giao cơ quan chuẩn bị trả lời',
      from: ['triaged', 'assigned'],
      to: 'assigned',
      roles: staffRoles,
      guards: [
        requireText('assignedOrganisationId', 'ASSIGNEE_REQUIRED'),
        requireCompetence('commune'),
      ],
    },
    'draft-answer': {
      label: 'dự thảo trả lời',
      from: ['assigned', 'awaiting-written-answer'],
      to: 'answer-drafted',
      roles: ['department'],
      guards: [onlyAssignedBody, requireText('answer', 'ANSWER_REQUIRED')],
    },
    'approve-answer': {
      label: 'duyệt nội dung trả lời',
      from: ['answer-drafted'],
      to: 'answer-approved',
      roles: answerApproverRoles,
    },
    'send-back-answer': {
      label: 'trả lại dự thảo trả lời',
      from: ['answer-drafted', 'answer-approved'],
      to: {
        oneOf: ['assigned', 'awaiting-written-answer'],
        pick: (ctx) =>
          field(ctx, 'conferenceOutcome') === 'answer-in-writing'
            ? 'awaiting-written-answer'
            : 'assigned',
      },
      roles: answerApproverRoles,
      guards: [requireText('comment', 'COMMENT_REQUIRED')],
    },
    // Floor petitions enter as received, are triaged and get their outcome in the same session.
    'record-outcome': {
      label: 'ghi nhận kết quả tại hội nghị',
      from: BEFORE_OUTCOME,
      to: {
        oneOf: Object.values(PETITION_OUTCOME_STATES),
        pick: (ctx, from) => {
          const o = field(ctx, 'outcome');
          return isOutcome(o) ? PETITION_OUTCOME_STATES[o] : from;
        },
      },
      roles: staffRoles,
      guards: [requireConferenceOutcome],
    },
    forward: {
      label: 'chuyển cấp có thẩm quyền',
      from: ['triaged', 'assigned', 'awaiting-written-answer'],
      to: 'forwarded',
      roles: staffRoles,
      guards: [requireCompetence('upper-level'), requireText('referredTo', 'RECIPIENT_REQUIRED')],
    },
    guide: {
      label: 'hướng dẫn đến cơ quan khác',
      from: ['triaged', 'assigned', 'awaiting-written-answer'],
      to: 'guided',
      roles: staffRoles,
      guards: [requireCompetence('other-body'), requireText('referredTo', 'RECIPIENT_REQUIRED')],
    },
    // Seed 002 §4.3: the assigned body answers in writing itself; the office records it, or records
    // the competent level's reply to a forwarded petition.
    'record-written-answer': {
      label: 'ghi nhận đã trả lời bằng văn bản',
      from: ['answer-approved', 'forwarded'],
      to: 'answered',
      roles: [...OFFICES, 'department'],
      guards: [onlyAssignedBody, requireText('answerDocument', 'ANSWER_REQUIRED')],
    },
    'citizen-response': {
      label: 'ghi nhận ý kiến của công dân',
      from: ['answered-at-conference', 'answered', 'guided'],
      to: {
        oneOf: ['settled', 'not-settled'],
        pick: (ctx) => (field(ctx, 'response') === 'accepted' ? 'settled' : 'not-settled'),
      },
      roles: ['citizen', ...OFFICES],
      guards: [requireResponse, requireNoteOnBehalf()],
    },
    // docs/domain.md §6: what stays unresolved carries over to the next dialogue, never silently
    // closed.
    'carry-over': {
      label: 'chuyển sang kỳ đối thoại sau',
      from: ['not-settled', 'awaiting-written-answer', 'forwarded'],
      to: 'carried-over',
      roles: OFFICES,
      guards: [
        requireText('reason', 'REASON_REQUIRED'),
        requireText('nextPlanId', 'NEXT_PLAN_REQUIRED'),
      ],
    },
    withdraw: {
      label: 'rút kiến nghị',
      from: PETITION_STATUSES.filter((s) => s !== 'settled' && s !== 'withdrawn'),
      to: 'withdrawn',
      roles: ['citizen', ...OFFICES],
      guards: [requireText('reason', 'REASON_REQUIRED'), requireNoteOnBehalf()],
    },
  },
} as const satisfies MachineDefinition<
  PetitionStatus,
  PetitionEvent,
  PetitionPayloads,
  PetitionScope
>;

export const petitionMachine = defineMachine<
  PetitionStatus,
  PetitionEvent,
  PetitionPayloads,
  PetitionScope
>(PETITION_MACHINE);

/**
 * Moves a petition one step, or says in Vietnamese why not. The caller persists `state`.
 *
 * @example
 * transitionPetition('triaged', 'assign', { role: 'commune-chair' },
 *   { issuerKind: 'peoples-committee', assignedOrganisationId: 'dept-land', competence: 'commune' });
 * // { ok: true, value: { from: 'triaged', event: 'assign', state: 'assigned', changed: true } }
 */
export function transitionPetition<E extends PetitionEvent>(
  state: PetitionStatus,
  event: E,
  actor: Actor,
  context: PetitionScope & PetitionPayloads[E],
): Result<Transitioned<PetitionStatus, E>> {
  return petitionMachine.transition(state, event, actor, context);
}

/**
 * The events a role may fire on a petition in this state (payload checks aside).
 *
 * @example availablePetitionEvents('answer-drafted', 'commune-chair', { issuerKind: 'peoples-committee' })
 * // ['approve-answer', 'send-back-answer', 'record-outcome']
 */
export function availablePetitionEvents(
  state: PetitionStatus,
  role: Role,
  scope: PetitionScope,
): PetitionEvent[] {
  return petitionMachine.availableEvents(state, role, scope);
}
