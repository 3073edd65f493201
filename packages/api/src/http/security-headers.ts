import type { MiddlewareHandler } from 'hono';

/**
 * The policy of every answer that is not a page: it loads nothing and may be framed by nobody.
 * Pages get theirs from the server (`apps/server/src/static-apps.ts`, with their scripts' hashes).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers on every answer (issue 17): no framing (`frame-ancestors 'none'`, and
 * `X-Frame-Options: DENY` for older browsers), no sniffing, no referrer outside the site, and a
 * Content-Security-Policy when the handler set none.
 *
 * @example app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('content-security-policy'))
      headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
    headers.set('x-frame-options', 'DENY');
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'same-origin');
  };
}

/**
 * `/trpc` answers hold personal data — a signed-in officer's petitions, a citizen's tracking
 * view — so neither the browser nor a proxy keeps them (issue 17): `Cache-Control: no-store`
 * on every one, errors included.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  };
}
