import { describe, expect, it } from 'vitest';
import { present } from '../testing/present.js';
import { aChoMoiPlan, aSonTayHaPlan, SEED_PLANS } from '../testing/seed-plans.js';
import { missingFieldsForSubmission } from './plan-readiness.js';
import { expectedDelegates } from './plan-participants.schema.js';
import { timingRange } from './plan-timing.schema.js';

describe('missingFieldsForSubmission', () => {
  it.each(Object.entries(SEED_PLANS))('finds nothing missing in seed plan %s', (_, plan) => {
    expect(missingFieldsForSubmission(plan)).toEqual([]);
  });

  it('lists what an empty draft lacks, in document order, with Vietnamese labels', () => {
    const draft = aChoMoiPlan({
      legalBases: [],
      purposes: [],
      requirements: [],
      topics: [],
      contentSections: [],
      timing: undefined,
      venue: undefined,
      chairs: [],
      participantGroups: [],
      tasks: [],
      recipients: [],
      signer: undefined,
    });
    expect(missingFieldsForSubmission(draft).map((m) => m.label)).toEqual([
      'Căn cứ ban hành',
      'Mục đích',
      'Yêu cầu',
      'Nội dung, lĩnh vực đối thoại',
      'Thời gian',
      'Người chủ trì',
      'Thành phần tham dự',
      'Tổ chức thực hiện',
      'Nơi nhận',
      'Người ký',
    ]);
  });

  it('asks for a venue when the plan fixes a day', () => {
    expect(missingFieldsForSubmission(aChoMoiPlan({ venue: undefined }))).toEqual([
      { field: 'venue', label: 'Địa điểm' },
    ]);
  });

  it('lets a window go without a venue, the place being announced later (seed 004)', () => {
    expect(aSonTayHaPlan().venue).toBeUndefined();
    expect(missingFieldsForSubmission(aSonTayHaPlan())).toEqual([]);
  });

  it('accepts content sections in place of a list of topics', () => {
    expect(missingFieldsForSubmission(aSonTayHaPlan({ topics: [] }))).toEqual([]);
  });
});

describe('plan helpers', () => {
  it('counts 135 delegates for 27 villages × 5 (seed 000)', () => {
    const villages = present(SEED_PLANS.choMoi2025.participantGroups[3], 'the villages group');
    expect(expectedDelegates(villages)).toBe(135);
  });

  it('has no count while village quotas are not allocated (seed 003)', () => {
    const villages = present(SEED_PLANS.vinhBao2026.participantGroups[3], 'the villages group');
    expect(expectedDelegates(villages)).toBeUndefined();
  });

  it('gives the first and last possible day of a window and of a date', () => {
    expect(timingRange(present(SEED_PLANS.vinhBao2026.timing, 'the timing'))).toEqual({
      from: '2026-07-01',
      to: '2026-10-29',
    });
    expect(timingRange(present(SEED_PLANS.choMoi2025.timing, 'the timing'))).toEqual({
      from: '2025-12-10',
      to: '2025-12-10',
    });
  });
});
