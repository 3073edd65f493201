import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { insertAccount } from '../repositories/accounts.repository.js';
import { insertAdminUnit, insertVillage } from '../repositories/admin-units.repository.js';
import { testDialects } from '../testing/index.js';
import { MIGRATIONS } from './index.js';

const dialects = await testDialects();
const NOW = '2026-01-05T02:00:00.000Z';

describe.each(dialects)('the administration migration on $name', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await dialect.open();
  });
  afterAll(() => handle.close());

  it('accepts the national unit above the provinces and still refuses an unknown level', async () => {
    await insertAdminUnit(handle.db, { code: 'VN', name: 'Toàn quốc', level: 'country' }, NOW);
    await insertAdminUnit(
      handle.db,
      { code: '51', name: 'Quảng Ngãi', level: 'province', parentCode: 'VN' },
      NOW,
    );
    await expect(
      handle.db
        .insertInto('admin_units')
        .values({ code: '99', name: 'Thôn', level: 'hamlet', created_at: NOW })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps the foreign keys: a village of an unknown commune is refused', async () => {
    await expect(
      insertVillage(handle.db, { adminUnitCode: '77777', name: 'Mỳ', kind: 'hamlet' }, NOW),
    ).rejects.toThrow();
  });

  it('starts every account without a forced password change', async () => {
    const id = await insertAccount(
      handle.db,
      {
        username: 'admin.quangngai',
        fullName: 'Phạm Văn Tỉnh',
        role: 'admin',
        adminUnitCode: '51',
        passwordHash: 'x',
      },
      NOW,
    );
    const row = await handle.db
      .selectFrom('accounts')
      .select(['must_change_password', 'village_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ must_change_password: 0, village_id: null });
  });
});

describe('the SQLite rebuild of admin_units, on a database migrated before it', () => {
  let folder: string;
  let handle: DatabaseHandle;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'doithoai-migration-'));
    handle = createDatabase({ url: join(folder, 'before.db') });
  });
  afterAll(async () => {
    await handle.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the units and everything that points at them, with foreign keys on again', async () => {
    const before = new Migrator({
      db: handle.db,
      provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    });
    const step = await before.migrateTo('2026_12_07_1700_add_petition_answer_due_rule');
    expect(step.error).toBeUndefined();
    await insertAdminUnit(handle.db, { code: '19', name: 'Thái Nguyên', level: 'province' }, NOW);
    await insertAdminUnit(
      handle.db,
      { code: '02086', name: 'Chợ Mới', level: 'commune', kind: 'xã', parentCode: '19' },
      NOW,
    );
    await handle.db
      .insertInto('villages')
      .values({
        id: 'v1',
        admin_unit_code: '02086',
        name: 'Mỳ',
        kind: 'hamlet',
        search_key: 'my',
        quota: 5,
        created_at: NOW,
      })
      .execute();

    await migrateToLatest(handle.db);

    const units = await handle.db
      .selectFrom('admin_units')
      .select(['code', 'parent_code'])
      .orderBy('code')
      .execute();
    expect(units).toEqual([
      { code: '02086', parent_code: '19' },
      { code: '19', parent_code: null },
    ]);
    expect(
      (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db)).rows[0]
        ?.foreign_keys,
    ).toBe(1);
    expect((await sql`pragma foreign_key_check`.execute(handle.db)).rows).toEqual([]);
    await expect(
      insertVillage(handle.db, { adminUnitCode: '77777', name: 'Khác', kind: 'village' }, NOW),
    ).rejects.toThrow();
  });
});
