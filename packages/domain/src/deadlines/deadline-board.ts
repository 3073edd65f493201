import { addDays, dayOfWeek, type IsoDate } from '../calendar/civil-date.js';
import type { DeadlineStatus } from './deadline-state.js';

/**
 * The deadline board (Hạn xử lý): what is long overdue, overdue and due this week. The policy is
 * here; the api only gathers the items and groups each column by responsible body.
 */

/** The board's three columns, in the order the screen shows them. */
export const BOARD_BUCKETS = ['long-overdue', 'overdue', 'due-this-week'] as const;
export type BoardBucket = (typeof BOARD_BUCKETS)[number];

/** The columns' headings (UI text, kept beside the columns they name). */
export const BOARD_BUCKET_LABELS = {
  'long-overdue': 'Quá hạn lâu',
  overdue: 'Quá hạn',
  'due-this-week': 'Đến hạn trong tuần này',
} as const satisfies Record<BoardBucket, string>;

/**
 * The calendar week (Monday to Sunday) holding `today`: "this week" as an office plans it.
 *
 * @example weekOf('2026-01-21') // { from: '2026-01-19', to: '2026-01-25' }
 */
export function weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const sinceMonday = (dayOfWeek(today) + 6) % 7;
  const from = addDays(today, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/**
 * Which column of the board a deadline belongs in today, or null (met, or due after this week).
 * Overdue and long overdue are the domain's states; "this week" is not yet late and due by Sunday.
 *
 * @example boardBucket({ state: 'due-soon', effectiveDueDate: '2026-01-21' }, '2026-01-19') // 'due-this-week'
 */
export function boardBucket(
  deadline: Pick<DeadlineStatus, 'state' | 'effectiveDueDate'> | null,
  today: IsoDate,
): BoardBucket | null {
  if (!deadline) return null;
  if (deadline.state === 'long-overdue' || deadline.state === 'overdue') return deadline.state;
  if (deadline.state === 'met-on-time' || deadline.state === 'met-late') return null;
  return deadline.effectiveDueDate <= weekOf(today).to ? 'due-this-week' : null;
}
