import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@doithoai/db';
import type { Kysely } from 'kysely';

export const SESSION_COOKIE = 'doithoai_session';

/** Idle and absolute limits (a working day in the office, re-login after lunch is fine). */
export const SESSION_IDLE_MINUTES = 120;
export const SESSION_ABSOLUTE_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Starts a session: a fresh random token for the cookie (a new id at every login), only its hash
 * stored.
 *
 * @example const { token, expiresAt } = await startSession(db, accountId, new Date())
 */
export async function startSession(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      account_id: accountId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ended_at: null,
      end_reason: null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The account behind a cookie token, if the session is live: not ended, not past its absolute
 * expiry, not idle too long, and the account still active. Refreshes `last_seen_at` at most once
 * a minute.
 */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date) {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.token_hash',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.ended_at',
      'accounts.id as account_id',
      'accounts.username',
      'accounts.full_name',
      'accounts.role',
      'accounts.admin_unit_code',
      'accounts.organisation_id',
      'accounts.active',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.ended_at || row.active !== 1) return null;
  const nowIso = now.toISOString();
  const idleLimit = new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000).toISOString();
  if (row.expires_at <= nowIso || row.last_seen_at < idleLimit) {
    await endSessionByHash(db, tokenHash, now, row.expires_at <= nowIso ? 'expired' : 'idle');
    return null;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: nowIso })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { tokenHash, ...row };
}

async function endSessionByHash(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
  reason: string,
) {
  await db
    .updateTable('sessions')
    .set({ ended_at: now.toISOString(), end_reason: reason })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Logout. */
export async function endSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<void> {
  await endSessionByHash(db, tokenHash, now, 'logout');
}

/** Ends every session of an account (disabled account, password changed). */
export async function endAllSessions(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
  reason: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: now.toISOString(), end_reason: reason })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null)
    .execute();
}
