import { createHash, randomBytes } from 'node:crypto';
import {
  findSessionWithAccount,
  insertSession,
  markAccountSessionsEnded,
  markSessionEnded,
  touchSession,
  type Database,
  type SessionWithAccount,
} from '@doithoai/db';
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
  await insertSession(db, {
    tokenHash: hashToken(token),
    accountId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

/**
 * The session behind a cookie token and its account, if the session is live: not ended, not past
 * its absolute expiry, not idle too long, and the account still active. Refreshes `lastSeenAt` at
 * most once a minute.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<SessionWithAccount | null> {
  const tokenHash = hashToken(token);
  const session = await findSessionWithAccount(db, tokenHash);
  if (!session || session.endedAt || !session.account.active) return null;
  const nowIso = now.toISOString();
  const idleLimit = new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000).toISOString();
  if (session.expiresAt <= nowIso || session.lastSeenAt < idleLimit) {
    await markSessionEnded(db, tokenHash, nowIso, session.expiresAt <= nowIso ? 'expired' : 'idle');
    return null;
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) > 60_000)
    await touchSession(db, tokenHash, nowIso);
  return session;
}

/** Logout. */
export async function endSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<void> {
  await markSessionEnded(db, tokenHash, now.toISOString(), 'logout');
}

/** Ends every session of an account (disabled account, password changed), but `except`'s. */
export async function endAllSessions(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
  reason: string,
  except?: string,
): Promise<void> {
  await markAccountSessionsEnded(db, accountId, now.toISOString(), reason, except);
}
