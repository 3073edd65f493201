import { z } from 'zod';
import type { DomainError } from '../errors/domain-error.js';
import {
  domainError,
  errorMessage,
  type ErrorCode,
  type ErrorDetails,
} from '../errors/error-codes.js';

/**
 * The password policy for every new password (chosen by its owner, set by an administrator or on
 * the command line; issue 14). Length is what protects a password (NIST SP 800-63B §3.1.1.2:
 * length over composition rules, and a check against lists of commonly used or compromised
 * passwords), so a password is at least 12 characters — counted after Unicode NFC normalisation,
 * so that a Vietnamese password typed with another input method counts the same — or a
 * passphrase of at least 4 different words; it is not a common or breached password, not the
 * user name, and not the demo data's published password. Passwords set before the policy (the
 * demo accounts) keep signing in: the policy applies to new passwords only.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_WORDS = 4;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The password every demo account shares (printed at `npm start`, in the README): demo data
 * only, so no real account may choose it.
 */
export const DEMO_PASSWORD = 'DoiThoai@2025';

const characterCount = (text: string) => [...text.normalize('NFC')].length;

/** How a password is compared with the lists: NFC, lower case, without spaces. @example comparable('Leave me alone') // 'leavemealone' */
export function comparablePassword(password: string): string {
  return password.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

/** A passphrase: at least 4 different words of 2 letters or more ("con mèo ăn cá"). */
function isPassphrase(password: string): boolean {
  const words = password.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean);
  const distinct = new Set(words.filter((word) => characterCount(word) >= 2));
  return distinct.size >= PASSPHRASE_MIN_WORDS;
}

/**
 * A new password as typed (never trimmed: spaces are characters): only its type and a ceiling that
 * keeps hashing cheap. The policy itself is `newPasswordRefusal`, which needs the user name and
 * the list of common passwords.
 */
export const NewPasswordSchema = z
  .string({ error: 'Mật khẩu phải là chuỗi ký tự.' })
  .min(1, 'Cần nhập mật khẩu.')
  .refine((password) => characterCount(password) <= PASSWORD_MAX_LENGTH, {
    message: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`,
  });

export interface PasswordContext {
  /** The account's user name: the password may not be it. */
  username: string;
  /** True when the (comparable) password is in the shipped list of common/breached passwords. */
  isCommon: (comparable: string) => boolean;
  /** The size of that list, for the message. */
  commonCount: number;
  /** The form field the refusal is shown under; `password` by default. */
  field?: string;
}

function refusal<C extends ErrorCode>(code: C, slots: ErrorDetails<C>, field: string): DomainError {
  // `field` and `problem` put the message under the form's field (the api's fieldErrors).
  return domainError(code, { ...slots, field, problem: errorMessage(code, slots) });
}

/**
 * Why a new password is refused, as a catalogue error under its field, or null when it is fine.
 *
 * @example newPasswordRefusal('ngắn quá', { username: 'vpdu.chomoi', isCommon: () => false, commonCount: 0 })?.code // 'PASSWORD_TOO_SHORT'
 */
export function newPasswordRefusal(password: string, context: PasswordContext): DomainError | null {
  const field = context.field ?? 'password';
  if (characterCount(password) < PASSWORD_MIN_LENGTH && !isPassphrase(password))
    return refusal(
      'PASSWORD_TOO_SHORT',
      { minLength: PASSWORD_MIN_LENGTH, minWords: PASSPHRASE_MIN_WORDS },
      field,
    );
  const comparable = comparablePassword(password);
  if (comparable === comparablePassword(DEMO_PASSWORD))
    return refusal('PASSWORD_IS_DEMO', {}, field);
  if (comparable === comparablePassword(context.username))
    return refusal('PASSWORD_SAME_AS_USERNAME', { username: context.username }, field);
  if (context.isCommon(comparable))
    return refusal(
      'PASSWORD_TOO_COMMON',
      { count: context.commonCount.toLocaleString('vi-VN') },
      field,
    );
  return null;
}
