import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { loadConfig } from '../config.js';
import { jsonLogger, type LogLevel } from '../logging/logger.js';
import { startServer, type RunningServer } from '../server.js';

// Issue 20: no request was logged (a 400, 401, 403 or 404 wrote nothing), and `/metrics`,
// `/readyz` or any unknown path answered 200 with the home page.

describe('the server logs every request as a JSON line and answers unknown paths with 404', () => {
  let folder: string;
  let server: RunningServer;
  const lines: { line: string; level: LogLevel }[] = [];
  const logged = () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-log-'));
    server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: join(folder, 'doithoai.db'),
        DEMO_DATA: '0',
      }),
      { logger: jsonLogger((line, level) => lines.push({ line, level })) },
    );
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes method, path, status, duration and request id for a refusal too, and returns the id', async () => {
    lines.length = 0;
    const refused = await fetch(`${server.url}/trpc/petitions.list?input=%7B%7D`);
    expect(refused.status).toBe(401);
    const requestId = refused.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/u);
    const [entry] = logged();
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      path: '/trpc/petitions.list',
      status: 401,
      requestId,
    });
    const written = present(entry, 'the request log entry');
    expect(typeof written['durationMs']).toBe('number');
    expect(new Date(written['time'] as string).toISOString()).toBe(written['time']);
  });

  it('ignores a client-chosen X-Request-Id when no proxy is trusted', async () => {
    const response = await fetch(`${server.url}/healthz`, {
      headers: { 'x-request-id': 'forged-by-the-client-1234' },
    });
    expect(response.headers.get('x-request-id')).not.toBe('forged-by-the-client-1234');
  });

  it('answers 404 for /metricz, an old page or a typo — JSON for a monitor, a Vietnamese page for a browser', async () => {
    lines.length = 0;
    for (const path of ['/metricz', '/readiness', '/wp-admin', '/trang-cu.html']) {
      const monitor = await fetch(`${server.url}${path}`);
      expect(monitor.status).toBe(404);
      expect(monitor.headers.get('content-type')).toMatch(/application\/json/u);
      const browser = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(browser.status).toBe(404);
      expect(await browser.text()).toContain('Không tìm thấy trang');
    }
    expect(logged().map((entry) => entry['status'])).toEqual(Array(8).fill(404));
  });

  it('has a readiness probe distinct from liveness: /readyz checks the database', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'sqlite' });
  });
});
