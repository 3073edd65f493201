import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../calendar/vietnam-calendar.js';
import {
  conclusionIssueRefusal,
  conclusionItemDeadline,
  conclusionTimeliness,
} from './conclusion-deadlines.js';

const calendar = createVietnamWorkingCalendar();
const notice = 'Thông báo kết luận số 45/TB-UBND ngày 25/08/2025';

describe('conclusionItemDeadline', () => {
  it('counts 15 working days in Lai Châu, skipping the 01–02/09 holiday (seed 002)', () => {
    expect(
      conclusionItemDeadline(calendar, {
        profileId: 'lai-chau-06-qc-tu-2019',
        dialogueDate: '2025-08-20',
        relatedComplexities: ['standard'],
        noticeReference: notice,
      }),
    ).toMatchObject({ dueOn: '2025-09-12', ruleId: 'written-answer' });
  });

  it('gives the complex period when any related petition is complex (30 working days)', () => {
    expect(
      conclusionItemDeadline(calendar, {
        profileId: 'lai-chau-06-qc-tu-2019',
        dialogueDate: '2025-08-20',
        relatedComplexities: ['standard', 'complex'],
        noticeReference: notice,
      }),
    ).toMatchObject({ dueOn: '2025-10-03', ruleId: 'written-answer-complex' });
  });

  it('counts 30 calendar days in Quảng Ngãi, which has no complex rule (seed 004)', () => {
    expect(
      conclusionItemDeadline(calendar, {
        profileId: 'quang-ngai-29-2022-qd-ubnd',
        dialogueDate: '2025-12-10',
        relatedComplexities: ['complex'],
        noticeReference: notice,
      }),
    ).toMatchObject({ dueOn: '2026-01-09', ruleId: 'written-answer' });
  });

  it('keeps the date the notice sets, with no rule and the notice as its source', () => {
    expect(
      conclusionItemDeadline(calendar, {
        profileId: 'quang-ngai-29-2022-qd-ubnd',
        dialogueDate: '2025-12-10',
        givenDueOn: '2025-12-31',
        relatedComplexities: [],
        noticeReference: notice,
      }),
    ).toEqual({
      dueOn: '2025-12-31',
      ruleId: null,
      source: notice,
      explanation: `Hạn 31/12/2025 do ${notice} ấn định.`,
    });
  });
});

describe('conclusionTimeliness', () => {
  const schedule = {
    profileId: 'quang-ngai-29-2022-qd-ubnd',
    events: { 'dialogue-held': '2025-12-10' },
  } as const;
  it('is met on time within 07 working days of the dialogue (due 19/12/2025)', () => {
    const result = conclusionTimeliness(calendar, schedule, '2025-12-19');
    expect(result?.entry.dueDate).toBe('2025-12-19');
    expect(result?.status.state).toBe('met-on-time');
  });
  it('is met late after, and says by how many working days', () => {
    expect(conclusionTimeliness(calendar, schedule, '2025-12-23')?.status).toMatchObject({
      state: 'met-late',
      workingDaysLate: 2,
    });
  });
});

describe('conclusionIssueRefusal', () => {
  const base = { heldOn: '2025-12-10', issuedOn: '2025-12-18', today: '2025-12-18' };
  it('accepts a notice between the dialogue and today with tasks due after it', () => {
    expect(conclusionIssueRefusal({ ...base, itemDueDates: ['2026-01-09', undefined] })).toBeNull();
  });
  it('refuses a notice dated in the future or before the dialogue', () => {
    expect(
      conclusionIssueRefusal({ ...base, issuedOn: '2025-12-19', itemDueDates: [] })?.code,
    ).toBe('CONCLUSION_DATE_IN_FUTURE');
    const before = conclusionIssueRefusal({ ...base, issuedOn: '2025-12-09', itemDueDates: [] });
    expect(before?.code).toBe('CONCLUSION_BEFORE_DIALOGUE');
    expect(before?.message).toContain('10/12/2025');
  });
  it('refuses a task due before the notice, naming the item', () => {
    const error = conclusionIssueRefusal({ ...base, itemDueDates: [undefined, '2025-12-17'] });
    expect(error?.code).toBe('DUE_DATE_BEFORE_CONCLUSION');
    expect(error?.message).toContain('thứ 2');
  });
});
