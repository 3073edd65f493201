import type { Context as HonoContext } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions.js';
import type { ApiDependencies, SessionUser } from '../context.js';

/**
 * The signed-in user behind a request's session cookie, or null (no cookie, expired, ended):
 * what `/trpc` and the document downloads both build their context from, so the two can never
 * disagree about who is asking.
 *
 * @example const user = await sessionUserOf(deps, c);
 */
export async function sessionUserOf(
  deps: ApiDependencies,
  c: HonoContext,
): Promise<SessionUser | null> {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await resolveSession(deps.db, token, deps.now()) : null;
  return session
    ? {
        accountId: session.account.id,
        username: session.account.username,
        fullName: session.account.fullName,
        role: session.account.role,
        adminUnitCode: session.account.adminUnitCode,
        organisationId: session.account.organisationId,
        mustChangePassword: session.account.mustChangePassword,
        tokenHash: session.tokenHash,
      }
    : null;
}
