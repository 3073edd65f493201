import { describe, expect, it } from 'vitest';
import { BOARD_BUCKET_LABELS, BOARD_BUCKETS, boardBucket, weekOf } from './deadline-board.js';

describe('the deadline board’s week and columns', () => {
  it('a week runs Monday to Sunday, whatever day it is asked on', () => {
    expect(weekOf('2026-01-19')).toEqual({ from: '2026-01-19', to: '2026-01-25' });
    expect(weekOf('2026-01-25')).toEqual({ from: '2026-01-19', to: '2026-01-25' });
    expect(weekOf('2026-01-21')).toEqual({ from: '2026-01-19', to: '2026-01-25' });
  });

  it('puts late items by the domain’s state, open ones due by Sunday in this week, and leaves met ones out', () => {
    const today = '2026-01-19';
    expect(boardBucket({ state: 'long-overdue', effectiveDueDate: '2025-12-31' }, today)).toBe(
      'long-overdue',
    );
    expect(boardBucket({ state: 'overdue', effectiveDueDate: '2026-01-16' }, today)).toBe(
      'overdue',
    );
    expect(boardBucket({ state: 'extended', effectiveDueDate: '2026-01-25' }, today)).toBe(
      'due-this-week',
    );
    expect(boardBucket({ state: 'upcoming', effectiveDueDate: '2026-01-26' }, today)).toBeNull();
    expect(boardBucket({ state: 'met-late', effectiveDueDate: '2026-01-16' }, today)).toBeNull();
    expect(boardBucket(null, today)).toBeNull();
  });

  it('labels every column in Vietnamese', () => {
    for (const bucket of BOARD_BUCKETS) expect(BOARD_BUCKET_LABELS[bucket]).toMatch(/\S/);
  });
});
