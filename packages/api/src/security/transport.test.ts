import { testDialects } from '@doithoai/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { SESSION_COOKIE, startSession } from '../auth/sessions.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { MUTATIONS } from './procedures.test-support.js';

// What a hostile page or a broken client can send to every mutation: a cross-site form post, a
// JSON post from another origin, a body that is not JSON, a body too large. Each is refused with
// a 4xx before any procedure runs — never a 200, never a 500 — and nothing is written.

const dialects = await testDialects();

describe.each(dialects)('every mutation refuses abusive requests on $name', (dialect) => {
  let api: TestApi;
  let cookie: string;
  let auditRows: () => Promise<number>;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    // The most powerful staff session: refusals must not depend on who is signed in.
    const { token } = await startSession(
      api.handle.db,
      api.tenant.accounts['party-office'].id,
      new Date('2025-11-20T02:00:00.000Z'),
    );
    cookie = `${SESSION_COOKIE}=${token}`;
    auditRows = async () => {
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from audit_log`.execute(api.handle.db);
      return Number(present(rows[0], 'the count row').n);
    };
  });
  afterAll(() => api.close());

  const post = (path: string, headers: Record<string, string>, body: string) =>
    api.app.request(
      new Request(`http://localhost/trpc/${path}`, {
        method: 'POST',
        headers: { cookie, ...headers },
        body,
      }),
    );

  const ATTACKS: [string, Record<string, string>, () => string, number][] = [
    [
      'a cross-site HTML form (urlencoded)',
      { 'content-type': 'application/x-www-form-urlencoded' },
      () => 'planId=x',
      415,
    ],
    ['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, () => '--x--', 415],
    ['text/plain (the CORS-safe type)', { 'content-type': 'text/plain' }, () => '{}', 415],
    ['no content type', {}, () => '{}', 415],
    [
      'JSON from another origin',
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      () => '{}',
      403,
    ],
    [
      'JSON from another origin to our Host',
      { 'content-type': 'application/json', origin: 'https://evil.example', host: 'localhost' },
      () => '{}',
      403,
    ],
    [
      'JSON with Sec-Fetch-Site: cross-site',
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      () => '{}',
      403,
    ],
    [
      'JSON from a sandboxed frame (Origin: null)',
      { 'content-type': 'application/json', origin: 'null' },
      () => '{}',
      403,
    ],
  ];

  it.each(ATTACKS)('%s is refused by every mutation', async (_, headers, body, expected) => {
    const before = await auditRows();
    const unexpected: string[] = [];
    for (const { path } of MUTATIONS) {
      const response = await post(path, headers, body());
      if (response.status !== expected) unexpected.push(`${path}: ${response.status}`);
    }
    expect(unexpected).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('malformed JSON gets a 400 from every mutation, never a 500', async () => {
    const unexpected: string[] = [];
    for (const { path } of MUTATIONS) {
      for (const body of ['{"planId": ', '{planId: 1}', '\u0000', '[1,2', 'undefined']) {
        const response = await post(path, { 'content-type': 'application/json' }, body);
        if (response.status !== 400)
          unexpected.push(`${path} ${JSON.stringify(body)}: ${response.status}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('a body over 2 MiB gets 413 from every mutation, and nothing is stored', async () => {
    const before = await auditRows();
    const huge = JSON.stringify({ content: 'Đề nghị '.repeat(300_000) });
    const unexpected: string[] = [];
    for (const { path } of MUTATIONS) {
      const response = await post(path, { 'content-type': 'application/json' }, huge);
      const body = (await response.json()) as { error?: { data?: { domainCode?: string } } };
      if (response.status !== 413 || body.error?.data?.domainCode !== 'PAYLOAD_TOO_LARGE')
        unexpected.push(`${path}: ${response.status}`);
    }
    expect(unexpected).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('a mutation cannot be run by a GET (a link or an <img> on another site)', async () => {
    const unexpected: string[] = [];
    for (const { path } of MUTATIONS) {
      const response = await api.app.request(
        new Request(`http://localhost/trpc/${path}?input=${encodeURIComponent('{}')}`, {
          headers: { cookie },
        }),
      );
      if (response.status < 400 || response.status >= 500)
        unexpected.push(`${path}: ${response.status}`);
    }
    expect(unexpected).toEqual([]);
  });
});
