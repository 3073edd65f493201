import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultSuiteSettings } from '../config.js';
import {
  createFaultWorld,
  inParallel,
  keyOf,
  mutate,
  oracle,
  registrationBody,
  seededRandom,
  signIn,
  sleep,
  startServerProcess,
  type FaultWorld,
} from './fault-harness.test-support.js';

// `kill -9` of the server at random moments of a registration burst, twenty times. Clients keep
// every form they have no answer for and send it again, with the same Idempotency-Key, once the
// server is back: a form committed just before the kill (answer lost) must not be stored twice,
// and no acknowledged form may be missing.

const { full } = faultSuiteSettings();
// CI: 600 registrations from 100 clients; FULL_FAULTS=1: 10,000 from 200. Always 20 kills.
const REGISTRATIONS = full ? 10_000 : 600;
const CLIENTS = full ? 200 : 100;
const KILLS = 20;
const SEED = Date.now() % 1_000_000;

/** The burst's keys stored in the file (opening it also recovers the WAL a kill left behind). */
function storedKeys(dbPath: string): Set<string> {
  const db = new SQLite(dbPath, { fileMustExist: true });
  try {
    const rows = db
      .prepare(
        "select idempotency_key as key from petitions where idempotency_key like 'thon-01-phieu-%'",
      )
      .all() as { key: string }[];
    return new Set(rows.map((row) => row.key));
  } finally {
    db.close();
  }
}

describe(`kill -9 of the server ${KILLS} times during a ${REGISTRATIONS}-registration burst`, () => {
  let world: FaultWorld;
  beforeAll(async () => {
    world = await createFaultWorld();
  });
  afterAll(() => world?.remove());

  it('after every restart the clients re-send what was not acknowledged, and the final set is complete', async () => {
    const random = seededRandom(SEED);
    const pending = Array.from({ length: REGISTRATIONS }, (_, n) => n);
    const acknowledged = new Map<string, string>();
    const rounds: string[] = [];
    let cookie: string | null = null;
    let unanswered = 0;

    /** One life of the server: clients send until it dies (or, last round, until all are in). */
    async function serve(kill: boolean) {
      const server = await startServerProcess(world.dbPath);
      cookie ??= await signIn(server.url, world.username);
      let alive = true;
      let inFlight = 0;
      const before = acknowledged.size;
      const clients = inParallel(CLIENTS, async () => {
        const n = pending.shift();
        if (n === undefined) {
          // Last life: wait for the others' answers, a failed one comes back to the queue.
          if (kill || inFlight === 0) return false;
          await sleep(10);
          return true;
        }
        inFlight += 1;
        try {
          const reply = await mutate(
            server.url,
            cookie,
            'petitions.register',
            registrationBody(world, n),
            { 'idempotency-key': keyOf(n) },
          );
          const id = reply.body.result?.data?.id;
          if (reply.status === 200 && id) {
            const first = acknowledged.get(keyOf(n));
            if (first && first !== id) throw new Error(`${keyOf(n)} acknowledged twice`);
            acknowledged.set(keyOf(n), id);
          } else {
            pending.push(n);
          }
        } catch {
          // No answer: not acknowledged, send it again later.
          pending.push(n);
          if (!kill) await sleep(20);
        } finally {
          inFlight -= 1;
        }
        return alive || !kill;
      });
      if (kill) {
        await sleep(150 + random() * 600);
        await server.kill9();
        alive = false;
        await clients;
        // Committed but never answered: the client will send these again (same key).
        const stored = storedKeys(world.dbPath);
        unanswered += [...stored].filter((key) => !acknowledged.has(key)).length;
      } else {
        await clients;
        await server.stop();
      }
      rounds.push(`${acknowledged.size - before}`);
    }

    for (let kill = 0; kill < KILLS; kill += 1) await serve(true);
    const beforeLastRound = acknowledged.size;
    await serve(false);
    console.log(
      `kill -9 ×${KILLS} (seed ${SEED}): acknowledged per life ${rounds.join(', ')}; ` +
        `${beforeLastRound} of ${REGISTRATIONS} before the final restart; ` +
        `${unanswered} found committed after a kill with their answer lost (sent again, stored once)`,
    );

    expect(pending).toEqual([]);
    expect(acknowledged.size).toBe(REGISTRATIONS);
    expect(oracle(world.dbPath, acknowledged)).toEqual({
      integrity: ['ok'],
      stored: REGISTRATIONS,
      distinctKeys: REGISTRATIONS,
      lost: [],
      unaudited: 0,
    });
  }, 600_000);
});
