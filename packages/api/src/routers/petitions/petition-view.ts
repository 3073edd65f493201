import type { PetitionRecord } from '@doithoai/db';
import {
  deadlineState,
  type DeadlineStatus,
  type IsoDate,
  type Role,
  type WorkingCalendar,
} from '@doithoai/domain';
import { readsCitizenContact } from '../../access.js';

/** How to reach the petitioner: only for the roles that answer them (`CITIZEN_CONTACT_READERS`). */
type ContactFields = 'phone' | 'address' | 'consents';

/**
 * A petition as the API returns it: the stored record plus its written-answer deadline. The
 * phone, the address and the consents are absent (not blank) for a reader who does not answer
 * the citizen — the Front, the province, a village (issue 17).
 */
export type PetitionView = Omit<PetitionRecord, ContactFields> &
  Partial<Pick<PetitionRecord, ContactFields>> & {
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
 * The record as `reader` may read it: without the phone, the address and the consents unless
 * the reader answers the citizen (`readsCitizenContact`, the one rule in access.ts).
 *
 * @example petitionForReader(record, { role: 'front-officer' }).phone // undefined
 */
export function petitionForReader(
  record: PetitionRecord,
  reader: { role: Role },
): Omit<PetitionRecord, ContactFields> & Partial<Pick<PetitionRecord, ContactFields>> {
  if (readsCitizenContact(reader.role)) return record;
  const { phone: _phone, address: _address, consents: _consents, ...rest } = record;
  return rest;
}

/**
 * A petition for output to `reader`, with the deadline state computed with the working calendar
 * (pure: the calendar is loaded once per request by the caller).
 *
 * @example toPetitionView(petition, calendar, ctx.today, ctx.user).deadline?.state // 'due-soon'
 */
export function toPetitionView(
  record: PetitionRecord,
  calendar: WorkingCalendar,
  today: IsoDate,
  reader: { role: Role },
): PetitionView {
  const deadline = record.answerDueOn
    ? answerDeadline(calendar, record.answerDueOn, record.answeredOn, today)
    : null;
  return { ...petitionForReader(record, reader), deadline };
}
