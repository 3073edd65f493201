import { z } from 'zod';
import { toDayNumber, type IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export const DEADLINE_STATES = [
  'upcoming',
  'due-soon',
  'due-today',
  'overdue',
  'long-overdue',
  'extended',
  'met-on-time',
  'met-late',
] as const;
export const DeadlineStateSchema = z.enum(DEADLINE_STATES, {
  error: 'Trạng thái thời hạn không hợp lệ.',
});
export type DeadlineState = z.infer<typeof DeadlineStateSchema>;

export const DEADLINE_STATE_LABELS = {
  upcoming: 'Còn hạn',
  'due-soon': 'Sắp đến hạn',
  'due-today': 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  'long-overdue': 'Quá hạn lâu',
  extended: 'Đã gia hạn',
  'met-on-time': 'Hoàn thành đúng hạn',
  'met-late': 'Hoàn thành trễ hạn',
} as const satisfies Record<DeadlineState, string>;

/**
 * When an open item counts as "due soon" or "long overdue". These are the system's policy, not a
 * regulation's: a province may set its own.
 */
export interface DeadlineThresholds {
  dueSoonWorkingDays: number;
  longOverdueWorkingDays: number;
}
export const DEFAULT_DEADLINE_THRESHOLDS: DeadlineThresholds = {
  dueSoonWorkingDays: 3,
  longOverdueWorkingDays: 10,
};

export interface DeadlineTracking {
  dueDate: IsoDate;
  /** The day the obligation was met (answer sent, notice issued); lateness is kept, never erased. */
  metOn?: IsoDate | null;
  /** An extension replaces the due date; the original stays visible. */
  extension?: { newDueDate: IsoDate } | null;
}

export interface DeadlineStatus {
  state: DeadlineState;
  originalDueDate: IsoDate;
  effectiveDueDate: IsoDate;
  extended: boolean;
  /** Working days from today to the due date (open, not overdue); 0 when due today. */
  workingDaysLeft: number | null;
  /** Working days past the due date: how late an open item is, or how late it was met. */
  workingDaysLate: number;
}

/** Working days in (from, to]. */
function workingDaysAfterUpTo(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  return calendar.countWorkingDays(toDayNumber(from), toDayNumber(to));
}

/**
 * The state of a deadline as of `today` (docs/domain.md "Deadline states").
 *
 * @example
 * deadlineState(calendar, { dueDate: '2025-12-19' }, '2025-12-17').state // 'due-soon'
 * deadlineState(calendar, { dueDate: '2025-12-19', metOn: '2025-12-22' }, '2026-01-05').state // 'met-late'
 */
export function deadlineState(
  calendar: WorkingCalendar,
  tracking: DeadlineTracking,
  today: IsoDate,
  thresholds: DeadlineThresholds = DEFAULT_DEADLINE_THRESHOLDS,
): DeadlineStatus {
  const originalDueDate = tracking.dueDate;
  const extended = Boolean(tracking.extension);
  const effectiveDueDate = tracking.extension?.newDueDate ?? originalDueDate;
  const base = { originalDueDate, effectiveDueDate, extended };

  if (tracking.metOn) {
    const late = tracking.metOn > effectiveDueDate;
    const workingDaysLate = late
      ? workingDaysAfterUpTo(calendar, effectiveDueDate, tracking.metOn)
      : 0;
    return {
      ...base,
      state: late ? 'met-late' : 'met-on-time',
      workingDaysLeft: null,
      workingDaysLate,
    };
  }
  if (today > effectiveDueDate) {
    const workingDaysLate = workingDaysAfterUpTo(calendar, effectiveDueDate, today);
    const state = workingDaysLate > thresholds.longOverdueWorkingDays ? 'long-overdue' : 'overdue';
    return { ...base, state, workingDaysLeft: null, workingDaysLate };
  }
  if (today === effectiveDueDate)
    return { ...base, state: 'due-today', workingDaysLeft: 0, workingDaysLate: 0 };
  const workingDaysLeft = workingDaysAfterUpTo(calendar, today, effectiveDueDate);
  const state =
    workingDaysLeft <= thresholds.dueSoonWorkingDays
      ? 'due-soon'
      : extended
        ? 'extended'
        : 'upcoming';
  return { ...base, state, workingDaysLeft, workingDaysLate: 0 };
}
