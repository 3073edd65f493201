import { testDialects } from '@doithoai/db/testing';
import type { DocumentRenderer, RenderedDocument } from '@doithoai/documents';
import type { Role } from '@doithoai/domain';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { startSession, SESSION_COOKIE } from '../auth/sessions.js';
import { createCalendarProvider } from '../calendar-provider.js';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import type { PlanView } from '../routers/plans/plans-view.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { DOCUMENTS_RETRY_AFTER_SECONDS, FairShare } from './documents-fair-share.js';
import { documentRoutes } from './documents.js';

/*
 * Issue 17: 20 concurrent PDF requests from the lowest staff role made the secretary's plan PDF
 * wait until it timed out at 90 s. Each caller now has a fair share of the document queue; a
 * request beyond it is refused at once with 503 and Retry-After. The renderer here is held by
 * the test, so no clock decides anything: what counts is which documents are being made.
 */

const dialects = await testDialects();
const NOW = '2025-12-20T03:00:00.000Z';

/** A renderer whose documents are finished only when the test says so. */
function heldRenderer() {
  const pending: (() => void)[] = [];
  const renderer: DocumentRenderer = {
    pdfAvailable: true,
    render: (_kind, _record, options) =>
      new Promise<RenderedDocument>((resolve) =>
        pending.push(() =>
          resolve({
            bytes: Buffer.from('%PDF-1.7 kế hoạch'),
            format: options?.format ?? 'pdf',
            contentType: 'application/pdf',
            fileName: 'ke-hoach.pdf',
          }),
        ),
      ),
    close: () => Promise.resolve(),
  };
  return { renderer, pending };
}

/** Lets the event loop run until `done()` (no time limit: the suite's own timeout is the bound). */
async function until(done: () => boolean) {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe.each(dialects)('each caller’s fair share of the document queue on $name', (dialect) => {
  let api: TestApi;
  let plan: PlanView;
  beforeAll(async () => {
    api = await createTestApi(dialect);
    plan = await choMoiPlanAt(api, 'approved', { documentNumber: 14 });
    api.setNow(NOW);
  });
  afterAll(() => api.close());

  const cookie = async (role: Role) => {
    const { token } = await startSession(
      api.handle.db,
      api.tenant.accounts[role].id,
      new Date(NOW),
    );
    return `${SESSION_COOKIE}=${token}`;
  };

  it('twenty PDFs asked at once by a village officer do not starve the secretary’s plan: two are made, eighteen get 503 with Retry-After at once', async () => {
    const { renderer, pending } = heldRenderer();
    const app = new Hono().route(
      '/documents',
      documentRoutes(
        {
          db: api.handle.db,
          dialect: api.handle.dialect,
          now: () => new Date(NOW),
          calendars: createCalendarProvider(0),
          secureCookies: false,
        },
        { clientIp: () => '203.0.113.5', renderer: () => renderer },
      ),
    );
    const path = `/documents/plans/${plan.plan.id}/ke-hoach.pdf`;
    const village = { cookie: await cookie('village') };
    const settled: Response[] = [];
    const flood = Array.from({ length: 20 }, () =>
      Promise.resolve(app.request(path, { headers: village })).then((response) => {
        settled.push(response);
        return response;
      }),
    );
    // Every request is either being made or answered.
    await until(() => pending.length + settled.length === 20);
    expect(pending).toHaveLength(2);
    expect(settled).toHaveLength(18);
    for (const refused of settled) {
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe(String(DOCUMENTS_RETRY_AFTER_SECONDS));
      const body = (await refused.json()) as {
        error: { code: string; message: string; data: { retryAfterSeconds: number } };
      };
      expect(body.error.code).toBe('DOCUMENT_SHARE_USED');
      expect(body.error.message).toContain('thử lại sau ít giây');
      expect(body.error.data.retryAfterSeconds).toBe(DOCUMENTS_RETRY_AFTER_SECONDS);
    }

    // The secretary's document starts while the village officer's two are still being made.
    const secretary = app.request(path, { headers: { cookie: await cookie('party-secretary') } });
    await until(() => pending.length === 3);
    for (const finish of pending) finish();
    const mine = await secretary;
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    const made = await Promise.all(flood);
    expect(made.filter((r) => r.status === 200)).toHaveLength(2);

    // Once they are made, the village officer's share is free again.
    const again = app.request(path, { headers: village });
    await until(() => pending.length === 4);
    present(pending[3], 'the render of the fourth request')();
    expect((await again).status).toBe(200);
  });
});

describe('the fair share', () => {
  it('refuses a caller over its share, and anyone when the queue is long; a released ticket frees both', () => {
    const share = new FairShare(2, 3);
    const a1 = share.enter('account:a');
    const a2 = share.enter('account:a');
    expect(share.enter('account:a')).toBe('caller-share-used');
    const b1 = share.enter('address:192.0.2.1');
    expect(share.enter('account:c')).toBe('queue-long');
    if (typeof a1 === 'string' || typeof a2 === 'string' || typeof b1 === 'string')
      throw new Error('refused');
    a1.release();
    a1.release(); // twice counts once
    expect(share.size).toEqual({ inFlight: 2, callers: 2 });
    expect(typeof share.enter('account:c')).toBe('object');
    a2.release();
    b1.release();
    expect(share.size).toEqual({ inFlight: 1, callers: 1 });
  });
});
