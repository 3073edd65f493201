import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { deadlineStateAsOf } from './deadline-as-of.js';

const calendar = createVietnamWorkingCalendar();
const history = {
  originalDueOn: '2026-01-09',
  extensions: [{ newDueOn: '2026-02-27', decidedOn: '2026-01-12' }],
  metOn: '2026-02-20',
};

describe('deadlineStateAsOf', () => {
  it('ignores an extension decided after the day: the item was overdue then', () => {
    expect(deadlineStateAsOf(calendar, history, '2026-01-10').state).toBe('overdue');
  });
  it('shows the extension once decided, keeping the original date', () => {
    expect(deadlineStateAsOf(calendar, history, '2026-01-31')).toMatchObject({
      state: 'extended',
      originalDueDate: '2026-01-09',
      effectiveDueDate: '2026-02-27',
    });
  });
  it('counts the completion only from the day it happened', () => {
    expect(deadlineStateAsOf(calendar, history, '2026-02-19').state).not.toMatch(/^met/);
    expect(deadlineStateAsOf(calendar, history, '2026-03-31').state).toBe('met-on-time');
  });
});
