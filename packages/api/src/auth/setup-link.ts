import { createHash, randomBytes } from 'node:crypto';
import {
  appendAudit,
  ensureNationalUnit,
  findAccountByUsername,
  findAccountSummary,
  insertAccount,
  insertSetupLink,
  isSetupLinkUsable,
  listActiveSystemAdministrators,
  useSetupLink,
  type Database,
} from '@doithoai/db';
import { domainError, NATIONAL_UNIT } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../context.js';
import { fail } from '../errors.js';
import { checkNewPassword } from './common-passwords.js';
import { hashPassword } from './password.js';

/** How long a setup link works (issue 14, "First run": valid one hour). */
export const SETUP_LINK_VALID_MS = 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * On an installation without any active system administrator, a new one-time setup token (32
 * random bytes, base64url), stored only as its SHA-256 hash; null once an administrator exists.
 * The server prints the link once at start; whoever opens it first creates the administrator.
 *
 * @example await issueSetupLink(db, new Date()) // 'q3V…' (43 characters) or null
 */
export async function issueSetupLink(db: Kysely<Database>, now: Date): Promise<string | null> {
  if ((await listActiveSystemAdministrators(db)).length > 0) return null;
  const token = randomBytes(32).toString('base64url');
  await insertSetupLink(db, {
    tokenHash: hashOf(token),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SETUP_LINK_VALID_MS).toISOString(),
  });
  return token;
}

/** Whether a token still opens the setup page (unused, not expired, no administrator yet). */
export async function setupLinkStatus(
  ctx: Pick<Context, 'db' | 'requestTime'>,
  token: string,
): Promise<{ usable: boolean }> {
  if ((await listActiveSystemAdministrators(ctx.db)).length > 0) return { usable: false };
  return { usable: await isSetupLinkUsable(ctx.db, hashOf(token), ctx.requestTime.toISOString()) };
}

/**
 * Creates the first system administrator through a setup link: the link is consumed in the same
 * transaction as the account is created, by one conditional update (a second submission of the
 * same link, or one after its hour, is refused); the password policy applies, each refusal under
 * its field. Audited with the link as the reason, never the token or the password.
 */
export async function createFirstAdministrator(
  ctx: Pick<Context, 'db' | 'requestTime'>,
  input: { token: string; username: string; fullName: string; password: string },
): Promise<{ username: string }> {
  const at = ctx.requestTime.toISOString();
  const tokenHash = hashOf(input.token);
  if (!(await isSetupLinkUsable(ctx.db, tokenHash, at)))
    fail(domainError('SETUP_LINK_INVALID', {}));
  if ((await listActiveSystemAdministrators(ctx.db)).length > 0) {
    fail(domainError('SETUP_ALREADY_DONE', {}));
  }
  if (await findAccountByUsername(ctx.db, input.username)) {
    const problem = `Tên đăng nhập "${input.username}" đã được dùng.`;
    fail(domainError('USERNAME_TAKEN', { username: input.username, field: 'username', problem }));
  }
  checkNewPassword(input.password, input.username, 'password');
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    await ensureNationalUnit(trx, at);
    const id = await insertAccount(
      trx,
      {
        username: input.username,
        fullName: input.fullName,
        role: 'admin',
        adminUnitCode: NATIONAL_UNIT.code,
        passwordHash,
      },
      at,
    );
    if (!(await useSetupLink(trx, { tokenHash, at, usedBy: id }))) {
      fail(domainError('SETUP_LINK_INVALID', {}));
    }
    await appendAudit(trx, {
      at,
      actor: null,
      adminUnitCode: NATIONAL_UNIT.code,
      action: 'account.create',
      entityType: 'account',
      entityId: id,
      after: await findAccountSummary(trx, id),
      reason: 'Tạo quản trị hệ thống đầu tiên qua đường dẫn khởi tạo',
    });
  });
  return { username: input.username.toLowerCase() };
}
