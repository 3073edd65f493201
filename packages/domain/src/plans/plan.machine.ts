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
import { issuerHeadRoles, OFFICE_ROLES as OFFICES } from '../workflow/roles.js';
import {
  requireCompletePlan,
  requireDate,
  requireNoOpenPetition,
  requireNumber,
  requireSigner,
  type PlanEvent,
  type PlanPayloads,
  type PlanScope,
} from './plan.machine.rules.js';
import { PLAN_STATUS_LABELS, type PlanStatus } from './plan.status.js';

/*
 * The plan (Kế hoạch) workflow as a table, docs/domain.md "The lifecycle" §1: draft → submitted →
 * approved (numbered, signed) or returned with comments → announced → held → concluded →
 * closed; postponed or cancelled with a reason. Payloads and preconditions: `plan.machine.rules.ts`.
 */

/**
 * The head of the issuer (Bí thư for a Party plan, Chủ tịch UBND for a government one) approves,
 * returns, postpones, reschedules, cancels and concludes; the offices draft, announce and hold.
 * The Front co-chairs some dialogues (seed 001) but never changes a plan; a department never
 * approves.
 */
const head = (scope: PlanScope) => issuerHeadRoles(scope?.issuerKind);

/** Closed and cancelled end the lifecycle: nothing leaves them (a new plan is a new record). */
const PLAN_STATES = stateTable(PLAN_STATUS_LABELS, ['closed', 'cancelled']);

export const PLAN_MACHINE = {
  name: 'plan',
  subject: 'kế hoạch',
  states: PLAN_STATES,
  exitsFromFinal: [],
  events: {
    submit: {
      label: 'trình duyệt',
      from: ['draft', 'returned'],
      to: 'submitted',
      roles: OFFICES,
      guards: [requireCompletePlan],
    },
    return: {
      label: 'trả lại để chỉnh sửa',
      from: ['submitted'],
      to: 'returned',
      roles: head,
      guards: [requireText('comment', 'COMMENT_REQUIRED')],
    },
    approve: {
      label: 'phê duyệt',
      from: ['submitted'],
      to: 'approved',
      roles: head,
      guards: [requireNumber, requireSigner],
    },
    announce: {
      label: 'thông báo công khai',
      from: ['approved'],
      to: 'announced',
      roles: OFFICES,
      guards: [requireDate('dialogueDate')],
    },
    postpone: {
      label: 'tạm hoãn',
      from: ['approved', 'announced'],
      to: 'postponed',
      roles: head,
      guards: [requireText('reason', 'REASON_REQUIRED')],
    },
    // Back to approved, not announced: the new date needs a new notice ≥ 7 working days before
    // (seeds 002, 004), and the API recomputes the whole schedule from the new date.
    reschedule: {
      label: 'ấn định lại ngày đối thoại',
      from: ['postponed'],
      to: 'approved',
      roles: head,
      guards: [requireDate('newDialogueDate'), requireText('reason', 'REASON_REQUIRED')],
    },
    hold: {
      label: 'ghi nhận đã tổ chức hội nghị',
      from: ['announced'],
      to: 'held',
      roles: OFFICES,
    },
    // Seed 002 §4.2: "Người chủ trì kết luận những nội dung đối thoại".
    conclude: {
      label: 'ban hành kết luận',
      from: ['held'],
      to: 'concluded',
      roles: head,
    },
    close: {
      label: 'kết thúc',
      from: ['concluded'],
      to: 'closed',
      roles: (scope) => [...OFFICES, ...head(scope)],
      guards: [requireNoOpenPetition],
    },
    // Once held, a dialogue happened: it is concluded and closed, never cancelled.
    cancel: {
      label: 'hủy',
      from: ['draft', 'submitted', 'returned', 'approved', 'announced', 'postponed'],
      to: 'cancelled',
      roles: head,
      guards: [requireText('reason', 'REASON_REQUIRED')],
    },
  },
} as const satisfies MachineDefinition<PlanStatus, PlanEvent, PlanPayloads, PlanScope>;

export const planMachine = defineMachine<PlanStatus, PlanEvent, PlanPayloads, PlanScope>(
  PLAN_MACHINE,
);

/**
 * Moves a plan one step, or says in Vietnamese why not. The caller persists `state`.
 *
 * @example
 * transitionPlan('submitted', 'approve', { role: 'party-secretary' },
 *   { issuerKind: 'party-committee', documentNumber: 14,
 *     signer: { name: 'Triệu Tiên Trình', title: 'secretary', authority: 'on-behalf-of-standing-committee' } });
 * // { ok: true, value: { from: 'submitted', event: 'approve', state: 'approved', changed: true } }
 */
export function transitionPlan<E extends PlanEvent>(
  state: PlanStatus,
  event: E,
  actor: Actor,
  context: PlanScope & PlanPayloads[E],
): Result<Transitioned<PlanStatus, E>> {
  return planMachine.transition(state, event, actor, context);
}

/**
 * The events a role may fire on a plan in this state (payload checks aside): the buttons to show.
 *
 * @example availablePlanEvents('submitted', 'party-secretary', { issuerKind: 'party-committee' }) // ['return', 'approve', 'cancel']
 */
export function availablePlanEvents(state: PlanStatus, role: Role, scope: PlanScope): PlanEvent[] {
  return planMachine.availableEvents(state, role, scope);
}
