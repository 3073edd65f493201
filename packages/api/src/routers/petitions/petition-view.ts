import { toPetitionRecord, type PetitionRecord, type PetitionRow } from '@doithoai/db';
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
  if (!states) computedStates.set(calendar, (states = new Map()));
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
 * Maps a row for output, computing the deadline state with the working calendar (pure: the
 * calendar is loaded once per request by the caller).
 *
 * @example toPetitionView(row, calendar, ctx.today).deadline?.state // 'due-soon'
 */
export function toPetitionView(
  row: PetitionRow,
  calendar: WorkingCalendar,
  today: IsoDate,
): PetitionView {
  const record = toPetitionRecord(row);
  const deadline = record.answerDueOn
    ? answerDeadline(calendar, record.answerDueOn, record.answeredOn, today)
    : null;
  return { ...record, deadline };
}
