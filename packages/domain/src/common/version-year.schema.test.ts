import { describe, expect, it } from 'vitest';
import { ExpectedVersionOrNewSchema, ExpectedVersionSchema } from './version.schema.js';
import { yearSchema, YearSchema } from './year.schema.js';

describe('the small input pieces every procedure shares', () => {
  it('takes a version from 1, or from 0 for a record not saved yet', () => {
    expect(ExpectedVersionSchema.safeParse(1).success).toBe(true);
    expect(ExpectedVersionSchema.safeParse(0).success).toBe(false);
    expect(ExpectedVersionSchema.safeParse(1.5).success).toBe(false);
    expect(ExpectedVersionOrNewSchema.safeParse(0).success).toBe(true);
    expect(ExpectedVersionOrNewSchema.safeParse(-1).success).toBe(false);
    expect(ExpectedVersionSchema.safeParse(undefined).error?.issues[0]?.message).toContain(
      'expectedVersion',
    );
  });

  it('takes a year from 2000 to 2100, in Vietnamese when refused', () => {
    expect(YearSchema.safeParse(2025).success).toBe(true);
    expect(YearSchema.safeParse(1999).error?.issues[0]?.message).toBe('Năm phải từ 2000 đến 2100.');
    expect(YearSchema.safeParse('2025').error?.issues[0]?.message).toBe('Năm phải là số.');
    expect(yearSchema('Năm kế hoạch').safeParse(20.5).error?.issues[0]?.message).toBe(
      'Năm kế hoạch phải là số nguyên.',
    );
    expect(yearSchema('Năm', 1900).safeParse(1900).success).toBe(true);
  });
});
