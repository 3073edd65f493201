import type { Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { fromFlag } from './ids.js';

// Storage of sign-in sessions. The policy — tokens, their hashing, the idle and absolute limits —
// is the api's (`auth/sessions.ts`); only the token's hash is ever stored.

/** A stored session and what the request context needs of its account. */
export interface SessionWithAccount {
  tokenHash: string;
  lastSeenAt: string;
  expiresAt: string;
  endedAt: string | null;
  account: {
    id: string;
    username: string;
    fullName: string;
    role: Role;
    adminUnitCode: string;
    organisationId: string | null;
    active: boolean;
    /** A one-time password is in use: only changing it is allowed (issue 14). */
    mustChangePassword: boolean;
  };
}

/** @example await insertSession(db, { tokenHash, accountId, createdAt: now, expiresAt }) */
export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; accountId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      account_id: session.accountId,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
      ended_at: null,
      end_reason: null,
    })
    .execute();
}

/** @example (await findSessionWithAccount(db, tokenHash))?.account.role // 'party-office' */
export async function findSessionWithAccount(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<SessionWithAccount | undefined> {
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
      'accounts.must_change_password',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return (
    row && {
      tokenHash: row.token_hash,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
      endedAt: row.ended_at,
      account: {
        id: row.account_id,
        username: row.username,
        fullName: row.full_name,
        role: row.role as Role,
        adminUnitCode: row.admin_unit_code,
        organisationId: row.organisation_id,
        active: fromFlag(row.active),
        mustChangePassword: fromFlag(row.must_change_password),
      },
    }
  );
}

/** Records that the session was used at `at`. @example await touchSession(db, tokenHash, now) */
export async function touchSession(
  db: Kysely<Database>,
  tokenHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/**
 * Ends one session, if it is not ended already (the first reason stays).
 *
 * @example await markSessionEnded(db, tokenHash, now, 'logout')
 */
export async function markSessionEnded(
  db: Kysely<Database>,
  tokenHash: string,
  at: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: at, end_reason: reason })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

/**
 * Ends every open session of an account.
 *
 * @example await markAccountSessionsEnded(trx, accountId, now, 'password-reset')
 */
export async function markAccountSessionsEnded(
  db: Kysely<Database>,
  accountId: string,
  at: string,
  reason: string,
  /** A session to leave open: the one the person changed their own password in. */
  except?: string,
): Promise<void> {
  let update = db
    .updateTable('sessions')
    .set({ ended_at: at, end_reason: reason })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null);
  if (except !== undefined) update = update.where('token_hash', '!=', except);
  await update.execute();
}
