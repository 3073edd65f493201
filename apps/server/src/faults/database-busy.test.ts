import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFaultWorld,
  keyOf,
  mutate,
  oracle,
  registrationBody,
  signIn,
  startServerProcess,
  type FaultWorld,
  type ServerProcess,
} from './fault-harness.test-support.js';

// Another program holds the database's write lock (a backup script, an operator's sqlite3 shell
// left in a transaction): the server waits its 5 s busy timeout, then answers a clear, retryable
// 503 instead of hanging or failing with a 500, and nothing acknowledged is lost.

describe('the database held by another connection', () => {
  let world: FaultWorld;
  let server: ServerProcess;
  let cookie: string;
  let locker: SQLite.Database;
  const acknowledged = new Map<string, string>();

  const register = (n: number) =>
    mutate(server.url, cookie, 'petitions.register', registrationBody(world, n), {
      'idempotency-key': keyOf(n),
    });
  const remember = (n: number, reply: Awaited<ReturnType<typeof register>>) => {
    const id = reply.body.result?.data?.id;
    if (reply.status === 200 && id) acknowledged.set(keyOf(n), id);
  };

  beforeAll(async () => {
    world = await createFaultWorld();
    server = await startServerProcess(world.dbPath);
    cookie = await signIn(server.url, world.username);
    remember(0, await register(0));
    locker = new SQLite(world.dbPath);
  });
  afterAll(async () => {
    if (locker?.inTransaction) locker.exec('ROLLBACK');
    locker?.close();
    await server?.stop();
    world?.remove();
  });

  it('waits the 5 s busy timeout, then refuses with 503 DATABASE_BUSY, Retry-After and a Vietnamese message', async () => {
    locker.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    const reply = await register(1);
    const waited = performance.now() - started;
    locker.exec('ROLLBACK');

    expect(waited).toBeGreaterThan(4_500);
    expect(reply.status).toBe(503);
    expect(reply.headers.get('retry-after')).toBe('5');
    expect(reply.body.error?.data).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      domainCode: 'DATABASE_BUSY',
    });
    expect(reply.body.error?.message).toContain('Cơ sở dữ liệu đang bận');

    // The same form again, with the same key, once the lock is gone: stored, once.
    const again = await register(1);
    expect(again.status).toBe(200);
    remember(1, again);
  });

  it('a lock released within the timeout only delays the request, which then succeeds', async () => {
    locker.exec('BEGIN IMMEDIATE');
    const release = setTimeout(() => locker.exec('COMMIT'), 1_500);
    const started = performance.now();
    const reply = await register(2);
    clearTimeout(release);
    if (locker.inTransaction) locker.exec('COMMIT');

    expect(performance.now() - started).toBeGreaterThan(1_000);
    expect(reply.status).toBe(200);
    remember(2, reply);
  });

  it('loses nothing acknowledged and stores no duplicate', async () => {
    await server.stop();
    expect(oracle(world.dbPath, acknowledged)).toEqual({
      integrity: ['ok'],
      stored: 3,
      distinctKeys: 3,
      lost: [],
      unaudited: 0,
    });
    server = await startServerProcess(world.dbPath);
  });
});
