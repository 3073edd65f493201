import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { SEED_PLANS } from '../testing/index.js';
import { planScheduleInput } from './plan-schedule-input.js';
import { computePlanSchedule } from './schedule.js';

// The five seed plans as data (src/testing/seed-plans), scheduled as they stand.
const calendar = createVietnamWorkingCalendar();
const scheduleOf = (plan: Parameters<typeof planScheduleInput>[0], recorded = {}) =>
  computePlanSchedule(calendar, planScheduleInput(plan, recorded));

describe('the seed plans, scheduled from their records', () => {
  it('seed 000 (Chợ Mới): cut-off 04/12/2025 for a dialogue on 10/12/2025, as the plan says', () => {
    const schedule = scheduleOf(SEED_PLANS.choMoi2025);
    expect(schedule.find((e) => e.ruleId === 'registration-cutoff')?.dueDate).toBe('2025-12-04');
    expect(schedule.find((e) => e.ruleId === 'public-notice')?.dueDate).toBe('2025-12-02');
  });

  it.each([
    ['khoenOn2025', '01/08/2025 – 31/08/2025'],
    ['vinhBao2026', '01/07/2026 – 29/10/2026'],
  ] as const)(
    '%s has only a window: every dialogue-anchored date waits, showing %s',
    (key, window) => {
      const schedule = scheduleOf(SEED_PLANS[key]);
      const dialogueAnchored = schedule.filter((e) => e.anchor === 'dialogue-held');
      expect(dialogueAnchored.length).toBeGreaterThan(0);
      for (const entry of dialogueAnchored) {
        expect(entry.status).toBe('awaiting-anchor');
        expect(entry.explanation).toContain(window);
      }
    },
  );

  it('seed 002 (Than Uyên, 2023): once the dialogue is held, answers are due in 15 / 30 working days', () => {
    const schedule = scheduleOf(SEED_PLANS.thanUyen2023, { heldOn: '2023-08-24' });
    // 24/08/2023 Thu → 15 working days skipping 01/09 (adjacent day) and 02/09, 04/09 (nghỉ bù)
    expect(schedule.find((e) => e.ruleId === 'written-answer')?.dueDate).toBe('2023-09-18');
    expect(schedule.find((e) => e.ruleId === 'written-answer-complex')?.dueDate).toBe('2023-10-09');
  });

  it('seed 004 (Sơn Tây Hạ): the date announced later fills in the whole schedule', () => {
    expect(scheduleOf(SEED_PLANS.sonTayHa2025).every((e) => e.dueDate === null)).toBe(true);
    const dated = scheduleOf({
      ...SEED_PLANS.sonTayHa2025,
      timing: { kind: 'date', date: '2025-12-10' },
    });
    expect(Object.fromEntries(dated.map((e) => [e.ruleId, e.dueDate]))).toEqual({
      'public-notice': '2025-11-28',
      'conclusion-notice': '2025-12-19',
      'written-answer': '2026-01-09',
    });
  });
});
