import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/civil-date.js';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { DEADLINE_FILTERS, dueDateRangeFor, type DueDateRange } from './deadline-range.js';
import { deadlineState } from './deadline-state.js';

const calendar = createVietnamWorkingCalendar();
const within = (date: string, range: DueDateRange) =>
  (range.onOrAfter === undefined || date >= range.onOrAfter) &&
  (range.before === undefined || date < range.before);

describe('dueDateRangeFor', () => {
  it('gives the due dates that are due soon on a Monday: up to three working days ahead', () => {
    expect(dueDateRangeFor(calendar, '2025-12-15', 'due-soon')).toEqual({
      onOrAfter: '2025-12-16',
      before: '2025-12-19',
    });
  });

  it('stretches over a weekend and Tết, as the working calendar does', () => {
    // Friday 13/02/2026: Tết Bính Ngọ closes the offices from 16/02 to 20/02.
    const range = dueDateRangeFor(calendar, '2026-02-13', 'due-soon');
    expect(range.before).toBe('2026-02-26');
  });

  it('agrees with deadlineState for every due date around many days, Tết included', () => {
    const disagreements: string[] = [];
    for (let t = 0; t < 60; t += 1) {
      const today = addDays('2026-01-20', t);
      for (let d = -20; d <= 25; d += 1) {
        const due = addDays(today, d);
        const state = deadlineState(calendar, { dueDate: due }, today).state;
        for (const filter of DEADLINE_FILTERS) {
          const expected =
            filter === 'overdue'
              ? state === 'overdue' || state === 'long-overdue'
              : state === filter;
          if (within(due, dueDateRangeFor(calendar, today, filter)) !== expected)
            disagreements.push(`${today} ${due} ${filter} (${state})`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
