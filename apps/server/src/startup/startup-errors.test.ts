import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest } from '@doithoai/db';
import { testDialects, TEST_POSTGRES_URL } from '@doithoai/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { startServer } from '../server.js';
import { describeStartupFailure, startupFailureLines } from './startup-errors.js';

// Issue 20: a server that cannot start says in Vietnamese what is wrong and what to do, with no
// stack trace. Each case is the real failure (a real port in use, a real refused connection…),
// run through `startServer` and explained by `startupFailureLines`, as `main.ts` prints it.

const postgres = (await testDialects()).some((dialect) => dialect.name === 'postgres');
const runsAsRoot = process.getuid?.() === 0;

/** The lines `main.ts` prints for a start with these settings (the start must fail). */
async function failedStart(env: Record<string, string>): Promise<string[]> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DEMO_DATA: '0', ...env });
  try {
    const server = await startServer(config);
    await server.close();
  } catch (error) {
    return startupFailureLines(error, config);
  }
  throw new Error('the server started');
}

function expectPlainVietnamese(lines: string[]): void {
  const text = lines.join('\n');
  expect(text).not.toMatch(/\n\s+at /u); // no stack frame
  expect(lines).toHaveLength(1); // a recognised failure, not the generic fallback
}

describe('a server that cannot start explains why, in Vietnamese', () => {
  let folder: string;
  let busy: Server;
  let busyPort: number;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-startup-'));
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => busy.close(resolve));
    chmodSync(folder, 0o700);
    rmSync(folder, { recursive: true, force: true });
  });

  it('a port in use: refused before the database is opened or migrated', async () => {
    const file = join(folder, 'cong-ban', 'doithoai.db');
    const lines = await failedStart({ PORT: String(busyPort), DATABASE_URL: file });
    expectPlainVietnamese(lines);
    expect(lines[0]).toMatch(
      new RegExp(`^Cổng ${busyPort} đang được một chương trình khác sử dụng`, 'u'),
    );
    expect(lines[0]).toMatch(/PORT/u);
    expect(existsSync(file)).toBe(false); // the port was checked first
  });

  it('a database migrated by a newer release: run that release or restore the backup', async () => {
    const file = join(folder, 'moi-hon.db');
    const handle = createDatabase({ url: file });
    await migrateToLatest(handle.db);
    await sql`insert into kysely_migration (name, timestamp) values ('2099_01_01_0000_from_the_future', '2099-01-01T00:00:00.000Z')`.execute(
      handle.db,
    );
    await handle.close();
    const lines = await failedStart({ DATABASE_URL: file });
    expectPlainVietnamese(lines);
    expect(lines[0]).toMatch(/phiên bản Đối thoại mới hơn/u);
    expect(lines[0]).toMatch(/2099_01_01_0000_from_the_future/u);
    expect(lines[0]).toMatch(/khôi phục bản sao lưu/u);
  });

  it.skipIf(runsAsRoot)(
    'a read-only folder: which folder, and how to make it writable',
    async () => {
      const locked = join(folder, 'chi-doc');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const lines = await failedStart({ DATABASE_URL: join(locked, 'doithoai.db') });
      expectPlainVietnamese(lines);
      expect(lines[0]).toMatch(/^Không ghi được cơ sở dữ liệu SQLite/u);
      expect(lines[0]).toContain(locked);
      expect(lines[0]).toMatch(/chown/u);
    },
  );

  it('a read-only folder, as the system reports it to any user (EACCES, EROFS, SQLITE_READONLY)', () => {
    for (const code of ['EACCES', 'EROFS', 'SQLITE_READONLY']) {
      const error = Object.assign(new Error(`${code}: permission denied, mkdir '/srv/x'`), {
        code,
        syscall: 'mkdir',
      });
      const text = describeStartupFailure(error, { databaseUrl: '/srv/doithoai/data/doithoai.db' });
      expect(text).toMatch(
        /^Không ghi được cơ sở dữ liệu SQLite \/srv\/doithoai\/data\/doithoai\.db/u,
      );
      expect(text).toMatch(/chown -R doithoai: \/srv\/doithoai\/data/u);
    }
  });

  it('a refused connection: is PostgreSQL running, and on which port', async () => {
    // Port 1 on the loopback: nothing listens there.
    const lines = await failedStart({ DATABASE_URL: 'postgres://doithoai@127.0.0.1:1/doithoai' });
    expectPlainVietnamese(lines);
    expect(lines[0]).toMatch(/^PostgreSQL tại 127\.0\.0\.1:1 từ chối kết nối/u);
    expect(lines[0]).toMatch(/systemctl status postgresql/u);
  });

  it('a host name that does not resolve: check DATABASE_URL', async () => {
    const lines = await failedStart({
      DATABASE_URL: 'postgres://doithoai@khong-co-may-nay.invalid:5432/doithoai',
    });
    expectPlainVietnamese(lines);
    expect(lines[0]).toMatch(/^Không tìm thấy máy chủ PostgreSQL "khong-co-may-nay\.invalid"/u);
  });

  it.skipIf(!postgres)('a database not created yet: how to create it', async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = '/doithoai_chua_tao_csdl';
    const lines = await failedStart({ DATABASE_URL: url.toString() });
    expectPlainVietnamese(lines);
    expect(lines[0]).toMatch(/"doithoai_chua_tao_csdl" chưa được tạo/u);
    expect(lines[0]).toMatch(/createdb/u);
  });

  it('a setting it cannot use: the setting and what it expects', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgre://db/doithoai' })).toThrow(ConfigError);
    const error = new ConfigError('DATABASE_URL="postgre://db/doithoai" không hợp lệ');
    expect(describeStartupFailure(error, { databaseUrl: '' })).toBe(error.message);
  });

  it('anything else: the message alone, never the stack', () => {
    const lines = startupFailureLines(new Error('điều chưa lường trước'), { databaseUrl: 'x.db' });
    expect(lines[0]).toBe('Không khởi động được: điều chưa lường trước');
    expect(lines.join('\n')).not.toMatch(/\n\s+at /u);
  });
});
