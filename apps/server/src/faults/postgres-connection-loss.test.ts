import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@doithoai/db';
import { testDialects, TEST_POSTGRES_URL } from '@doithoai/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import {
  inParallel,
  keyOf,
  mutate,
  registrationBody,
  seedChoMoi,
  signIn,
  sleep,
} from './fault-harness.test-support.js';

// Issue 20, "What an operator trips over": a PostgreSQL restart, failover or dropped connection
// killed the server (an unhandled `error` on the pool). Here the server runs in this process on
// the machine's PostgreSQL (database `test`, a schema of its own): an uncaught error would end the
// test run. The machine's cluster is shared with other suites, so it is never restarted: the
// first test terminates this server's own backends (`pg_terminate_backend`, what a restart or a
// failover does to them) under load; the second puts a TCP relay between the server and
// PostgreSQL and cuts it for a while — PostgreSQL "down" — then brings it back.

const postgres = (await testDialects()).some((dialect) => dialect.name === 'postgres');

/** A relay to PostgreSQL that can be cut: every connection dropped, new ones refused. */
async function startRelay(
  target: URL,
): Promise<{ port: number; cut(): void; restore(): void; close(): Promise<void> }> {
  let down = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      down = false;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A connection of the test's own (not the server's) to the shared `test` database. */
async function asAdmin<T>(work: (admin: DatabaseHandle) => Promise<T>): Promise<T> {
  const admin = createDatabase({ url: TEST_POSTGRES_URL, poolSize: 1 });
  try {
    return await work(admin);
  } finally {
    await admin.close();
  }
}

interface World {
  schema: string;
  planId: string;
  villageId: string;
  username: string;
}

/** Chợ Mới (seed 000) with its accounts and announced plan, in a schema of its own. */
async function createWorld(): Promise<World> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await asAdmin((admin) => sql.raw(`create schema ${schema}`).execute(admin.db));
  const handle = createDatabase({ url: TEST_POSTGRES_URL, postgresSchema: schema, poolSize: 2 });
  try {
    await migrateToLatest(handle.db, { postgresSchema: schema });
    return { schema, ...(await seedChoMoi(handle.db)) };
  } finally {
    await handle.close();
  }
}

async function dropWorld(world: World): Promise<void> {
  await asAdmin((admin) =>
    sql.raw(`drop schema if exists ${world.schema} cascade`).execute(admin.db),
  );
}

/** The server's DATABASE_URL: the world's schema, a name to find its backends by, maybe a relay. */
function serverUrl(world: World, applicationName: string, relayPort?: number): string {
  const url = new URL(TEST_POSTGRES_URL);
  if (relayPort !== undefined) {
    url.hostname = '127.0.0.1';
    url.port = String(relayPort);
  }
  url.searchParams.set('options', `-c search_path=${world.schema}`);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

async function storedKeys(world: World): Promise<Map<string, number>> {
  const { rows } = await asAdmin((admin) =>
    sql<{ key: string; n: string }>`select idempotency_key as key, count(*) as n
      from ${sql.table(`${world.schema}.petitions`)}
      where idempotency_key like 'thon-01-phieu-%' group by idempotency_key`.execute(admin.db),
  );
  return new Map(rows.map((row) => [row.key, Number(row.n)]));
}

describe.skipIf(!postgres)('the server on PostgreSQL when its connections are lost', () => {
  let world: World;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    world = await createWorld();
  });
  afterAll(async () => {
    await server?.close(1_000);
    if (world) await dropWorld(world);
  });

  it('survives its backends terminated under load: only 200s and retryable 503s, then serves on', async () => {
    const applicationName = `doithoai-kill-${randomBytes(4).toString('hex')}`;
    server = await startServer(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: serverUrl(world, applicationName),
        DEMO_DATA: '0',
      }),
    );
    const cookie = await signIn(server.url, world.username);
    const url = server.url;
    const total = 400;
    let next = 0;
    const statuses = new Map<number, number>();
    const refusals: { status: number; retryAfter: string | null; code: string | null }[] = [];
    const acknowledged = new Map<string, string>();
    const retry: number[] = [];
    const load = inParallel(16, async () => {
      const n = next++;
      if (n >= total) return false;
      const reply = await mutate(url, cookie, 'petitions.register', registrationBody(world, n), {
        'idempotency-key': keyOf(n),
      });
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      if (reply.status === 200)
        acknowledged.set(
          keyOf(n),
          present(reply.body.result?.data?.id, 'the registered petition id'),
        );
      else {
        retry.push(n);
        refusals.push({
          status: reply.status,
          retryAfter: reply.headers.get('retry-after'),
          code: reply.body.error?.data.domainCode ?? null,
        });
      }
      return true;
    });

    // Three rounds of terminations while the registrations go on.
    let terminated = 0;
    await asAdmin(async (admin) => {
      for (let round = 0; round < 3; round += 1) {
        while (next < ((round + 1) * total) / 4) await sleep(5);
        // Only this server's backends (its application_name): other suites share the database.
        const { rows } = await sql<{ done: boolean }>`select pg_terminate_backend(pid) as done
          from pg_stat_activity where application_name = ${applicationName}`.execute(admin.db);
        terminated += rows.filter((row) => row.done).length;
      }
    });
    await load;

    expect(terminated).toBeGreaterThan(0);
    // Never a 500 nor a dropped answer: a registration caught by the termination is a 503 the
    // clerk's app sends again, with the same Idempotency-Key.
    expect([...statuses.keys()].every((status) => status === 200 || status === 503)).toBe(true);
    for (const refusal of refusals) {
      expect(refusal).toEqual({ status: 503, retryAfter: '5', code: 'DATABASE_UNAVAILABLE' });
    }
    for (const n of retry) {
      const again = await mutate(url, cookie, 'petitions.register', registrationBody(world, n), {
        'idempotency-key': keyOf(n),
      });
      expect(again.status).toBe(200);
      acknowledged.set(
        keyOf(n),
        present(again.body.result?.data?.id, 'the registered petition id'),
      );
    }
    // The server answers on, on new connections, and nothing was stored twice or lost.
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const stored = await storedKeys(world);
    expect(stored.size).toBe(total);
    expect([...stored.values()].every((count) => count === 1)).toBe(true);
    expect(acknowledged.size).toBe(total);
    await server.close();
    server = undefined;
  });

  it('answers 503 while PostgreSQL is unreachable, stays alive, and reconnects when it is back', async () => {
    const relay = await startRelay(new URL(TEST_POSTGRES_URL));
    try {
      server = await startServer(
        loadConfig({
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: serverUrl(world, 'doithoai-relay', relay.port),
          DEMO_DATA: '0',
        }),
      );
      const url = server.url;
      const cookie = await signIn(url, world.username);
      const register = (n: number) =>
        mutate(url, cookie, 'petitions.register', registrationBody(world, n), {
          'idempotency-key': keyOf(n),
        });
      expect((await register(1_000)).status).toBe(200);

      relay.cut(); // PostgreSQL "restarting": every connection dropped, new ones refused
      const during = await register(1_001);
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBe('5');
      expect(during.body.error?.data.domainCode).toBe('DATABASE_UNAVAILABLE');
      expect(during.body.error?.message).toMatch(/mất kết nối tới cơ sở dữ liệu/u);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'postgres' });
      // The process is alive: liveness says so, and a monitor can tell the two apart.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const publicPage = await fetch(`${url}/trpc/public.communes`);
      expect(publicPage.status).toBe(503);

      relay.restore(); // back: the pool opens new connections on the next request
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const after = await register(1_001);
      expect(after.status).toBe(200);
      expect((await storedKeys(world)).get(keyOf(1_001))).toBe(1);
    } finally {
      await server?.close(1_000);
      server = undefined;
      await relay.close();
    }
  });
});
