import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { deadlineState } from './deadline-state.js';

const calendar = createWorkingCalendar(() => []);
const due = '2025-12-19'; // Friday

describe('deadlineState', () => {
  it.each([
    ['2025-12-08', 'upcoming', 9],
    ['2025-12-16', 'due-soon', 3],
    ['2025-12-18', 'due-soon', 1],
    ['2025-12-19', 'due-today', 0],
  ] as const)('an open item on %s is %s with %i working days left', (today, state, left) => {
    expect(deadlineState(calendar, { dueDate: due }, today)).toMatchObject({
      state,
      workingDaysLeft: left,
    });
  });

  it('is overdue the day after, even on a weekend, and long overdue past ten working days', () => {
    expect(deadlineState(calendar, { dueDate: due }, '2025-12-20')).toMatchObject({
      state: 'overdue',
      workingDaysLate: 0,
    });
    expect(deadlineState(calendar, { dueDate: due }, '2026-01-02')).toMatchObject({
      state: 'overdue',
      workingDaysLate: 10,
    });
    expect(deadlineState(calendar, { dueDate: due }, '2026-01-05')).toMatchObject({
      state: 'long-overdue',
      workingDaysLate: 11,
    });
  });

  it('keeps lateness when the obligation is met late', () => {
    expect(
      deadlineState(calendar, { dueDate: due, metOn: '2025-12-23' }, '2026-02-01'),
    ).toMatchObject({
      state: 'met-late',
      workingDaysLate: 2,
    });
    expect(deadlineState(calendar, { dueDate: due, metOn: '2025-12-19' }, '2026-02-01').state).toBe(
      'met-on-time',
    );
  });

  it('shows an extension as extended while it is not yet urgent, then counts against the new date', () => {
    const extended = { dueDate: due, extension: { newDueDate: '2026-01-16' } };
    expect(deadlineState(calendar, extended, '2025-12-22')).toMatchObject({
      state: 'extended',
      originalDueDate: due,
      effectiveDueDate: '2026-01-16',
      extended: true,
    });
    expect(deadlineState(calendar, extended, '2026-01-14').state).toBe('due-soon');
    expect(deadlineState(calendar, extended, '2026-01-19').state).toBe('overdue');
    expect(deadlineState(calendar, { ...extended, metOn: '2026-01-10' }, '2026-01-19').state).toBe(
      'met-on-time',
    );
  });

  it('accepts thresholds as data', () => {
    const result = deadlineState(calendar, { dueDate: due }, '2025-12-08', {
      dueSoonWorkingDays: 10,
      longOverdueWorkingDays: 30,
    });
    expect(result.state).toBe('due-soon');
  });
});
