import { describe, expect, it } from 'vitest';
import { isEscalatable, itemKey, targetOf } from './target.js';

describe('a board line as the target of a finding', () => {
  it('is its task when it has one, else its petition', () => {
    expect(targetOf({ taskId: 't1', petitionId: 'p1' })).toEqual({ kind: 'task', taskId: 't1' });
    expect(targetOf({ taskId: null, petitionId: 'p1' })).toEqual({
      kind: 'petition',
      petitionId: 'p1',
    });
    expect(itemKey({ taskId: null, petitionId: 'p1' })).toBe('petition:p1');
  });

  it('offers escalation only for what is overdue', () => {
    expect(isEscalatable('long-overdue')).toBe(true);
    expect(isEscalatable('due-soon')).toBe(false);
    expect(isEscalatable(null)).toBe(false);
  });
});
