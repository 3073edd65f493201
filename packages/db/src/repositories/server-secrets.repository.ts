import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * A named secret, generated on first use and kept: `on conflict do nothing` then a read, so two
 * server processes starting together agree on one value.
 *
 * @example const key = await findOrCreateSecret(db, 'public-form-hmac', () => randomBytes(32).toString('base64url'), now);
 */
export async function findOrCreateSecret(
  db: Kysely<Database>,
  name: string,
  generate: () => string,
  now: string,
): Promise<string> {
  const read = () =>
    db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await db
    .insertInto('server_secrets')
    .values({ name, value: generate(), created_at: now })
    .onConflict((c) => c.column('name').doNothing())
    .execute();
  const stored = await read();
  if (!stored) throw new Error(`The server secret ${name} is missing right after it was written`);
  return stored.value;
}
