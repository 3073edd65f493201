import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { insertAdminUnit } from './repositories/admin-units.repository.js';
import { withinTransaction, withSavepoints } from './savepoint-transactions.js';
import type { Database } from './tables/index.js';
import { testDialects } from './testing/test-databases.js';

const dialects = await testDialects();
const NOW = '2026-11-23T02:00:00.000Z';

/** One province row, in its own (inner) transaction, as an api procedure writes. */
function addProvince(db: Kysely<Database>, code: string, fail = false): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await insertAdminUnit(trx, { code, name: `Tỉnh ${code}`, level: 'province' }, NOW);
    if (fail) throw new Error(`province ${code} refused`);
  });
}

async function codes(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('admin_units').select('code').orderBy('code').execute();
  return rows.map((r) => r.code);
}

describe.each(dialects)('inner transactions as savepoints on $name', (dialect) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await dialect.open();
  });
  afterEach(() => handle.close());

  it('keeps what the inner transactions wrote, committed once with the outer one', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const db = withSavepoints(trx);
      await addProvince(db, '01');
      await db.transaction().execute((inner) => addProvince(inner, '02'));
      expect(await codes(db)).toEqual(['01', '02']);
    });
    expect(await codes(handle.db)).toEqual(['01', '02']);
  });

  it('rolls a failing inner transaction back to its savepoint and goes on', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const db = withSavepoints(trx);
      await addProvince(db, '01');
      await expect(addProvince(db, '02', true)).rejects.toThrow('province 02 refused');
      // A statement that fails on PostgreSQL leaves the transaction usable after the rollback.
      await expect(addProvince(db, '01')).rejects.toThrow();
      await addProvince(db, '03');
    });
    expect(await codes(handle.db)).toEqual(['01', '03']);
  });

  it('stores nothing when the outer transaction fails after inner ones succeeded', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        const db = withSavepoints(trx);
        await addProvince(db, '01');
        await addProvince(db, '02');
        throw new Error('stopped half-way');
      }),
    ).rejects.toThrow('stopped half-way');
    expect(await codes(handle.db)).toEqual([]);
  });

  it('reads through the view like the transaction itself', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const db = withSavepoints(trx);
      expect(db.isTransaction).toBe(true);
      await insertAdminUnit(db, { code: '04', name: 'Tỉnh 04', level: 'province' }, NOW);
      expect(await codes(trx)).toEqual(['04']);
    });
  });
});

describe.each(dialects)('inner transactions as part of the outer one on $name', (dialect) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await dialect.open();
  });
  afterEach(() => handle.close());

  it('keeps what the inner transactions wrote, committed once with the outer one', async () => {
    await handle.db.transaction().execute(async (trx) => {
      const db = withinTransaction(trx);
      await addProvince(db, '01');
      await db.transaction().execute((inner) => addProvince(inner, '02'));
      expect(db.isTransaction).toBe(true);
      expect(await codes(db)).toEqual(['01', '02']);
    });
    expect(await codes(handle.db)).toEqual(['01', '02']);
  });

  it('stores nothing when an inner transaction fails and its error ends the outer one', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        const db = withinTransaction(trx);
        await addProvince(db, '01');
        await addProvince(db, '02', true);
      }),
    ).rejects.toThrow('province 02 refused');
    expect(await codes(handle.db)).toEqual([]);
  });

  it('writes no savepoint: an inner transaction adds no statement of its own', async () => {
    const statements: string[] = [];
    await handle.db
      .withPlugin({
        transformQuery: (args) => {
          if (args.node.kind === 'RawNode') statements.push(args.node.sqlFragments.join('?'));
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      })
      .transaction()
      .execute(async (trx) => {
        await addProvince(withinTransaction(trx), '01');
        await addProvince(withSavepoints(trx), '02');
      });
    expect(statements).toEqual(['savepoint ?', 'release savepoint ?']);
    expect(await codes(handle.db)).toEqual(['01', '02']);
  });
});
