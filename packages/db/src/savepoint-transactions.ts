import { sql, type Kysely, type Transaction, type TransactionBuilder } from 'kysely';

// Kysely cannot nest transactions: `transaction()` on a transaction throws. Code that opens its
// own transaction (every api procedure that writes) can still run inside a larger one — the
// demo, built through the api's procedures, commits once or not at all — when it is given this
// view of the larger transaction, where each inner transaction is a savepoint.

let counter = 0;

/**
 * The transaction `trx`, seen as a database whose `transaction().execute(fn)` runs `fn` inside
 * a savepoint of `trx`: an inner transaction that fails is rolled back to its savepoint, as it
 * would be alone, and its error goes on; nothing is committed before `trx` is.
 *
 * @example await db.transaction().execute((trx) => work(withSavepoints(trx))) // all of work, or none
 */
export function withSavepoints<DB>(trx: Transaction<DB>): Kysely<DB> {
  const view: Transaction<DB> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => savepointBuilder;
      // Kysely's classes keep their state in private fields: their methods run on the target.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const savepointBuilder = {
    // A savepoint runs with the enclosing transaction's isolation and access mode.
    setIsolationLevel: () => savepointBuilder,
    setAccessMode: () => savepointBuilder,
    async execute<T>(fn: (inner: Transaction<DB>) => Promise<T>): Promise<T> {
      const name = sql.id(`nested_${++counter}`);
      await sql`savepoint ${name}`.execute(trx);
      try {
        const result = await fn(view);
        await sql`release savepoint ${name}`.execute(trx);
        return result;
      } catch (error) {
        // SQLite may have rolled the whole transaction back itself (disk full…): the savepoint is
        // gone then, and the error that ended it is the one to report.
        await sql`rollback to savepoint ${name}`
          .execute(trx)
          .then(() => sql`release savepoint ${name}`.execute(trx))
          .catch(() => undefined);
        throw error;
      }
    },
  } as unknown as TransactionBuilder<DB>;
  return view;
}
