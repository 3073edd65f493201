import { describe, expect, it } from 'vitest';
import { earlyStart } from './conference-early.js';

describe('earlyStart', () => {
  it('warns four days before the date told to the People, with both dates', () => {
    const warning = earlyStart('2026-12-18', '2026-12-14');
    expect(warning).toMatchObject({ plannedDate: '2026-12-18', daysEarly: 4 });
    expect(warning?.message).toContain('18/12/2026');
    expect(warning?.message).toContain('14/12/2026');
  });

  it('says nothing on the day, after it, or without a fixed date', () => {
    expect(earlyStart('2026-12-18', '2026-12-18')).toBeNull();
    expect(earlyStart('2026-12-18', '2026-12-19')).toBeNull();
    expect(earlyStart(null, '2026-12-14')).toBeNull();
  });
});
