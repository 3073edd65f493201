import type { IsoDate } from '../calendar/civil-date.js';
import { isLateRegistration } from '../deadlines/answer-deadline.js';
import type { ScheduleEntry } from '../deadlines/schedule.js';
import type { PetitionChannel } from './petition.schema.js';

/**
 * Whether a petition is a late registration. One raised in person at the conference is not a
 * registration at all (seed 004 §II.3 lists it as its own channel), so it is never late; every
 * other channel is late after the cut-off — kept and flagged, never refused (docs/domain.md §3).
 *
 * @example isLatePetition({ channel: 'raised-at-conference', receivedOn: '2025-12-10' }, schedule) // false
 */
export function isLatePetition(
  petition: { channel: PetitionChannel; receivedOn: IsoDate },
  schedule: readonly ScheduleEntry[],
): boolean {
  if (petition.channel === 'raised-at-conference') return false;
  return isLateRegistration(petition.receivedOn, schedule);
}
