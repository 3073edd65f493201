import { sql, type Kysely, type Transaction, type TransactionBuilder } from 'kysely';

// Kysely cannot nest transactions: `transaction()` on a transaction throws. Code that opens its
// own transaction (every api procedure that writes) can still run inside a larger one — the
// demo, built through the api's procedures, commits once or not at all — when it is given one
// of these views of the larger transaction: each inner transaction a savepoint
// (`withSavepoints`), or simply part of the larger one (`withinTransaction`).

/** What an inner transaction is, given the larger transaction and the work. */
type InnerRunner<DB> = <T>(
  trx: Transaction<DB>,
  view: Transaction<DB>,
  fn: (inner: Transaction<DB>) => Promise<T>,
) => Promise<T>;

function nestingView<DB>(trx: Transaction<DB>, runInner: InnerRunner<DB>): Kysely<DB> {
  // Kysely's classes keep their state in private fields: their methods run on the target. Bound
  // once per name — the view is read on every query of a long build.
  const bound = new Map<PropertyKey, unknown>();
  const view: Transaction<DB> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => builder;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let method = bound.get(property);
      if (method === undefined) {
        method = (value as () => unknown).bind(target);
        bound.set(property, method);
      }
      return method;
    },
  });
  const builder = {
    // An inner transaction runs with the enclosing transaction's isolation and access mode.
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
    execute: <T>(fn: (inner: Transaction<DB>) => Promise<T>) => runInner(trx, view, fn),
  } as unknown as TransactionBuilder<DB>;
  return view;
}

/**
 * The transaction `trx`, seen as a database whose `transaction().execute(fn)` runs `fn` inside
 * a savepoint of `trx`: an inner transaction that fails is rolled back to its savepoint, as it
 * would be alone, and its error goes on; nothing is committed before `trx` is.
 *
 * @example await db.transaction().execute((trx) => work(withSavepoints(trx))) // all of work, or none
 */
export function withSavepoints<DB>(trx: Transaction<DB>): Kysely<DB> {
  let depth = 0;
  return nestingView(trx, async (outer, view, fn) => {
    // Named by depth (a savepoint of the same name deeper in is its own, on both dialects), so
    // the statements' text repeats and SQLite's prepared-statement cache serves them.
    const name = sql.id(`nested_${++depth}`);
    try {
      await sql`savepoint ${name}`.execute(outer);
      try {
        const result = await fn(view);
        await sql`release savepoint ${name}`.execute(outer);
        return result;
      } catch (error) {
        // SQLite may have rolled the whole transaction back itself (disk full…): the savepoint
        // is gone then, and the error that ended it is the one to report.
        await sql`rollback to savepoint ${name}`
          .execute(outer)
          .then(() => sql`release savepoint ${name}`.execute(outer))
          .catch(() => undefined);
        throw error;
      }
    } finally {
      depth--;
    }
  });
}

/**
 * The transaction `trx`, seen as a database whose `transaction().execute(fn)` runs `fn` as
 * part of `trx` itself — no savepoint, no statement of its own. An inner transaction that fails
 * is NOT undone on its own (on PostgreSQL its failed statement even ends `trx`): for work that
 * lets every failure end the whole, rolled back — the demo build, whose ~1,450 procedures would
 * otherwise cost two more statements each (a round trip each on PostgreSQL).
 *
 * @example await db.transaction().execute((trx) => build(withinTransaction(trx))) // all of it, or none
 */
export function withinTransaction<DB>(trx: Transaction<DB>): Kysely<DB> {
  return nestingView(trx, (_outer, view, fn) => fn(view));
}
