import { appendAudit, findAccountById, updateAccountPasswordHash } from '@doithoai/db';
import { domainError } from '@doithoai/domain';
import type { StaffContext } from '../context.js';
import { fail, staleVersion } from '../errors.js';
import { checkNewPassword } from './common-passwords.js';
import { hashPassword, verifyPassword } from './password.js';
import { endAllSessions } from './sessions.js';

/**
 * Every signed-in person changes their own password (issue 14): the current one first, then the
 * policy on the new one (each refusal under its field). It clears a reset's must-change flag and
 * ends the account's other sessions — a password someone else may know stops working everywhere —
 * keeping the session it was changed in. Audited without any password or hash.
 *
 * @example await changeOwnPassword(ctx, { currentPassword: 'tam-thoi-1234', newPassword: 'con mèo ăn cá' })
 */
export async function changeOwnPassword(
  ctx: StaffContext,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const account = await findAccountById(ctx.db, ctx.user.accountId);
  if (!account) fail(domainError('NOT_FOUND', { what: 'tài khoản', id: ctx.user.accountId }));
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    const problem = domainError('CURRENT_PASSWORD_WRONG', {}).message;
    fail(domainError('CURRENT_PASSWORD_WRONG', { field: 'currentPassword', problem }));
  }
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    const problem = domainError('PASSWORD_UNCHANGED', {}).message;
    fail(domainError('PASSWORD_UNCHANGED', { field: 'newPassword', problem }));
  }
  checkNewPassword(input.newPassword, account.username, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.requestTime.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const changed = await updateAccountPasswordHash(trx, {
      id: account.id,
      expectedVersion: account.version,
      passwordHash,
      mustChange: false,
      now,
    });
    if (!changed) staleVersion('Tài khoản');
    await endAllSessions(trx, account.id, ctx.requestTime, 'password-changed', ctx.user.tokenHash);
    await appendAudit(trx, {
      at: now,
      actor: { accountId: account.id, role: account.role },
      adminUnitCode: account.adminUnitCode,
      action: 'account.change-password',
      entityType: 'account',
      entityId: account.id,
      before: { version: account.version, mustChangeOnSignIn: account.mustChangePassword },
      after: { version: account.version + 1, mustChangeOnSignIn: false },
    });
  });
  return { ok: true };
}
