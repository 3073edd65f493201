import { describe, expect, it } from 'vitest';
import { reportMonth } from './month.js';

describe('the month a report opens on', () => {
  it('keeps a month asked for in the address', () => {
    expect(reportMonth('2026-01', new Date('2026-03-02T03:00:00Z'))).toBe('2026-01');
  });

  it('takes the current month in Vietnam otherwise (late on 31/12 UTC is already January there)', () => {
    expect(reportMonth(null, new Date('2025-12-31T18:00:00Z'))).toBe('2026-01');
    expect(reportMonth('2026-13', new Date('2026-03-02T03:00:00Z'))).toBe('2026-03');
  });
});
