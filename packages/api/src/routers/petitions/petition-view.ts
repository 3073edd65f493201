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
    ? deadlineState(calendar, { dueDate: record.answerDueOn, metOn: record.answeredOn }, today)
    : null;
  return { ...record, deadline };
}
