import type { PetitionStatus } from './petition.status.js';

/**
 * Petitions still measured against their answer date: every state but the two that leave the
 * plan's follow-up — withdrawn by the citizen, or carried over to the next dialogue (its history
 * stays; the next plan tracks it). A settled or answered petition stays tracked so the board can
 * say whether its date was met on time.
 */
export const PETITION_TRACKED = {
  received: true,
  triaged: true,
  assigned: true,
  'answer-drafted': true,
  'answer-approved': true,
  'answered-at-conference': true,
  'awaiting-written-answer': true,
  forwarded: true,
  guided: true,
  answered: true,
  settled: true,
  'not-settled': true,
  'carried-over': false,
  withdrawn: false,
} as const satisfies Record<PetitionStatus, boolean>;

/** @example isPetitionTracked('withdrawn') // false */
export function isPetitionTracked(status: PetitionStatus): boolean {
  return PETITION_TRACKED[status];
}
