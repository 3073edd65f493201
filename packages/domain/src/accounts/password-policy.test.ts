import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import {
  DEMO_PASSWORD,
  newPasswordRefusal,
  NewPasswordSchema,
  PASSWORD_MAX_LENGTH,
} from './password-policy.js';

// A stand-in for the api's shipped list (packages/api/src/auth/common-passwords.ts).
const COMMON = new Set(['qwerty123456', 'leavemealone', '123456789abc']);
const context = {
  username: 'vpdu.chomoi',
  isCommon: (comparable: string) => COMMON.has(comparable),
  commonCount: 5508,
};
const refusalOf = (password: string, field?: string) => {
  const error = newPasswordRefusal(password, field ? { ...context, field } : context);
  return error && { code: error.code, message: error.message, details: error.details };
};

describe('newPasswordRefusal (issue 14: length or passphrase, not common, not the user name, not the demo password)', () => {
  it('accepts 12 characters or more, Vietnamese letters counted once each (NFC)', () => {
    expect(refusalOf('Thôn Bản Chợ 7')).toBeNull();
    // "ĐổiMậtKhẩu12" is 12 characters in NFC and more code points in NFD.
    const nfd = 'ĐổiMậtKhẩu12'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(12);
    expect(refusalOf(nfd)).toBeNull();
  });

  it('accepts a shorter passphrase of four different words', () => {
    expect(refusalOf('con mèo ăn cá')).toBeNull();
  });

  it('refuses 11 characters, a repeated word and one-letter words, the message under the field', () => {
    const expected = {
      code: 'PASSWORD_TOO_SHORT',
      message:
        'Mật khẩu cần ít nhất 12 ký tự, hoặc là một cụm từ gồm ít nhất 4 từ khác nhau (mỗi từ từ 2 chữ cái trở lên) cách nhau bởi dấu cách.',
    };
    expect(refusalOf('Chomoi@2025')).toMatchObject(expected);
    expect(refusalOf('na na na na')).toMatchObject(expected);
    expect(refusalOf('a b c d e f')).toMatchObject(expected);
    expect(refusalOf('Chomoi@2025', 'newPassword')?.details).toMatchObject({
      field: 'newPassword',
      problem: expected.message,
    });
  });

  it('refuses the demo password in any case', () => {
    expect(refusalOf(DEMO_PASSWORD)?.code).toBe('PASSWORD_IS_DEMO');
    expect(refusalOf('doithoai@2025')?.message).toBe(
      'Đây là mật khẩu chung của các tài khoản trình diễn, ai cũng biết; hãy chọn mật khẩu khác.',
    );
  });

  it('refuses the user name, in any case', () => {
    expect(refusalOf('VPDU.ChoMoi')?.code).toBe('PASSWORD_TOO_SHORT'); // 11 characters: too short first
    const long = { ...context, username: 'phongvhxh.chomoi' };
    const error = newPasswordRefusal('PhongVHXH.ChoMoi', long);
    expect(error?.code).toBe('PASSWORD_SAME_AS_USERNAME');
    expect(error?.message).toBe('Mật khẩu không được trùng với tên đăng nhập "phongvhxh.chomoi".');
  });

  it('refuses a listed password whatever its case and spaces', () => {
    expect(refusalOf('Qwerty123456')?.code).toBe('PASSWORD_TOO_COMMON');
    expect(refusalOf('Leave Me Alone')?.message).toBe(
      'Mật khẩu này nằm trong danh sách 5.508 mật khẩu phổ biến hoặc đã bị lộ, kẻ gian thử trước tiên; hãy chọn mật khẩu khác.',
    );
  });
});

describe('NewPasswordSchema', () => {
  it('takes the password as typed, spaces included', () => {
    expect(NewPasswordSchema.parse(' Đối thoại 2025 ')).toBe(' Đối thoại 2025 ');
  });

  it('refuses an empty or overlong password and a non-string', () => {
    expect(messagesAt(NewPasswordSchema, '', [])).toEqual(['Cần nhập mật khẩu.']);
    expect(NewPasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
    expect(messagesAt(NewPasswordSchema, 1234567890, [])).toEqual([
      'Mật khẩu phải là chuỗi ký tự.',
    ]);
  });
});
