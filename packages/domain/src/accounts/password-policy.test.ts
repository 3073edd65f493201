import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { NewPasswordSchema, PASSWORD_MAX_LENGTH } from './password-policy.js';

describe('NewPasswordSchema', () => {
  it('accepts a passphrase of ten characters or more, spaces included', () => {
    expect(NewPasswordSchema.parse('Đối thoại 2025')).toBe('Đối thoại 2025');
    expect(NewPasswordSchema.safeParse('0123456789').success).toBe(true);
  });

  it('refuses nine characters with a Vietnamese message', () => {
    expect(messagesAt(NewPasswordSchema, '012345678', [])).toEqual([
      'Mật khẩu phải có ít nhất 10 ký tự.',
    ]);
  });

  it('counts Vietnamese letters typed as combining marks (NFD) once each', () => {
    // "ĐổiMậtKhẩu" is 10 characters in NFC and 16 code points in NFD.
    const nfd = 'ĐổiMậtKhẩu'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(10);
    expect(NewPasswordSchema.safeParse(nfd).success).toBe(true);
    expect(NewPasswordSchema.safeParse('ĐổiMật'.normalize('NFD') + 'ab').success).toBe(false);
  });

  it('refuses an overlong password and a non-string', () => {
    expect(NewPasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
    expect(messagesAt(NewPasswordSchema, 1234567890, [])).toEqual([
      'Mật khẩu phải là chuỗi ký tự.',
    ]);
  });
});
