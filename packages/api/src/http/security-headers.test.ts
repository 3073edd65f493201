import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

/*
 * Issue 17, headers: every answer forbids framing and sniffing and keeps the referrer on the
 * site; every /trpc answer — a signed-in officer's data, a citizen's tracking view, a refusal —
 * is `Cache-Control: no-store`. On every dialect.
 */

const dialects = await testDialects();

function expectSecurityHeaders(headers: Headers, what: string) {
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('same-origin');
}

describe.each(dialects)('security headers on $name', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(dialect);
  });
  afterAll(() => api.close());

  it('a signed-in officer’s answers, a citizen’s tracking lookup and a refusal are never stored by a cache, and cannot be framed', async () => {
    const office = await api.http.as('party-office');
    const list = await office.query('plans.list', { year: 2025 });
    expect(list.status).toBe(200);
    // Raw HTTP on purpose: this test is about the headers of the answer itself.
    const tracking = await api.http.anonymous.mutate(
      'public.track',
      { code: 'ZZZZ-ZZZZ' },
      { 'x-real-ip': '203.0.113.66' },
    );
    expect(tracking.status).toBe(404);
    const anonymous = await api.http.anonymous.query('plans.list', { year: 2025 });
    expect(anonymous.status).toBe(401);
    for (const [what, response] of [
      ['plans.list', list],
      ['public.track', tracking],
      ['refusal', anonymous],
    ] as const) {
      expect(response.headers.get('cache-control'), what).toBe('no-store');
      expectSecurityHeaders(response.headers, what);
      expect(response.headers.get('content-security-policy'), what).toContain("default-src 'none'");
    }
  });

  it('the probes and the document downloads carry the same headers', async () => {
    const health = await api.app.request('/healthz');
    expectSecurityHeaders(health.headers, '/healthz');
    const capabilities = await api.app.request('/documents/capabilities');
    expectSecurityHeaders(capabilities.headers, '/documents/capabilities');
  });
});
