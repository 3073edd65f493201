import type { IsoDate } from '../calendar/civil-date.js';
import type { PetitionChannel } from '../petitions/petition.schema.js';
import type { PetitionStatus } from '../petitions/petition.status.js';
import type { SpeakingSlot } from './attendance.schema.js';

/** What the speaking order needs to know of each petition of the dialogue. */
export interface SpeakerCandidate {
  petitionId: string;
  speakerName: string;
  channel: PetitionChannel;
  receivedOn: IsoDate;
  /** When it was entered (ISO instant): breaks ties between registrations of the same day. */
  registeredAt: string;
  isLate: boolean;
  wantsToSpeak: boolean;
  status: PetitionStatus;
  /** The conference recorded an outcome for it: the citizen has had their turn. */
  hasOutcome: boolean;
}

/** On-time registrations first, then late ones, then those raised from the floor on the day. */
function queueOf(candidate: SpeakerCandidate): number {
  if (candidate.channel === 'raised-at-conference') return 2;
  return candidate.isLate ? 1 : 0;
}

function compare(a: SpeakerCandidate, b: SpeakerCandidate): number {
  return (
    queueOf(a) - queueOf(b) ||
    a.receivedOn.localeCompare(b.receivedOn) ||
    a.registeredAt.localeCompare(b.registeredAt) ||
    a.petitionId.localeCompare(b.petitionId)
  );
}

/**
 * Who speaks, in which order: citizens who asked to speak, in registration order (seed 002
 * §4.2: "công dân phát biểu ý kiến theo thứ tự, nội dung đã đăng ký"); late registrations and
 * petitions raised on the day are appended (attendance.schema.ts). A withdrawn petition gives up
 * its turn.
 *
 * @example orderSpeakers(candidates).map((slot) => slot.speakerName) // ['Nông Văn Thắng', 'Ma Thị Hoa']
 */
export function orderSpeakers(candidates: readonly SpeakerCandidate[]): SpeakingSlot[] {
  return candidates
    .filter((c) => c.wantsToSpeak && c.status !== 'withdrawn')
    .sort(compare)
    .map((c, index) => ({
      order: index + 1,
      petitionId: c.petitionId,
      speakerName: c.speakerName,
      spoke: c.hasOutcome,
    }));
}
