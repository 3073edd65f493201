import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createApiClient } from '@doithoai/api/client';
import { loadConfig } from './config.js';
import { DEMO_PASSWORD } from './demo/demo-accounts.js';
import { signedInClient } from './faults/fault-harness.test-support.js';
import { startServer, type RunningServer } from './server.js';

const portIsClosed = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('the server, started for real on a free port with a temporary SQLite file', () => {
  let folder: string;
  let server: RunningServer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-server-'));
    // A nested, missing folder: the server creates it.
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(folder, 'data', 'doithoai.db')}`,
    });
    server = await startServer(config);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('listens on the port it was given and reports a healthy SQLite database', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('answers calendar.holidays over HTTP', async () => {
    const holidays = await createApiClient(`${server.url}/trpc`).calendar.holidays.query({
      year: 2026,
    });
    expect(holidays.find((d) => d.date === '2026-02-17')?.kind).toBe('holiday');
  });

  it('created the demo on the empty database: a demo account signs in with the shared password', async () => {
    expect(server.demo).toBe('seeded');
    // Raw HTTP on purpose: the test is about the session cookie the server sets and the address
    // it records (a forged header ignored), which the typed client does not show.
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      // A forged address header is ignored: the socket's address is recorded.
      headers: { 'content-type': 'application/json', 'x-real-ip': '203.0.113.250' },
      body: JSON.stringify({ username: 'chutich.sontayha', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = present(login.headers.get('set-cookie')?.split(';')[0], 'the session cookie');
    const me = await signedInClient(server.url, cookie).auth.me.query();
    expect(me).toEqual({
      username: 'chutich.sontayha',
      fullName: 'Nguyễn Thị Tình',
      role: 'commune-chair',
      unit: { code: '21343', name: 'Sơn Tây Hạ' },
      mustChangePassword: false,
    });
    const attempts = await server.handle.db.selectFrom('login_attempts').select('ip').execute();
    expect(attempts.map((a) => a.ip)).toEqual([expect.stringMatching(/127\.0\.0\.1$/)]);
  });

  it('shuts down gracefully: the port is released and the database closed', async () => {
    const { port } = server;
    await server.close();
    expect(await portIsClosed(port)).toBe(true);
    // Started again on the same file: migrations are done, the demo is already there.
    server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: join(folder, 'data', 'doithoai.db'),
      }),
    );
    expect(server.demo).toBe('present');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
