import type { PetitionRecord } from '@doithoai/db';
import {
  deadlineState,
  type DeadlineStatus,
  type IsoDate,
  type WorkingCalendar,
} from '@doithoai/domain';

/** A petition as the API returns it: the stored record plus its written-answer deadline. */
export type PetitionView = PetitionRecord & {
  /** The written-answer deadline (answer in writing after the conference), when there is one. */
  deadline: DeadlineStatus | null;
};

/**
 * Deadline states already computed, per calendar (a reloaded calendar — the holidays changed —
 * starts afresh) and per (today, due date, date met). A dialogue's petitions share their
 * written-answer due date (it follows from the dialogue date and the complexity), so a page of
 * 50 rows needs a few computations, not 50 (tooling/bench `list-computed-deadlines/stored`).
 * The states are frozen: rows share them. Bounded: cleared past 5,000 entries.
 */
const computedStates = new WeakMap<WorkingCalendar, Map<string, DeadlineStatus>>();

function answerDeadline(
  calendar: WorkingCalendar,
  dueDate: IsoDate,
  metOn: IsoDate | null,
  today: IsoDate,
): DeadlineStatus {
  let states = computedStates.get(calendar);
  if (!states) computedStates.set(calendar, (states = new Map<string, DeadlineStatus>()));
  const key = `${today}|${dueDate}|${metOn ?? ''}`;
  let state = states.get(key);
  if (!state) {
    if (states.size >= 5000) states.clear();
    state = Object.freeze(deadlineState(calendar, { dueDate, metOn }, today));
    states.set(key, state);
  }
  return state;
}

/**
 * A petition for output, with the deadline state computed with the working calendar (pure: the
 * calendar is loaded once per request by the caller).
 *
 * @example toPetitionView(petition, calendar, ctx.today).deadline?.state // 'due-soon'
 */
export function toPetitionView(
  record: PetitionRecord,
  calendar: WorkingCalendar,
  today: IsoDate,
): PetitionView {
  const deadline = record.answerDueOn
    ? answerDeadline(calendar, record.answerDueOn, record.answeredOn, today)
    : null;
  return { ...record, deadline };
}
