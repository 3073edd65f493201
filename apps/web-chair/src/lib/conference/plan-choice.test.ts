import { describe, expect, it } from 'vitest';
import { suggestDialogue, type DialogueOnList } from './plan-choice.js';

const plan = (id: string, dialogueDate: string | null, status = 'announced'): DialogueOnList => ({
  id,
  status: status as DialogueOnList['status'],
  dialogueDate,
  windowFrom: null,
  windowTo: null,
});

describe('the dialogue offered first in conference mode', () => {
  const plans = [
    plan('last-year', '2024-12-12', 'held'),
    plan('cho-moi', '2025-12-10'),
    plan('spring', '2026-03-20'),
    plan('draft', '2025-12-10', 'draft'),
  ];
  it('is the one held today', () => {
    expect(suggestDialogue(plans, '2025-12-10')?.id).toBe('cho-moi');
  });
  it('is the next one before its day, and the latest past one after them all', () => {
    expect(suggestDialogue(plans, '2025-12-05')?.id).toBe('cho-moi');
    expect(suggestDialogue(plans, '2026-05-01')?.id).toBe('spring');
  });
  it('takes a window that includes today (seed 003: a quarter, not a date)', () => {
    const window = { ...plan('vinh-bao', null), windowFrom: '2026-07-01', windowTo: '2026-10-30' };
    expect(suggestDialogue([window], '2026-08-15')?.id).toBe('vinh-bao');
  });
});
