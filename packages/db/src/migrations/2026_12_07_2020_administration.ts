import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Issue 14, a commune sets itself up. Frozen in time, as every migration:
// - `admin_units.level` gains `country`: the national unit `VN` (Toàn quốc), inserted with the
//   first system administrator, is the unit system administrators are bound to (an
//   administrator's scope is the level of its unit).
//   SQLite cannot change a check constraint, so the table is rebuilt (create, copy, drop,
//   rename — SQLite's documented procedure; `migrateToLatest` turns foreign keys off around the
//   run and checks them all before committing).
// - `accounts.village_id`: a village account names its village (its registrations, its quota);
//   `accounts.must_change_password`: set by a reset, cleared when the person chooses their own.
// - `villages` and `organisations`: a display order and a retirement date (never deleted).
// - `setup_links`: the first run's one-time link (only its hash), valid one hour, used once.
const LEVELS = ['country', 'province', 'district', 'commune'];

function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await db.schema
      .createTable('admin_units_next')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', LEVELS)))
      .addColumn('kind', 'text')
      .addColumn('parent_code', 'text', (c) => c.references('admin_units.code'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into admin_units_next (code, name, level, kind, parent_code, created_at)
      select code, name, level, kind, parent_code, created_at from admin_units`.execute(db);
    await db.schema.dropTable('admin_units').execute();
    await db.schema.alterTable('admin_units_next').renameTo('admin_units').execute();
  } else {
    await sql`alter table admin_units drop constraint admin_units_level_check`.execute(db);
    await sql`alter table admin_units add constraint admin_units_level_check check (${oneOf('level', LEVELS)})`.execute(
      db,
    );
  }
  await db.schema
    .alterTable('accounts')
    .addColumn('village_id', 'text', (c) => c.references('villages.id'))
    .execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('must_change_password', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`must_change_password in (0, 1)`),
    )
    .execute();
  for (const table of ['villages', 'organisations']) {
    await db.schema
      .alterTable(table)
      .addColumn('position', 'integer', (c) => c.check(sql`position is null or position >= 0`))
      .execute();
    await db.schema.alterTable(table).addColumn('retired_at', 'text').execute();
  }

  await db.schema
    .createTable('setup_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text', (c) => c.references('accounts.id'))
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
