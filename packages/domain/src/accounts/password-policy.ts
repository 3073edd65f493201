import { z } from 'zod';

/**
 * The password policy for every account (set by an administrator or on the command line). Length
 * is what protects a password (NIST SP 800-63B §3.1.1.2: length over composition rules), so the
 * only rules are a minimum of 10 characters, counted after Unicode NFC normalisation so that a
 * Vietnamese password typed with a different input method counts the same, and a ceiling that
 * keeps hashing cheap.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const characterCount = (text: string) => [...text.normalize('NFC')].length;

/**
 * A new password as typed (never trimmed: spaces are characters). Only its length is checked; the
 * password itself never leaves the api's hashing function.
 *
 * @example NewPasswordSchema.safeParse('ngan').error?.issues[0]?.message // 'Mật khẩu phải có ít nhất 10 ký tự.'
 */
export const NewPasswordSchema = z
  .string({ error: 'Mật khẩu phải là chuỗi ký tự.' })
  .refine((password) => characterCount(password) >= PASSWORD_MIN_LENGTH, {
    message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`,
  })
  .refine((password) => characterCount(password) <= PASSWORD_MAX_LENGTH, {
    message: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
  });
