import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createApiClient,
  type ApiErrorData,
  type RouterInputs,
  type RouterOutputs,
} from '@doithoai/api/client';
import { hashPassword } from '@doithoai/api/server';
import { createDatabase, migrateToLatest, newId, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';
import { insertTestPlan, seedTenant } from '@doithoai/db/testing';
import { aChoMoiPlan, aLandPetitionInChoMoi, present } from '@doithoai/domain/testing';
import SQLite from 'better-sqlite3';
import { childEnvironment } from '../config.js';

// The fault suite's harness (not a test file): a seeded SQLite file in a temporary folder, the
// REAL built server (`dist/main.js`) started as a child process on it, HTTP clients that register
// petitions with Idempotency-Keys, and the oracle every scenario ends with.

export const SERVER_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
export const CLI_MAIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const OFFICE_PASSWORD = 'Văn phòng Đảng ủy @2025';

export interface FaultWorld {
  dir: string;
  dbPath: string;
  planId: string;
  villageId: string;
  /** The Party office of Chợ Mới: enters registrations (docs/domain.md §3). */
  username: string;
  remove(): void;
}

/**
 * Chợ Mới (seed 000) in a migrated database: its accounts (the Party office's password is
 * `OFFICE_PASSWORD`) and its announced plan, what every fault scenario registers against.
 *
 * @example const { planId, villageId, username } = await seedChoMoi(handle.db);
 */
export async function seedChoMoi(
  db: Kysely<Database>,
): Promise<Pick<FaultWorld, 'planId' | 'villageId' | 'username'>> {
  const tenant = await seedTenant(db, {
    provinceCode: '19',
    provinceName: 'Thái Nguyên',
    communeCode: '02086',
    communeName: 'Chợ Mới',
    passwordHash: await hashPassword(OFFICE_PASSWORD),
  });
  const plan = await insertTestPlan(db, {
    ...aChoMoiPlan(),
    id: newId(),
    adminUnitCode: '02086',
    status: 'announced',
    documentNumber: 14,
    issuedOn: '2025-11-10',
  });
  return {
    planId: plan.id,
    villageId: tenant.villageIds[0],
    username: tenant.accounts['party-office'].username,
  };
}

/**
 * A temporary SQLite database with Chợ Mới (seed 000), its accounts and its announced plan, the
 * way an operator's commune looks when the registration period is open.
 *
 * @example const world = await createFaultWorld(); … world.remove();
 */
export async function createFaultWorld(options: { dir?: string } = {}): Promise<FaultWorld> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'doithoai-faults-'));
  const dbPath = join(dir, 'doithoai.db');
  const handle = createDatabase({ url: dbPath });
  try {
    await migrateToLatest(handle.db);
    return {
      dir,
      dbPath,
      ...(await seedChoMoi(handle.db)),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    await handle.close();
  }
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** `kill -9`: no signal handler, no graceful close, the WAL left as it is. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the graceful exit. */
  stop(): Promise<void>;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `node dist/main.js` on `dbPath` (port chosen by the system, no demo data) and resolves
 * once it announces its address.
 *
 * @example const server = await startServerProcess(world.dbPath); await fetch(`${server.url}/healthz`)
 */
export function startServerProcess(dbPath: string, timeoutMs = 20_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: childEnvironment({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: dbPath,
      DEMO_DATA: '0',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /đang chạy tại (http:\/\/\S+)/u.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.on('data', (more: Buffer) => (output += more.toString()));
      resolve({
        log: () => output,
        url: present(match[1], 'the address in the start line'),
        child,
        async kill9() {
          child.kill('SIGKILL');
          await exited(child);
        },
        async stop() {
          child.kill('SIGTERM');
          await exited(child);
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before starting:\n${output}`));
    });
  });
}

/**
 * The procedures the fault suite sends, with what each takes and answers (the router's own types).
 * They travel as raw HTTP on purpose: the suite is about HTTP itself under faults — the status
 * (503 and its Retry-After, 500), the Idempotency-Key header, a connection reset or a killed
 * server mid-request — which a tRPC client would hide behind its own errors and retries.
 */
export interface FaultProcedures {
  'auth.login': { input: RouterInputs['auth']['login']; output: RouterOutputs['auth']['login'] };
  'petitions.register': {
    input: RouterInputs['petitions']['register'];
    output: RouterOutputs['petitions']['register'];
  };
  'petitions.registerBulk': {
    input: RouterInputs['petitions']['registerBulk'];
    output: RouterOutputs['petitions']['registerBulk'];
  };
}

/** One raw reply: its status and headers, and the body as the API shapes it (typed, not guessed). */
export interface TrpcReply<P extends keyof FaultProcedures = 'petitions.register'> {
  status: number;
  headers: Headers;
  body: {
    result?: { data?: FaultProcedures[P]['output'] };
    error?: { message: string; data: ApiErrorData };
  };
}

/**
 * POSTs a tRPC mutation as the apps do (same-origin JSON). Network failures reject.
 *
 * @example await mutate(server.url, cookie, 'petitions.register', body, { 'idempotency-key': 'k1' })
 */
export async function mutate<P extends keyof FaultProcedures>(
  url: string,
  cookie: string | null,
  path: P,
  input: FaultProcedures[P]['input'],
  headers: Record<string, string> = {},
): Promise<TrpcReply<P>> {
  const response = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let body: TrpcReply<P>['body'] = {};
  try {
    body = JSON.parse(text) as TrpcReply<P>['body'];
  } catch {
    // Not JSON: the status says enough.
  }
  return { status: response.status, headers: response.headers, body };
}

/**
 * A client that keeps re-sending until it gets an HTTP answer other than a retryable 503: what a
 * village clerk's app does on a dropped connection (the server closing an idle keep-alive socket
 * races with a new request and resets it). Safe only with an Idempotency-Key — the point.
 *
 * @example const reply = await mutateUntilAnswered(() => mutate(url, cookie, path, body, headers))
 */
export async function mutateUntilAnswered(
  send: () => Promise<TrpcReply>,
  attempts = 20,
): Promise<TrpcReply & { networkRetries: number }> {
  let networkRetries = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const reply = await send();
      if (reply.status !== 503 || attempt >= attempts) return { ...reply, networkRetries };
    } catch (error) {
      if (attempt >= attempts) throw error;
      networkRetries += 1;
    }
    await sleep(20 * attempt);
  }
}

/** Signs the Party office in through `auth.login`; the session cookie survives restarts (stored). */
export async function signIn(url: string, username: string): Promise<string> {
  const reply = await mutate(url, null, 'auth.login', { username, password: OFFICE_PASSWORD });
  const cookie = reply.headers.get('set-cookie')?.split(';')[0];
  if (reply.status !== 200 || !cookie) throw new Error(`login failed: ${reply.status}`);
  return cookie;
}

/**
 * The typed client the apps use, against a running server, carrying a session cookie: for the
 * reads that check what was stored, not how HTTP behaved.
 *
 * @example const { petition } = await signedInClient(server.url, cookie).petitions.get.query({ id });
 */
export function signedInClient(url: string, cookie: string): ApiClient {
  return createApiClient(`${url}/trpc`, (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...Object.fromEntries(new Headers(init?.headers)), cookie },
    }),
  );
}

/** The apps' typed client (`createApiClient`). */
type ApiClient = ReturnType<typeof createApiClient>;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Lý', 'Ma', 'Nông'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hạnh', 'Khánh', 'Lan', 'Mai', 'Phúc', 'Thảo'];

/** Registration number `n` of the burst: a distinct citizen and text, the same every run. */
export function registrationBody(world: Pick<FaultWorld, 'planId' | 'villageId'>, n: number) {
  const seed = aLandPetitionInChoMoi();
  const name = `${SURNAMES[n % 10]} ${MIDDLE[Math.floor(n / 10) % 5]} ${GIVEN[Math.floor(n / 50) % 10]}`;
  return {
    planId: world.planId,
    channel: seed.channel,
    receivedOn: seed.receivedOn,
    petitioner: { ...seed.petitioner, fullName: name, villageId: world.villageId },
    content: `Phiếu số ${n}: ${seed.content}`,
    kind: seed.kind,
    field: seed.field,
    wantsToSpeak: false,
    consents: seed.consents.map(({ purpose, givenAt, channel }) => ({
      purpose,
      givenAt,
      channel,
    })),
  };
}

/** The Idempotency-Key a village clerk's form `n` carries. */
export const keyOf = (n: number) => `thon-01-phieu-${String(n).padStart(5, '0')}`;

/**
 * Runs `worker` on `concurrency` parallel loops until it returns false (the queue is empty or the
 * server is gone). @example await inParallel(200, () => sendNext())
 */
export async function inParallel(concurrency: number, worker: () => Promise<boolean>) {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (await worker()) {
        // keep going
      }
    }),
  );
}

export interface OracleReport {
  integrity: string[];
  /** Registrations of the burst stored (keys `thon-01-phieu-…`). */
  stored: number;
  distinctKeys: number;
  /** Acknowledged ids missing from the database, or stored under another key. */
  lost: string[];
  /** Petitions without exactly one `petition.register` audit row. */
  unaudited: number;
}

/**
 * The oracle: `PRAGMA integrity_check`, every acknowledged registration stored once under its
 * key, no duplicate, each with its one audit row. Opens the file read-only (server stopped).
 *
 * @example expect(oracle(world.dbPath, acknowledged)).toMatchObject({ integrity: ['ok'], lost: [] })
 */
export function oracle(dbPath: string, acknowledged: ReadonlyMap<string, string>): OracleReport {
  const db = new SQLite(dbPath, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    const rows = db
      .prepare(
        "select id, idempotency_key as key from petitions where idempotency_key like 'thon-01-phieu-%'",
      )
      .all() as { id: string; key: string }[];
    const byKey = new Map(rows.map((row) => [row.key, row.id]));
    const lost = [...acknowledged].filter(([key, id]) => byKey.get(key) !== id).map(([k]) => k);
    const { unaudited } = db
      .prepare(
        `select count(*) as unaudited from petitions p
         where p.idempotency_key like 'thon-01-phieu-%' and (select count(*) from audit_log a
           where a.entity_type = 'petition' and a.entity_id = p.id
           and a.action = 'petition.register') <> 1`,
      )
      .get() as { unaudited: number };
    return { integrity, stored: rows.length, distinctKeys: byKey.size, lost, unaudited };
  } finally {
    db.close();
  }
}

/** A small deterministic generator (the seed is printed, so a failing run can be replayed). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
