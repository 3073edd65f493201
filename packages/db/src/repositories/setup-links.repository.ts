import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * The first run's one-time setup links (issue 14): only the token's hash is stored, valid until
 * `expiresAt`, used once.
 *
 * @example await insertSetupLink(db, { tokenHash, createdAt: now, expiresAt })
 */
export async function insertSetupLink(
  db: Kysely<Database>,
  link: { tokenHash: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('setup_links')
    .values({
      token_hash: link.tokenHash,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      used_at: null,
      used_by: null,
    })
    .execute();
}

/**
 * Marks a link used if it exists, is unused and has not expired at `at`; false otherwise — one
 * conditional update, so two people submitting the same link cannot both pass.
 *
 * @example await useSetupLink(trx, { tokenHash, at: now, usedBy: accountId }) // true once
 */
export async function useSetupLink(
  db: Kysely<Database>,
  use: { tokenHash: string; at: string; usedBy: string },
): Promise<boolean> {
  const result = await db
    .updateTable('setup_links')
    .set({ used_at: use.at, used_by: use.usedBy })
    .where('token_hash', '=', use.tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', use.at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether a link is usable at `at` (exists, unused, not expired). @example await isSetupLinkUsable(db, hash, now) */
export async function isSetupLinkUsable(
  db: Kysely<Database>,
  tokenHash: string,
  at: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('setup_links')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return row !== undefined;
}
