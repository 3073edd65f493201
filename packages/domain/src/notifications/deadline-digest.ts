import { formatVietnameseDate, type IsoDate } from '../calendar/civil-date.js';
import { DEADLINE_STATE_LABELS, type DeadlineStatus } from '../deadlines/deadline-state.js';

/**
 * The reminders of the deadline engine (seed 000: "theo dõi, kiểm tra, đôn đốc"): due within 3
 * working days, due today, overdue, long overdue — the engine's own states, in the order a body
 * should act on them. One digest per body per day, never one message per item.
 */
export const REMINDER_STATES = ['long-overdue', 'overdue', 'due-today', 'due-soon'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export interface ReminderItem {
  organisationId: string;
  organisationName: string;
  /** What is due, as the body reads it: "Kiến nghị ST-7K2M9Q", "Nhiệm vụ: Đo đạc lại ranh giới". */
  label: string;
  /** Where the body opens it (a path of its app). */
  link: string;
  deadline: Pick<
    DeadlineStatus,
    'state' | 'effectiveDueDate' | 'workingDaysLeft' | 'workingDaysLate'
  >;
}

export interface DeadlineDigest {
  organisationId: string;
  organisationName: string;
  /** The outbox's event id: one digest per body per day, however often it is computed. */
  eventId: string;
  counts: Record<ReminderState, number>;
  items: (ReminderItem & { state: ReminderState })[];
  params: { bodyName: string; date: string; summary: string; items: string };
}

const isReminder = (state: string): state is ReminderState =>
  (REMINDER_STATES as readonly string[]).includes(state);

function itemLine(item: ReminderItem & { state: ReminderState }): string {
  const due = formatVietnameseDate(item.deadline.effectiveDueDate);
  const when =
    item.state === 'due-soon'
      ? `hạn ${due}, còn ${item.deadline.workingDaysLeft ?? 0} ngày làm việc`
      : item.state === 'due-today'
        ? `hạn hôm nay ${due}`
        : `hạn ${due}, quá ${item.deadline.workingDaysLate} ngày làm việc`;
  return `- [${DEADLINE_STATE_LABELS[item.state]}] ${item.label} (${when})`;
}

/**
 * Groups the day's reminder items by body: a body with nothing due gets no digest; within one,
 * the items run from the longest overdue to the latest due.
 *
 * @example buildDeadlineDigests(items, '2026-01-09').map((d) => d.organisationName) // ['Phòng Kinh tế', 'Công an xã']
 */
export function buildDeadlineDigests(
  items: readonly ReminderItem[],
  today: IsoDate,
): DeadlineDigest[] {
  const byBody = new Map<string, DeadlineDigest>();
  for (const item of items) {
    const state = item.deadline.state;
    if (!isReminder(state)) continue;
    let digest = byBody.get(item.organisationId);
    if (!digest) {
      digest = {
        organisationId: item.organisationId,
        organisationName: item.organisationName,
        eventId: `deadline-digest:${item.organisationId}:${today}`,
        counts: { 'long-overdue': 0, overdue: 0, 'due-today': 0, 'due-soon': 0 },
        items: [],
        params: { bodyName: item.organisationName, date: '', summary: '', items: '' },
      };
      byBody.set(item.organisationId, digest);
    }
    digest.counts[state] += 1;
    digest.items.push({ ...item, state });
  }
  const order = (s: ReminderState) => REMINDER_STATES.indexOf(s);
  return [...byBody.values()].map((digest) => {
    digest.items.sort(
      (a, b) =>
        order(a.state) - order(b.state) ||
        a.deadline.effectiveDueDate.localeCompare(b.deadline.effectiveDueDate) ||
        a.label.localeCompare(b.label, 'vi'),
    );
    const summary = REMINDER_STATES.filter((s) => digest.counts[s] > 0)
      .map((s) => `${digest.counts[s]} ${DEADLINE_STATE_LABELS[s].toLowerCase()}`)
      .join(', ');
    digest.params = {
      bodyName: digest.organisationName,
      date: formatVietnameseDate(today),
      summary,
      items: digest.items.map(itemLine).join('\n'),
    };
    return digest;
  });
}
