// The browser tests' world: the real server (built packages and built apps) on a free port with a
// temporary SQLite database and no demo data, the accounts a journey needs, and Debian's chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@doithoai/api/server';
import { createDatabase, insertAccount, insertAdminUnit, migrateToLatest } from '@doithoai/db';
import type { Role } from '@doithoai/domain';
import { ADMIN_UNITS } from '@doithoai/domain/testing';
import { loadConfig } from '@doithoai/server/dist/config.js';
import { startServer, type RunningServer } from '@doithoai/server/dist/server.js';
import { chromium, type BrowserContext } from 'playwright-core';
import { present } from './present.js';

export const CHROMIUM = '/usr/bin/chromium';
export const PASSWORD = 'MatKhau@Thu2025';

/** Whether the journey can run here; `REQUIRE_BROWSER=1` (CI) makes a missing browser a failure. */
export function browserAvailability(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM)) return { run: true, reason: '' };
  const reason = `Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM} (apt-get install chromium fonts-liberation2).`;
  if (process.env['REQUIRE_BROWSER'] === '1')
    throw new Error(`${reason} REQUIRE_BROWSER=1 nên đây là lỗi.`);
  return { run: false, reason };
}

export interface World {
  server: RunningServer;
  /** Where screenshots and PDFs go (the app's `test-artifacts/`). */
  artifacts: string;
  /** Chromium with a fresh profile in the temporary folder. */
  context: BrowserContext;
  url: string;
  /** Moves the server's clock to `instant` (it runs on in real time from there). */
  setClock(instant: string): void;
  stop(): Promise<void>;
}

/** Writes more of the commune (villages, bodies) before the server starts. */
export type Prepare = (
  db: Parameters<typeof insertAdminUnit>[0],
  communeCode: string,
  at: string,
) => Promise<void>;

/** One account of the world; a department's body is known once `prepare` has run. */
export interface WorldAccount {
  role: Role;
  fullName: string;
  organisationId?: () => string;
}

export interface WorldOptions {
  accounts: Record<string, WorldAccount>;
  /** The server's clock at start (ISO instant). */
  clockStart: string;
  /** The app's artefacts folder, e.g. `fileURLToPath(new URL('../test-artifacts/', import.meta.url))`. */
  artifacts: string;
  prepare?: Prepare;
  /** The commune the accounts belong to (its province is created too); Chợ Mới by default. */
  commune?: CommuneKey;
}

/** The seed plans' communes. */
export type CommuneKey = 'choMoi' | 'khoenOn' | 'vinhBao' | 'sonTayHa';

/**
 * Creates the database with the commune (Chợ Mới unless told otherwise), runs `prepare` (villages, bodies), creates one
 * account per `accounts` entry, then starts the real server on it with the clock at `clockStart`
 * (moving on in real time).
 *
 * @example const world = await startWorld({ accounts: { 'vpub.chomoi': { role: 'government-office', fullName: 'Ma Văn Hùng' } }, clockStart, artifacts });
 */
export async function startWorld({
  accounts,
  clockStart,
  artifacts,
  prepare,
  commune = 'choMoi',
}: WorldOptions): Promise<World> {
  const folder = mkdtempSync(join(tmpdir(), 'doithoai-browser-'));
  const url = `file:${join(folder, 'doithoai.db')}`;
  const setup = createDatabase({ url });
  await migrateToLatest(setup.db);
  const at = new Date(clockStart).toISOString();
  const unit = ADMIN_UNITS[commune];
  const province = present(
    Object.values(ADMIN_UNITS).find((u) => u.code === unit.parentCode),
    `the province of ${commune}`,
  );
  await insertAdminUnit(
    setup.db,
    { code: province.code, name: province.name, level: 'province' },
    at,
  );
  await insertAdminUnit(
    setup.db,
    { code: unit.code, name: unit.name, level: 'commune', kind: 'xã', parentCode: province.code },
    at,
  );
  await prepare?.(setup.db, unit.code, at);
  const passwordHash = await hashPassword(PASSWORD);
  for (const [username, { organisationId, ...account }] of Object.entries(accounts))
    await insertAccount(
      setup.db,
      {
        username,
        ...account,
        ...(organisationId ? { organisationId: organisationId() } : {}),
        adminUnitCode: unit.code,
        passwordHash,
      },
      at,
    );
  await setup.close();

  let clock = { from: Date.parse(clockStart), started: Date.now() };
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, DEMO_DATA: '0' }),
    { now: () => new Date(clock.from + (Date.now() - clock.started)) },
  );
  const context = await chromium.launchPersistentContext(join(folder, 'chromium'), {
    executablePath: CHROMIUM,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(artifacts, { recursive: true });
  return {
    server,
    artifacts,
    context,
    url: server.url,
    setClock(instant) {
      clock = { from: Date.parse(instant), started: Date.now() };
    },
    async stop() {
      await context.close();
      await server.close(1000);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A browser context living at the server's date. The session cookie's expiry comes from the
 * server's clock (November 2025 in the journey), which the real browser clock would see as
 * long past; the context therefore keeps the cookie the server sets as a session cookie.
 */
export async function contextAtServerDate(
  world: World,
  clockStart: string,
): Promise<BrowserContext> {
  const { context } = world;
  await context.clock.setFixedTime(new Date(clockStart));
  await context.route('**/trpc/auth.login*', async (route) => {
    const response = await route.fetch();
    const setCookie = response.headers()['set-cookie'] ?? '';
    const token = /doithoai_session=([^;]+)/u.exec(setCookie)?.[1];
    if (token)
      await context.addCookies([
        {
          name: 'doithoai_session',
          value: token,
          domain: '127.0.0.1',
          path: '/',
          httpOnly: true,
          sameSite: 'Lax',
        },
      ]);
    const headers = { ...response.headers() };
    delete headers['set-cookie'];
    await route.fulfill({ response, headers });
  });
  return context;
}
