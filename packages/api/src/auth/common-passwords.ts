import { newPasswordRefusal, type DomainError } from '@doithoai/domain';
import { fail } from '../errors.js';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data.js';

// The list of common and breached passwords the product ships (issue 14): generated at
// development time from zxcvbn-ts's frequency list (scripts/common-passwords.mjs), kept in the api
// so that the domain stays free of it and no app bundle carries it.
let common: ReadonlySet<string> | null = null;

/** The shipped list, read once. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n'));
  return common;
}

/**
 * Throws the policy's refusal (a catalogue error under `field`) for a new password of `username`.
 *
 * @example checkNewPassword('qwerty123456', 'vpdu.chomoi') // throws PASSWORD_TOO_COMMON under `password`
 */
export function checkNewPassword(password: string, username: string, field = 'password'): void {
  const refusal = newPasswordProblem(password, username, field);
  if (refusal) fail(refusal);
}

/**
 * The policy's refusal for a new password of `username` against the shipped list, or null: for the
 * command line (`doithoai create-user`, `create-admin`), which prints its message.
 *
 * @example newPasswordProblem('DoiThoai@2025', 'admin.chomoi')?.code // 'PASSWORD_IS_DEMO'
 */
export function newPasswordProblem(
  password: string,
  username: string,
  field = 'password',
): DomainError | null {
  const list = commonPasswords();
  return newPasswordRefusal(password, {
    username,
    isCommon: (comparable) => list.has(comparable),
    commonCount: list.size,
    field,
  });
}
