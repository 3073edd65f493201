import type { PetitionStatus } from '../petitions/petition.status.js';

/**
 * How a periodic report (Quy định 11-QĐi/TW) counts a petition by its state: settled (answered
 * at the conference or in writing, forwarded to the competent level, guided to the right body —
 * the commune's part is done), outstanding (still owed, or the citizen said the answer does not
 * settle it, or carried over to the next dialogue), or withdrawn (counted as received only).
 */
export type PetitionReportGroup = 'settled' | 'outstanding' | 'withdrawn';

export const PETITION_REPORT_GROUPS = {
  received: 'outstanding',
  triaged: 'outstanding',
  assigned: 'outstanding',
  'answer-drafted': 'outstanding',
  'answer-approved': 'outstanding',
  'answered-at-conference': 'settled',
  'awaiting-written-answer': 'outstanding',
  forwarded: 'settled',
  guided: 'settled',
  answered: 'settled',
  settled: 'settled',
  'not-settled': 'outstanding',
  'carried-over': 'outstanding',
  withdrawn: 'withdrawn',
} as const satisfies Record<PetitionStatus, PetitionReportGroup>;

/**
 * The petition states a report counts in a group, for a query's `in (…)`.
 *
 * @example petitionStatusesIn('withdrawn') // ['withdrawn']
 */
export function petitionStatusesIn(group: PetitionReportGroup): PetitionStatus[] {
  return (Object.keys(PETITION_REPORT_GROUPS) as PetitionStatus[]).filter(
    (status) => PETITION_REPORT_GROUPS[status] === group,
  );
}
