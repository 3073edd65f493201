import { describe, expect, it } from 'vitest';
import { PETITION_STATUSES } from '../petitions/petition.status.js';
import { petitionStatusesIn } from './petition-report-groups.js';

describe('petitionStatusesIn', () => {
  it('puts every petition state in exactly one group', () => {
    const all = [
      ...petitionStatusesIn('settled'),
      ...petitionStatusesIn('outstanding'),
      ...petitionStatusesIn('withdrawn'),
    ];
    expect(all.sort()).toEqual([...PETITION_STATUSES].sort());
  });
  it('keeps what the citizen says is not settled, and what is carried over, outstanding', () => {
    expect(petitionStatusesIn('outstanding')).toEqual(
      expect.arrayContaining(['not-settled', 'carried-over', 'awaiting-written-answer']),
    );
    expect(petitionStatusesIn('settled')).toEqual(
      expect.arrayContaining(['answered-at-conference', 'answered', 'settled', 'forwarded']),
    );
  });
});
