import type { IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  DEFAULT_DEADLINE_THRESHOLDS,
  deadlineState,
  type DeadlineStatus,
  type DeadlineThresholds,
} from '../deadlines/deadline-state.js';

/** A deadline with its history: the first date, every extension and when it was decided. */
export interface DeadlineHistory {
  originalDueOn: IsoDate;
  /** Oldest first; each moves the date later (ExtensionSchema). */
  extensions: readonly { newDueOn: IsoDate; decidedOn: IsoDate }[];
  metOn?: IsoDate | null;
}

/**
 * The state a deadline was in on `asOf`, as the records stood that day: extensions decided
 * later and a completion after `asOf` are not yet known. A monthly progress report for a past
 * month (seed 004 §IV) is computed this way, so it does not change when later work is recorded.
 *
 * @example
 * deadlineStateAsOf(calendar, { originalDueOn: '2026-01-09', extensions: [{ newDueOn: '2026-01-30', decidedOn: '2026-01-12' }] }, '2026-01-10').state // 'overdue'
 */
export function deadlineStateAsOf(
  calendar: WorkingCalendar,
  history: DeadlineHistory,
  asOf: IsoDate,
  thresholds: DeadlineThresholds = DEFAULT_DEADLINE_THRESHOLDS,
): DeadlineStatus {
  const known = history.extensions.filter((e) => e.decidedOn <= asOf);
  const last = known.at(-1);
  const metOn = history.metOn && history.metOn <= asOf ? history.metOn : null;
  return deadlineState(
    calendar,
    {
      dueDate: history.originalDueOn,
      extension: last ? { newDueDate: last.newDueOn } : null,
      metOn,
    },
    asOf,
    thresholds,
  );
}
