import { describe, expect, it } from 'vitest';
import { isPetitionTracked, PETITION_TRACKED } from './petition-tracking.js';
import { PETITION_STATUSES } from './petition.status.js';

describe('which petitions are still tracked against their answer date', () => {
  it('says it for every petition status', () => {
    expect(Object.keys(PETITION_TRACKED).sort()).toEqual([...PETITION_STATUSES].sort());
  });

  it('stops tracking only a withdrawn or carried-over petition', () => {
    expect(PETITION_STATUSES.filter((s) => !isPetitionTracked(s))).toEqual([
      'carried-over',
      'withdrawn',
    ]);
  });
});
