import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema } from './id.schema.js';
import { normalizeVietnamesePhone, VietnamesePhoneSchema } from './phone.schema.js';

describe('VietnamesePhoneSchema', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0203 3851 234', '02033851234'],
  ])('accepts %s and stores %s', (input, stored) => {
    expect(VietnamesePhoneSchema.parse(input)).toBe(stored);
  });

  it.each(['091234567', '09123456789', '1912345678', '0412345678', 'không có', ''])(
    'rejects %s with a Vietnamese message',
    (input) => {
      expect(VietnamesePhoneSchema.safeParse(input).error?.issues[0]?.message).toMatch(
        /^Số điện thoại không hợp lệ/u,
      );
    },
  );

  it('accepts every 10-digit mobile number however it is spaced', () => {
    const mobile = fc
      .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/u))
      .map(([prefix, rest]) => `0${prefix}${rest}`);
    fc.assert(
      fc.property(mobile, fc.constantFrom(' ', '.', ''), (number, sep) => {
        const typed = `${number.slice(0, 4)}${sep}${number.slice(4, 7)}${sep}${number.slice(7)}`;
        return VietnamesePhoneSchema.parse(typed) === number;
      }),
    );
  });

  it('drops the bracketed national 0 written after +84', () => {
    expect(normalizeVietnamesePhone('+84 (0) 912 345 678')).toBe('0912345678');
  });
});

describe('IdSchema', () => {
  it('rejects an empty id', () => {
    expect(IdSchema.safeParse('  ').error?.issues[0]?.message).toBe(
      'Mã định danh không được để trống.',
    );
  });
});
