// Shared by the server's batch guard and the apps' client (no server code here).

/** Most calls one HTTP request may batch: each call costs work the per-call limits cannot see. */
export const MAX_BATCH_CALLS = 10;

/**
 * Calls that must travel alone, by type and path: a login and a public mutation are each counted
 * by a throttle or a rate limit, and a batch would carry many guesses past a single check.
 *
 * @example travelsAlone('mutation', 'public.register') // true
 */
export function travelsAlone(type: string, path: string): boolean {
  return type === 'mutation' && (path === 'auth.login' || path.startsWith('public.'));
}
