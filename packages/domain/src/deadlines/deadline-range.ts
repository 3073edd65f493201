import { addDays, type IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { DEFAULT_DEADLINE_THRESHOLDS, type DeadlineThresholds } from './deadline-state.js';

/** The states of an open deadline a list can filter on. */
export const DEADLINE_FILTERS = ['due-soon', 'due-today', 'overdue'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** Due dates `onOrAfter` ≤ due < `before`; a missing bound is open. */
export interface DueDateRange {
  onOrAfter?: IsoDate;
  before?: IsoDate;
}

/**
 * The due dates an open item must have to be in `state` today — the same answer as
 * `deadlineState`, turned around so a list can filter stored due dates in SQL with two dates
 * computed once, instead of computing the state of every row. `overdue` covers long overdue.
 * "Due soon" is at most N working days left: the due date falls before the (N+1)th working day
 * after today.
 *
 * @example
 * dueDateRangeFor(calendar, '2025-12-15', 'due-soon') // { onOrAfter: '2025-12-16', before: '2025-12-19' }
 */
export function dueDateRangeFor(
  calendar: WorkingCalendar,
  today: IsoDate,
  state: DeadlineFilter,
  thresholds: DeadlineThresholds = DEFAULT_DEADLINE_THRESHOLDS,
): DueDateRange {
  switch (state) {
    case 'due-today':
      return { onOrAfter: today, before: addDays(today, 1) };
    case 'overdue':
      return { before: today };
    case 'due-soon':
      return {
        onOrAfter: addDays(today, 1),
        before: addWorkingDays(calendar, today, thresholds.dueSoonWorkingDays + 1).date,
      };
  }
}
