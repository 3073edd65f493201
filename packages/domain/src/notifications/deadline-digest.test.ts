import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { deadlineState } from '../deadlines/deadline-state.js';
import { present } from '../testing/present.js';
import { renderNotification } from './templates.js';
import { buildDeadlineDigests, type ReminderItem } from './deadline-digest.js';

const calendar = createWorkingCalendar(() => []);
const today = '2026-01-09'; // Friday

const land = { organisationId: 'org-land', organisationName: 'Phòng Kinh tế (địa chính)' };
const police = { organisationId: 'org-police', organisationName: 'Công an xã' };
const item = (
  body: typeof land,
  label: string,
  dueDate: string,
  extension?: string,
): ReminderItem => ({
  ...body,
  label,
  link: `/chair/petitions/${label}`,
  deadline: deadlineState(
    calendar,
    { dueDate, ...(extension ? { extension: { newDueDate: extension } } : {}) },
    today,
  ),
});

describe('the daily deadline digest', () => {
  const items = [
    item(land, 'Kiến nghị STH6-R2VE', '2026-01-14'), // due in 3 working days
    item(land, 'Nhiệm vụ: đo đạc lại ranh giới', '2026-01-09'), // due today
    item(police, 'Kiến nghị STH7-A1BC', '2026-01-06'), // overdue
    item(land, 'Kiến nghị STH8-Q9ZX', '2025-12-10'), // long overdue
    item(land, 'Kiến nghị STH9-M2NP', '2026-02-06'), // upcoming: no reminder
    item(police, 'Nhiệm vụ: trật tự chợ', '2026-01-02', '2026-02-20'), // extended: no reminder
  ];
  const digests = buildDeadlineDigests(items, today);

  it("groups a body's items into one digest, and a body with nothing due gets none", () => {
    expect(digests.map((d) => d.organisationName)).toEqual([
      'Phòng Kinh tế (địa chính)',
      'Công an xã',
    ]);
    expect(digests[0]?.items).toHaveLength(3);
    expect(digests[1]?.items.map((i) => i.label)).toEqual(['Kiến nghị STH7-A1BC']);
    expect(buildDeadlineDigests([present(items[4], 'the fifth item')], today)).toEqual([]);
  });

  it('orders the items from the longest overdue to the latest due, and counts them', () => {
    const land = present(digests[0], 'the land office digest');
    expect(land.items.map((i) => i.state)).toEqual(['long-overdue', 'due-today', 'due-soon']);
    expect(land.counts).toEqual({ 'long-overdue': 1, overdue: 0, 'due-today': 1, 'due-soon': 1 });
    expect(land.params.summary).toBe('1 quá hạn lâu, 1 đến hạn hôm nay, 1 sắp đến hạn');
  });

  it('is one event per body per day, so computing it twice sends it once', () => {
    expect(digests[0]?.eventId).toBe('deadline-digest:org-land:2026-01-09');
    const again = present(buildDeadlineDigests(items, today)[0], 'the first digest again');
    expect(again.eventId).toBe(present(digests[0], 'the first digest').eventId);
  });

  it('renders as one message listing each item with its date', () => {
    const message = renderNotification(
      'deadline-digest',
      present(digests[0], 'the first digest').params,
    );
    expect(message.title).toBe('Nhắc hạn xử lý ngày 09/01/2026');
    expect(message.text).toContain('[Đến hạn hôm nay] Nhiệm vụ: đo đạc lại ranh giới');
    expect(message.text).toContain(
      '[Sắp đến hạn] Kiến nghị STH6-R2VE (hạn 14/01/2026, còn 3 ngày làm việc)',
    );
    expect(message.text.split('\n')).toHaveLength(4);
  });
});
