import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { verifyPassword } from '@doithoai/api/server';
import {
  createDatabase,
  findAccountByUsername,
  findAdminUnit,
  listAuditForEntity,
  updateAccountActive,
} from '@doithoai/db';
import { testDialects, TEST_POSTGRES_URL } from '@doithoai/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import type { CliIo } from './command.js';
import { runCli } from './run.js';

// Issue 14, "First run": `doithoai create-admin` on an installation without demo data, through
// the command line as an operator runs it, on a SQLite file and on a fresh PostgreSQL database.
const PASSWORD = 'Quản trị hệ thống Toàn quốc 2026';

interface Target {
  name: string;
  open(): Promise<{ url: string; close: () => Promise<void> }>;
}

const sqliteTarget: Target = {
  name: 'sqlite',
  open() {
    const folder = mkdtempSync(join(tmpdir(), 'doithoai-create-admin-'));
    return Promise.resolve({
      url: `file:${join(folder, 'doithoai.db')}`,
      close: () => {
        rmSync(folder, { recursive: true, force: true });
        return Promise.resolve();
      },
    });
  },
};

/** A database of its own (not a schema): the command connects by DATABASE_URL alone. */
const postgresTarget: Target = {
  name: 'postgres',
  async open() {
    const name = `doithoai_create_admin_${randomBytes(5).toString('hex')}`;
    const server = createDatabase({ url: TEST_POSTGRES_URL, poolSize: 1 });
    await sql`create database ${sql.id(name)}`.execute(server.db);
    const url = TEST_POSTGRES_URL.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    return {
      url,
      close: async () => {
        await sql`drop database if exists ${sql.id(name)}`.execute(server.db);
        await server.close();
      },
    };
  },
};

const targets = (await testDialects()).map((d) =>
  d.name === 'sqlite' ? sqliteTarget : postgresTarget,
);

function recordingIo(answers: { lines?: (string | null)[]; secrets?: (string | null)[] } = {}) {
  const lines: string[] = [];
  const errors: string[] = [];
  const asked: string[] = [];
  const io: CliIo = {
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    askSecret: (prompt) => {
      asked.push(prompt);
      return Promise.resolve(answers.secrets?.shift() ?? null);
    },
    ask: (prompt) => {
      asked.push(prompt);
      return Promise.resolve(answers.lines?.shift() ?? null);
    },
  };
  return { io, lines, errors, asked };
}

describe.each(targets)('doithoai create-admin on $name', (target) => {
  let url: string;
  let close: () => Promise<void>;
  const run = async (
    argv: string[],
    options: { password?: string; lines?: (string | null)[]; secrets?: (string | null)[] } = {},
  ) => {
    const recorded = recordingIo(options);
    const code = await runCli(argv, {
      io: recorded.io,
      databaseUrl: url,
      password: options.password,
      now: () => new Date('2026-12-08T01:30:00.000Z'),
    });
    return { code, ...recorded };
  };
  const withDb = async <T>(work: (db: ReturnType<typeof createDatabase>['db']) => Promise<T>) => {
    const handle = createDatabase({ url, poolSize: 1 });
    try {
      return await work(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    ({ url, close } = await target.open());
  }, 60_000);
  afterAll(async () => close?.(), 60_000);

  it('refuses a password the policy refuses, and creates nothing', async () => {
    const weak = await run(
      ['create-admin', '--username', 'quantri.hethong', '--full-name', 'Trần Thị Mai'],
      { password: 'quantri.hethong' },
    );
    expect(weak.code).toBe(2);
    expect(weak.errors[0]).toMatch(/^Mật khẩu: /u);
    const demo = await run(
      ['create-admin', '--username', 'quantri.hethong', '--full-name', 'Trần Thị Mai'],
      { password: 'DoiThoai@2025' },
    );
    expect(demo.code).toBe(2);
    expect(demo.errors[0]).toMatch(/^Mật khẩu: /u);
    await withDb(async (db) => {
      expect(await findAccountByUsername(db, 'quantri.hethong')).toBeUndefined();
    });
  });

  it('asks for the user name, full name and password on a terminal, then creates the first system administrator bound to Toàn quốc', async () => {
    const { code, lines, errors, asked } = await run(['create-admin'], {
      lines: ['quantri.hethong', 'Trần Thị Mai'],
      secrets: [PASSWORD, PASSWORD],
    });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(asked[0]).toBe('Tên đăng nhập: ');
    expect(asked[1]).toBe('Họ và tên: ');
    expect(asked.slice(2)).toHaveLength(2); // the password, then again
    expect(lines[0]).toMatch(
      /^Đã tạo tài khoản quantri\.hethong \(Quản trị hệ thống, Toàn quốc\)/u,
    );
    await withDb(async (db) => {
      const account = present(
        await findAccountByUsername(db, 'quantri.hethong'),
        'the account quantri.hethong',
      );
      expect(account).toMatchObject({
        role: 'admin',
        adminUnitCode: 'VN',
        fullName: 'Trần Thị Mai',
        active: true,
      });
      expect(await verifyPassword(PASSWORD, account.passwordHash)).toBe(true);
      expect(await findAdminUnit(db, 'VN')).toMatchObject({ name: 'Toàn quốc', level: 'country' });
      const trail = await listAuditForEntity(db, 'account', account.id);
      expect(trail.map((row) => row.action)).toEqual(['account.create']);
      expect(JSON.stringify(trail)).toContain('doithoai create-admin');
      expect(JSON.stringify(trail)).not.toContain(PASSWORD);
    });
  });

  it('refuses a second system administrator, naming the first, before asking any password', async () => {
    const { code, errors, asked } = await run(
      ['create-admin', '--username', 'quantri.thu2', '--full-name', 'Lê Văn Hùng'],
      { secrets: [PASSWORD, PASSWORD] },
    );
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/^Đã có quản trị hệ thống \(quantri\.hethong\)/u);
    expect(asked).toEqual([]);
    await withDb(async (db) => {
      expect(await findAccountByUsername(db, 'quantri.thu2')).toBeUndefined();
    });
  });

  it('creates one again once the only system administrator is disabled (recovery), with DOITHOAI_PASSWORD', async () => {
    await withDb(async (db) => {
      const first = present(
        await findAccountByUsername(db, 'quantri.hethong'),
        'the account quantri.hethong',
      );
      await updateAccountActive(db, {
        id: first.id,
        expectedVersion: first.version,
        active: false,
        now: '2026-12-08T01:40:00.000Z',
      });
    });
    const taken = await run(
      ['create-admin', '--username', 'quantri.hethong', '--full-name', 'Lê Văn Hùng'],
      { password: PASSWORD },
    );
    expect(taken.code).toBe(1);
    expect(taken.errors[0]).toBe('Tên đăng nhập "quantri.hethong" đã được dùng.');
    const { code } = await run(
      ['create-admin', '--username', 'quantri.thu2', '--full-name', 'Lê Văn Hùng'],
      { password: PASSWORD },
    );
    expect(code).toBe(0);
    await withDb(async (db) => {
      expect(await findAccountByUsername(db, 'quantri.thu2')).toMatchObject({
        adminUnitCode: 'VN',
      });
    });
  });

  it('without a terminal and without --username, says how to use it', async () => {
    const { code, errors } = await run(['create-admin'], { password: PASSWORD });
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/^Thiếu --username\./u);
    expect(errors[0]).toMatch(/doithoai create-admin/u);
  });
});
