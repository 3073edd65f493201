import { randomBytes } from 'node:crypto';
import { sameSignature, sign } from './public-secret.js';

/**
 * The registration form's fill-time token. The page asks for one when the form opens; the
 * server signs the plan and the instant (HMAC-SHA256 with the installation's secret), and on
 * submission refuses a token that is forged, for another dialogue, too young (a bot posts
 * within a second; a person takes more than `MIN_FILL_SECONDS` to type a name, a phone number
 * and a question) or too old (a form left open overnight asks for a fresh one). Stateless: no
 * table, nothing to clean up.
 */
export const FORM_TOKEN_POLICY = { minFillSeconds: 3, maxAgeHours: 12 } as const;

export type FormTokenVerdict =
  { ok: true; issuedAt: Date } | { ok: false; reason: 'invalid' | 'too-fast' | 'expired' };

/**
 * A token for `planId` issued at `now`: `<payload>.<signature>`, both base64url.
 *
 * @example issueFormToken(key, planId, new Date()) // 'eyJwIjoi….Xk3…'
 */
export function issueFormToken(key: string, planId: string, now: Date): string {
  const payload = Buffer.from(
    JSON.stringify({ p: planId, t: now.getTime(), n: randomBytes(8).toString('base64url') }),
  ).toString('base64url');
  return `${payload}.${sign(key, `form:${payload}`)}`;
}

/**
 * Checks a token against the plan it is posted for and the server's clock.
 *
 * @example verifyFormToken(key, token, planId, new Date(Date.now() + 10_000)) // { ok: true, … }
 */
export function verifyFormToken(
  key: string,
  token: string,
  planId: string,
  now: Date,
  policy: { minFillSeconds: number; maxAgeHours: number } = FORM_TOKEN_POLICY,
): FormTokenVerdict {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  if (!sameSignature(signature, sign(key, `form:${payload}`)))
    return { ok: false, reason: 'invalid' };
  let parsed: { p?: unknown; t?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (parsed.p !== planId || typeof parsed.t !== 'number') return { ok: false, reason: 'invalid' };
  const age = now.getTime() - parsed.t;
  if (age < policy.minFillSeconds * 1000) return { ok: false, reason: 'too-fast' };
  if (age > policy.maxAgeHours * 3_600_000) return { ok: false, reason: 'expired' };
  return { ok: true, issuedAt: new Date(parsed.t) };
}
