import { describe, expect, it } from 'vitest';
import { PETITION_STATUSES_NEEDING_ACTION } from './petition.status.js';

describe('PETITION_STATUSES_NEEDING_ACTION', () => {
  it('keeps what the commune still owes: a new registration, a draft, an answer sent but not yet accepted', () => {
    for (const status of ['received', 'answer-drafted', 'answered', 'not-settled'] as const)
      expect(PETITION_STATUSES_NEEDING_ACTION).toContain(status);
  });

  it('leaves out what is settled, withdrawn, in another body’s hands or carried over', () => {
    for (const status of ['settled', 'withdrawn', 'forwarded', 'guided', 'carried-over'] as const)
      expect(PETITION_STATUSES_NEEDING_ACTION).not.toContain(status);
  });
});
