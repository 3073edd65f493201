import { PLAN_MACHINE } from './plan.machine.js';
import { PLAN_STATUSES, type PlanStatus } from './plan.status.js';

/**
 * Where a plan stands relative to its dialogue: the one table the apps and the api read instead
 * of listing statuses themselves. Each status has exactly one phase; the sets below name what a
 * caller means ("shown to citizens as coming", "after the dialogue"…) as unions of phases.
 *
 * - `preparing`: drafted, submitted or returned — inside the offices, not yet approved.
 * - `before`: approved and dated (announced or about to be) — the dialogue is ahead.
 * - `on-hold`: postponed — approved, but its date no longer stands until it is rescheduled
 *   (reschedule goes back to approved, which needs a new notice).
 * - `after`: held or concluded — the dialogue took place; its conclusion and follow-up run.
 * - `closed`: closed — the dialogue took place and its follow-up is complete.
 * - `cancelled`: cancelled — the dialogue will not take place.
 */
export const PLAN_PHASES = [
  'preparing',
  'before',
  'on-hold',
  'after',
  'closed',
  'cancelled',
] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

/** The phases' Vietnamese names (indexed by the label catalogue as `planPhase`). */
export const PLAN_PHASE_LABELS = {
  preparing: 'Đang chuẩn bị kế hoạch',
  before: 'Trước đối thoại',
  'on-hold': 'Tạm hoãn',
  after: 'Sau đối thoại',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
} as const satisfies Record<PlanPhase, string>;

export const PLAN_PHASE = {
  draft: 'preparing',
  submitted: 'preparing',
  returned: 'preparing',
  approved: 'before',
  announced: 'before',
  postponed: 'on-hold',
  held: 'after',
  concluded: 'after',
  closed: 'closed',
  cancelled: 'cancelled',
} as const satisfies Record<PlanStatus, PlanPhase>;

/** @example planPhase('held') // 'after' */
export const planPhase = (status: PlanStatus): PlanPhase => PLAN_PHASE[status];

/**
 * The statuses in some phases, in lifecycle order.
 *
 * @example planStatusesIn('after', 'closed') // ['held', 'concluded', 'closed']
 */
export function planStatusesIn(...phases: readonly PlanPhase[]): readonly PlanStatus[] {
  return PLAN_STATUSES.filter((status) => phases.includes(PLAN_PHASE[status]));
}

/**
 * Approved and the dialogue still ahead, postponed included: the Front collects and forwards
 * the registrations (`collection.forward`), and its collection page offers these plans first.
 * A postponed dialogue still happens, so what was registered for it keeps moving.
 */
export const PLAN_STATUSES_BEFORE_DIALOGUE = planStatusesIn('before', 'on-hold');

/**
 * The dialogue took place (held, concluded, closed): the follow-up pages, the monthly progress
 * report, the Front's supervision and the public results are about these plans.
 */
export const PLAN_STATUSES_AFTER_DIALOGUE = planStatusesIn('after', 'closed');

/**
 * Shown to citizens as coming, and open for their registration: approved with a date that
 * stands. A postponed plan is not (its date no longer stands); it comes back when rescheduled.
 */
export const PLAN_STATUSES_COMING = planStatusesIn('before');

/** Everything the public pages show: the coming dialogues and the results of the held ones. */
export const PLAN_STATUSES_PUBLIC = [...PLAN_STATUSES_COMING, ...PLAN_STATUSES_AFTER_DIALOGUE];

/**
 * The dashboard's upcoming dialogues: still ahead, whether in preparation or approved and dated.
 * A postponed one has no date standing to show, a cancelled one never comes.
 */
export const PLAN_STATUSES_AHEAD = planStatusesIn('preparing', 'before');

/**
 * The conference (its session, minutes and outcomes) runs around the `hold` event of the plan
 * machine: from the status `hold` leaves (announced, on the day) to the one it leads to (held,
 * while the secretariat completes the record). It straddles the "before"/"after" boundary, so
 * it is read from the machine rather than from a phase.
 */
export const PLAN_STATUSES_IN_SESSION: readonly PlanStatus[] = [
  ...PLAN_MACHINE.events.hold.from,
  PLAN_MACHINE.events.hold.to,
];

const member =
  (statuses: readonly PlanStatus[]) =>
  (status: PlanStatus): boolean =>
    statuses.includes(status);

/** @example isPlanBeforeDialogue('postponed') // true */
export const isPlanBeforeDialogue = member(PLAN_STATUSES_BEFORE_DIALOGUE);
/** @example isPlanAfterDialogue('closed') // true */
export const isPlanAfterDialogue = member(PLAN_STATUSES_AFTER_DIALOGUE);
/** @example isPlanComing('postponed') // false */
export const isPlanComing = member(PLAN_STATUSES_COMING);
/** @example isPlanPublic('draft') // false */
export const isPlanPublic = member(PLAN_STATUSES_PUBLIC);
/** @example isPlanInSession('held') // true */
export const isPlanInSession = member(PLAN_STATUSES_IN_SESSION);
