import type { Role } from '../accounts/role.schema.js';
import type { Result } from '../errors/domain-error.js';
import { requireText } from '../workflow/guards.js';
import {
  defineMachine,
  stateTable,
  type Actor,
  type MachineDefinition,
  type Transitioned,
} from '../workflow/machine.js';
import { dialogueLeaderRoles, OFFICE_ROLES as OFFICES } from '../workflow/roles.js';
import {
  notTheResponsibleBody,
  onlyResponsibleBody,
  requireCitizenNotice,
  requireLaterDueDate,
  type FollowUpEvent,
  type FollowUpPayloads,
  type FollowUpScope,
} from './follow-up.machine.rules.js';
import { FOLLOW_UP_STATUS_LABELS, type FollowUpStatus } from './follow-up.status.js';

/**
 * The follow-up task workflow as a table (docs/domain.md "The lifecycle" §6: follow-up tasks with
 * deadlines, Front supervision and its findings). The deadline state (due soon, overdue,
 * extended…) is computed in `deadlines/`, not here. The Front fires no event: it records
 * findings elsewhere, and an office or leader reopens the task on the strength of one.
 */
const FOLLOW_UP_STATES = stateTable(FOLLOW_UP_STATUS_LABELS, ['verified', 'cancelled']);

/** Bodies that carry out tasks: departments, police, military, the service centre — or an office. */
const DOERS = ['department', ...OFFICES] as const satisfies readonly Role[];
/** The offices follow up ("theo dõi, đôn đốc", seed 002 §4.3) with the dialogue's leaders. */
const managers = (scope: FollowUpScope): readonly Role[] => [
  ...OFFICES,
  ...dialogueLeaderRoles(scope?.issuerKind),
];
/** The chair's conclusion notice created the task, so only a leader drops it. */
const leadersOnly = (scope: FollowUpScope) => dialogueLeaderRoles(scope?.issuerKind);

export const FOLLOW_UP_MACHINE = {
  name: 'follow-up',
  subject: 'nhiệm vụ',
  states: FOLLOW_UP_STATES,
  // A verified task can be reopened when the Front's supervision finds it was not really done
  // (seed 002 §III.2: "tổ chức giám sát việc thực hiện kết luận"); cancelled stays cancelled.
  exitsFromFinal: ['reopen'],
  events: {
    // A carried-over task is started again in the next period, with its history.
    start: {
      label: 'bắt đầu thực hiện',
      from: ['open', 'carried-over'],
      to: 'in-progress',
      roles: DOERS,
      guards: [onlyResponsibleBody],
    },
    'report-done': {
      label: 'báo cáo hoàn thành',
      from: ['open', 'in-progress'],
      to: 'reported-done',
      roles: DOERS,
      guards: [onlyResponsibleBody, requireText('report', 'REPORT_REQUIRED')],
    },
    verify: {
      label: 'xác nhận hoàn thành',
      from: ['reported-done'],
      to: 'verified',
      roles: managers,
      guards: [notTheResponsibleBody],
    },
    reopen: {
      label: 'mở lại',
      from: ['reported-done', 'verified'],
      to: 'in-progress',
      roles: managers,
      guards: [requireText('reason', 'REASON_REQUIRED')],
    },
    // A self-transition: the state stays, the due date moves (the deadline shows "extended").
    extend: {
      label: 'gia hạn',
      from: ['open', 'in-progress'],
      to: { oneOf: ['open', 'in-progress'], pick: (_, from) => from },
      roles: managers,
      guards: [requireText('reason', 'REASON_REQUIRED'), requireLaterDueDate, requireCitizenNotice],
    },
    'carry-over': {
      label: 'chuyển sang kỳ sau',
      from: ['open', 'in-progress'],
      to: 'carried-over',
      roles: OFFICES,
      guards: [
        requireText('reason', 'REASON_REQUIRED'),
        requireText('nextPlanId', 'NEXT_PLAN_REQUIRED'),
      ],
    },
    cancel: {
      label: 'hủy',
      from: ['open', 'in-progress', 'reported-done', 'carried-over'],
      to: 'cancelled',
      roles: leadersOnly,
      guards: [requireText('reason', 'REASON_REQUIRED')],
    },
  },
} as const satisfies MachineDefinition<
  FollowUpStatus,
  FollowUpEvent,
  FollowUpPayloads,
  FollowUpScope
>;

export const followUpMachine = defineMachine<
  FollowUpStatus,
  FollowUpEvent,
  FollowUpPayloads,
  FollowUpScope
>(FOLLOW_UP_MACHINE);

/**
 * Moves a follow-up task one step, or says in Vietnamese why not. The caller persists `state`
 * (and, for `extend`, the new due date).
 *
 * @example
 * transitionFollowUp('in-progress', 'extend', { role: 'government-office' }, {
 *   issuerKind: 'peoples-committee', responsibleOrganisationId: 'dept-land', currentDueOn: '2026-01-21',
 *   newDueOn: '2026-02-04', reason: 'Chờ đo đạc lại thửa đất', concernsPetition: true, citizenInformed: true });
 * // { ok: true, value: { from: 'in-progress', event: 'extend', state: 'in-progress', changed: false } }
 */
export function transitionFollowUp<E extends FollowUpEvent>(
  state: FollowUpStatus,
  event: E,
  actor: Actor,
  context: FollowUpScope & FollowUpPayloads[E],
): Result<Transitioned<FollowUpStatus, E>> {
  return followUpMachine.transition(state, event, actor, context);
}

/**
 * The events a role may fire on a task in this state (payload checks aside).
 *
 * @example availableFollowUpEvents('reported-done', 'commune-chair', { issuerKind: 'peoples-committee', responsibleOrganisationId: 'dept-land' }) // ['verify', 'reopen', 'cancel']
 */
export function availableFollowUpEvents(
  state: FollowUpStatus,
  role: Role,
  scope: FollowUpScope,
): FollowUpEvent[] {
  return followUpMachine.availableEvents(state, role, scope);
}
