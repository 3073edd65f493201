import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { findOrCreateSecret, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';
import type { Context } from '../../context.js';

/**
 * The HMAC key of the public pages (form tokens, hashed rate-limit subjects). Generated once
 * (32 random bytes) and kept in the database's `server_secrets`, so every server process of an
 * installation — several on one PostgreSQL — shares it without a setting to get wrong, and a
 * restart does not void the forms citizens have open. Cached per database handle.
 */
const cache = new WeakMap<Kysely<Database>, Promise<string>>();
export const PUBLIC_SECRET_NAME = 'public-form-hmac';

/** @example const key = await publicSecret(ctx); */
export function publicSecret(ctx: Pick<Context, 'deps' | 'requestTime'>): Promise<string> {
  const db = ctx.deps.db;
  let secret = cache.get(db);
  if (!secret) {
    secret = findOrCreateSecret(
      db,
      PUBLIC_SECRET_NAME,
      () => randomBytes(32).toString('base64url'),
      ctx.requestTime.toISOString(),
    );
    secret.catch(() => cache.delete(db));
    cache.set(db, secret);
  }
  return secret;
}

/** @example sign(key, 'register-phone:0987000201') // 43 base64url characters */
export function sign(key: string, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}

/** Compares two signatures in constant time. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
