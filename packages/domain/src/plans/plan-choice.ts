import type { IsoDate } from '../calendar/civil-date.js';
import { planPhase } from './plan-phase.js';
import type { PlanStatus } from './plan.status.js';

/** What these rules read of a plan (a list row or a plan record both fit). */
export interface PlanOnList {
  status: PlanStatus;
  year: number;
  dialogueDate?: IsoDate | null;
  windowTo?: IsoDate | null;
}

/**
 * The last day the plan's dialogue could take place: its date, else the end of its window.
 *
 * @example lastDialogueDay({ status: 'draft', year: 2025, windowTo: '2025-08-31' }) // '2025-08-31'
 */
export function lastDialogueDay(plan: PlanOnList): IsoDate | null {
  return plan.dialogueDate ?? plan.windowTo ?? null;
}

/**
 * Issue 18: a plan still being prepared (drafted, submitted, returned) whose dialogue date — or
 * its whole window — is already behind `today`. Approving it as it stands would announce a
 * dialogue in the past (the People must be told before it), so the
 * approval queue and the plan page warn and point to "Đổi ngày đối thoại" or to returning it.
 *
 * @example planDatePassed({ status: 'submitted', year: 2025, dialogueDate: '2025-08-20' }, '2025-11-20') // true
 */
export function planDatePassed(plan: PlanOnList, today: IsoDate): boolean {
  const last = lastDialogueDay(plan);
  return planPhase(plan.status) === 'preparing' && last !== null && last < today;
}

/** Approved at some point: what the office may take as last year's model. */
const wasIssued = (plan: PlanOnList) =>
  !['preparing', 'cancelled'].includes(planPhase(plan.status));

/**
 * The plan "Sao chép kế hoạch năm trước" offers first for a new plan of `year`: the plan issued
 * for the year before; else the latest issued before `year`; else the latest plan before `year`;
 * else the latest of all. A draft of a later year (the office's own 2027 draft) is never
 * preferred over what was actually issued.
 *
 * @example defaultCopySource([{ status: 'draft', year: 2027 }, { status: 'closed', year: 2025 }], 2026) // the 2025 plan
 */
export function defaultCopySource<T extends PlanOnList>(
  plans: readonly T[],
  year: number,
): T | undefined {
  const latest = (list: readonly T[]) =>
    [...list].sort((a, b) => b.year - a.year || Number(wasIssued(b)) - Number(wasIssued(a)))[0];
  const before = plans.filter((plan) => plan.year < year);
  return (
    latest(before.filter((plan) => plan.year === year - 1 && wasIssued(plan))) ??
    latest(before.filter(wasIssued)) ??
    latest(before) ??
    latest(plans)
  );
}
