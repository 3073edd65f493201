import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import { computeAnswerDeadline, isLateRegistration } from './answer-deadline.js';
import { resolveProfileRules } from './profiles/index.js';
import { computePlanSchedule, diffSchedules, type ScheduleEntry } from './schedule.js';
import { REGULATION_PROFILE_IDS } from './rule.schema.js';

const calendar = createVietnamWorkingCalendar();
const dueDates = (schedule: ScheduleEntry[]) =>
  Object.fromEntries(schedule.map((e) => [e.ruleId, e.dueDate]));

describe('seed 000 — Đảng ủy xã Chợ Mới (Thái Nguyên), dialogue 10/12/2025', () => {
  const schedule = computePlanSchedule(calendar, {
    profileId: 'thai-nguyen-357-qd-tu-2025',
    events: { 'dialogue-held': '2025-12-10' },
    overrides: [
      {
        ruleId: 'registration-cutoff',
        date: '2025-12-04',
        reason: 'Kế hoạch mục IV.5: đăng ký câu hỏi trước ngày 04/12/2025',
      },
    ],
  });

  it("keeps the plan's own registration cut-off, 04/12/2025, with its reason", () => {
    const cutoff = schedule.find((e) => e.ruleId === 'registration-cutoff');
    expect(cutoff).toMatchObject({
      dueDate: '2025-12-04',
      status: 'overridden',
      reading: 'fixed-date',
    });
    expect(cutoff?.source).toContain('IV.5');
  });

  it('takes the other dates from the national default (Law 72/2025/QH15 art. 43)', () => {
    expect(dueDates(schedule)).toEqual({
      'public-notice': '2025-12-02', // 7 whole days between → 02/12
      'registration-cutoff': '2025-12-04',
      'conclusion-notice': '2025-12-22', // 20/12 is a Saturday → Monday 22/12
      'written-answer': '2026-01-09',
    });
    expect(schedule.find((e) => e.ruleId === 'public-notice')?.source).toContain('Điều 43');
  });

  it('flags a registration after the cut-off as late', () => {
    expect(isLateRegistration('2025-12-05', schedule)).toBe(true);
    expect(isLateRegistration('2025-12-04', schedule)).toBe(false);
  });
});

describe('seeds 001/002 — Lai Châu (Quy chế 06-QC/TU), a dialogue on 20/08/2025 in bản Mỳ', () => {
  const schedule = computePlanSchedule(calendar, {
    profileId: 'lai-chau-06-qc-tu-2019',
    events: { 'dialogue-held': '2025-08-20' },
  });

  it('gives every rule of the regulation, counted in working or calendar days as it says', () => {
    expect(dueDates(schedule)).toEqual({
      'public-notice': '2025-08-08', // ≥ 7 working days before (seed 002 §4.1)
      'front-compilation': '2025-08-12', // ≥ 7 days before (seed 001 §III.1)
      'internal-review': '2025-08-27', // ≤ 5 working days after (seed 002 §4.3)
      'conclusion-notice': '2025-08-27',
      'written-answer': '2025-09-12', // 15 working days, skipping Quốc khánh 01–02/09/2025
      'written-answer-complex': '2025-10-03', // 30 working days for complex matters
    });
  });

  it('explains the written-answer date by the National Day days it skipped', () => {
    const answer = schedule.find((e) => e.ruleId === 'written-answer');
    expect(
      answer?.skipped.filter((s) => s.date.startsWith('2025-09-0')).map((s) => s.date),
    ).toEqual(expect.arrayContaining(['2025-09-01', '2025-09-02']));
    expect(answer?.explanation).toContain('15 ngày làm việc');
  });

  it('picks the complex-matter period for a complex petition', () => {
    const input = { profileId: 'lai-chau-06-qc-tu-2019', dialogueDate: '2025-08-20' } as const;
    expect(computeAnswerDeadline(calendar, { ...input, complexity: 'standard' }).dueDate).toBe(
      '2025-09-12',
    );
    expect(computeAnswerDeadline(calendar, { ...input, complexity: 'complex' }).dueDate).toBe(
      '2025-10-03',
    );
  });
});

describe('seed 003 — Đảng ủy xã Vĩnh Bảo (Hải Phòng), a window in Quý III/2026', () => {
  it('waits for the dialogue date and shows the window meanwhile', () => {
    const schedule = computePlanSchedule(calendar, {
      profileId: 'hai-phong-1155-qd-tu-2023',
      events: { 'plan-approved': '2026-01-15' },
      window: { from: '2026-07-01', to: '2026-10-29' },
    });
    expect(schedule.every((e) => e.status === 'awaiting-anchor' && e.dueDate === null)).toBe(true);
    expect(schedule[0]?.explanation).toContain('01/07/2026 – 29/10/2026');
  });
});

describe('seed 004 — UBND xã Sơn Tây Hạ (Quảng Ngãi, QĐ 29/2022/QĐ-UBND)', () => {
  it('for a dialogue on 10/12/2025: notice by 28/11 (safe reading), conclusion by 19/12, answers by 09/01/2026', () => {
    const schedule = computePlanSchedule(calendar, {
      profileId: 'quang-ngai-29-2022-qd-ubnd',
      events: { 'dialogue-held': '2025-12-10' },
    });
    expect(dueDates(schedule)).toEqual({
      'public-notice': '2025-11-28',
      'conclusion-notice': '2025-12-19',
      'written-answer': '2026-01-09',
    });
    expect(schedule.find((e) => e.ruleId === 'public-notice')?.explanation).toContain('01/12/2025');
  });

  it('counts the conclusion across Tết Bính Ngọ for a dialogue on 06/02/2026', () => {
    const schedule = computePlanSchedule(calendar, {
      profileId: 'quang-ngai-29-2022-qd-ubnd',
      events: { 'dialogue-held': '2026-02-06' },
    });
    expect(schedule.find((e) => e.ruleId === 'conclusion-notice')?.dueDate).toBe('2026-02-24');
  });

  it('recomputes every deadline when the date moves, and lists what changed', () => {
    const input = {
      profileId: 'quang-ngai-29-2022-qd-ubnd',
      events: { 'dialogue-held': '2025-12-10' },
    } as const;
    const before = computePlanSchedule(calendar, input);
    const after = computePlanSchedule(calendar, {
      ...input,
      events: { 'dialogue-held': '2025-12-17' },
    });
    expect(diffSchedules(before, after)).toEqual([
      {
        ruleId: 'public-notice',
        label: expect.any(String) as unknown,
        before: '2025-11-28',
        after: '2025-12-05',
      },
      {
        ruleId: 'conclusion-notice',
        label: expect.any(String) as unknown,
        before: '2025-12-19',
        after: '2025-12-26',
      },
      {
        ruleId: 'written-answer',
        label: expect.any(String) as unknown,
        before: '2026-01-09',
        after: '2026-01-16',
      },
    ]);
  });
});

describe('overrides', () => {
  it('may change a period instead of fixing a date, keeping the regulation it replaces in the source', () => {
    const schedule = computePlanSchedule(calendar, {
      profileId: 'quang-ngai-29-2022-qd-ubnd',
      events: { 'dialogue-held': '2025-12-10' },
      overrides: [
        {
          ruleId: 'written-answer',
          offset: 15,
          unit: 'working-days',
          reason: 'Chủ tịch UBND xã yêu cầu rút ngắn',
        },
      ],
    });
    const answer = schedule.find((e) => e.ruleId === 'written-answer');
    expect(answer).toMatchObject({ dueDate: '2025-12-31', status: 'overridden' });
    expect(answer?.source).toContain('29/2022/QĐ-UBND');
  });
});

describe('regulation profiles', () => {
  it.each(REGULATION_PROFILE_IDS)(
    '%s: every rule cites its source and has a written-answer rule',
    (profileId) => {
      const rules = resolveProfileRules(profileId);
      expect(rules.every((r) => r.source.length > 20)).toBe(true);
      expect(rules.some((r) => r.id === 'written-answer')).toBe(true);
    },
  );

  it('a rule a province does not state cites that province’s regulation, never another province’s', () => {
    const answer = resolveProfileRules('thai-nguyen-357-qd-tu-2025').find(
      (r) => r.id === 'written-answer',
    );
    expect(answer).toMatchObject({ offset: 30, unit: 'calendar-days' });
    expect(answer?.source).toContain('357-QĐ/TU');
    expect(answer?.source).toContain('áp dụng mặc định');
    expect(answer?.source).not.toMatch(/Quảng Ngãi|29\/2022/u);
    const own = resolveProfileRules('quang-ngai-29-2022-qd-ubnd').find(
      (r) => r.id === 'written-answer',
    );
    expect(own?.source).toContain('29/2022/QĐ-UBND');
  });

  it('a provincial profile replaces the national rules it tightens, by id', () => {
    const notice = resolveProfileRules('quang-ngai-29-2022-qd-ubnd').find(
      (r) => r.id === 'public-notice',
    );
    expect(notice).toMatchObject({ offset: 7, unit: 'working-days' });
    const national = resolveProfileRules('national-default').find((r) => r.id === 'public-notice');
    expect(national).toMatchObject({ offset: 7, unit: 'calendar-days' });
  });
});
