import type { Database } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { InsertQueryNode, TableNode, type Kysely, type KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isDatabaseEmpty, seedDemoData } from './seed-demo.js';
import { NOW, PASSWORD_HASH } from './seed-demo.test-support.js';

// The demo is built in one transaction: a failure (or a kill) half-way through the first start
// leaves the database empty, so the next start builds the demo again instead of finding half of it.

const dialects = await testDialects();

const TABLES = [
  'admin_units',
  'villages',
  'organisations',
  'accounts',
  'plans',
  'petitions',
  'follow_up_tasks',
  'audit_log',
] as const;

async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

const EMPTY = Object.fromEntries(TABLES.map((t) => [t, 0]));

/** A database whose `nth` insert into `table` fails, as a full disk or a lost connection would. */
function failingOnInsert(db: Kysely<Database>, table: string, nth: number): Kysely<Database> {
  let inserts = 0;
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      if (
        InsertQueryNode.is(node) &&
        node.into &&
        TableNode.is(node.into) &&
        node.into.table.identifier.name === table &&
        ++inserts === nth
      ) {
        throw new Error(`insert ${nth} into ${table} failed`);
      }
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  };
  return db.withPlugin(plugin);
}

describe.each(dialects)('a demo build that fails half-way on $name', (dialect) => {
  it('leaves nothing when a procedure fails in the middle of a story', async () => {
    const handle = await dialect.open();
    try {
      await expect(
        seedDemoData(failingOnInsert(handle.db, 'petitions', 40), {
          now: NOW,
          passwordHash: PASSWORD_HASH,
        }),
      ).rejects.toThrow('insert 40 into petitions failed');
      expect(await rowCounts(handle.db)).toEqual(EMPTY);
      expect(await isDatabaseEmpty(handle.db)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('reports each commune as it starts, and leaves nothing when stopped at the third', async () => {
    const handle = await dialect.open();
    const lines: string[] = [];
    try {
      await expect(
        seedDemoData(handle.db, {
          now: NOW,
          passwordHash: PASSWORD_HASH,
          progress: (line) => {
            lines.push(line);
            if (lines.length === 3) throw new Error('stopped');
          },
        }),
      ).rejects.toThrow('stopped');
      expect(lines).toEqual([
        'Đang tạo dữ liệu minh họa 1/4: Xã Chợ Mới (Tỉnh Thái Nguyên)…',
        'Đang tạo dữ liệu minh họa 2/4: Xã Khoen On (Tỉnh Lai Châu)…',
        'Đang tạo dữ liệu minh họa 3/4: Xã Vĩnh Bảo (Thành phố Hải Phòng)…',
      ]);
      expect(await rowCounts(handle.db)).toEqual(EMPTY);
    } finally {
      await handle.close();
    }
  });
});
