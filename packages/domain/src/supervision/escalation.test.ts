import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { deadlineState } from '../deadlines/deadline-state.js';
import { escalationRefusal } from './escalation.js';

const calendar = createVietnamWorkingCalendar();

describe('escalationRefusal', () => {
  it('lets the Front escalate an overdue or long overdue item', () => {
    expect(
      escalationRefusal(
        deadlineState(calendar, { dueDate: '2026-01-09' }, '2026-01-13'),
        'nhiệm vụ',
      ),
    ).toBeNull();
    expect(
      escalationRefusal(
        deadlineState(calendar, { dueDate: '2026-01-09' }, '2026-02-27'),
        'nhiệm vụ',
      ),
    ).toBeNull();
  });
  it('refuses an item still in time, naming its state and due date', () => {
    const error = escalationRefusal(
      deadlineState(calendar, { dueDate: '2026-01-09' }, '2026-01-07'),
      'nhiệm vụ',
    );
    expect(error?.code).toBe('NOT_OVERDUE');
    expect(error?.category).toBe('precondition');
    expect(error?.message).toContain('Sắp đến hạn');
    expect(error?.message).toContain('09/01/2026');
  });
  it('refuses an item done late (lateness is recorded, there is nothing left to chase) and one without a deadline', () => {
    const late = deadlineState(
      calendar,
      { dueDate: '2026-01-09', metOn: '2026-01-14' },
      '2026-01-20',
    );
    expect(escalationRefusal(late, 'kiến nghị')?.code).toBe('NOT_OVERDUE');
    expect(escalationRefusal(null, 'kiến nghị')?.message).toContain('chưa có thời hạn');
  });
});
