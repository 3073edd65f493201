import { faultSuiteSettings } from '../config.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFaultWorld,
  inParallel,
  keyOf,
  mutate,
  mutateUntilAnswered,
  oracle,
  registrationBody,
  signIn,
  startServerProcess,
  type FaultWorld,
  type ServerProcess,
} from './fault-harness.test-support.js';

// A province's registration burst against the real server process: 10,000 registrations from
// 200 concurrent clients, each client sending some of its forms twice (a clerk pressing "Gửi"
// again, a flaky 3G link) with the same Idempotency-Key.

// CI runs a 2,000-registration burst (every client still retrying); FULL_FAULTS=1 the issue's
// 10,000. Each registration is one durable commit (synchronous=FULL) on a shared 2-core machine.
const { full } = faultSuiteSettings();
const REGISTRATIONS = full ? 10_000 : 2_000;
const CLIENTS = 200;

describe(`a ${REGISTRATIONS}-registration burst from ${CLIENTS} clients retrying with the same keys`, () => {
  let world: FaultWorld;
  let server: ServerProcess;
  let cookie: string;

  beforeAll(async () => {
    world = await createFaultWorld();
    server = await startServerProcess(world.dbPath);
    cookie = await signIn(server.url, world.username);
  });
  afterAll(async () => {
    await server?.stop();
    world?.remove();
  });

  it('stores every form exactly once and answers every retry with the petition stored first', async () => {
    const acknowledged = new Map<string, string>();
    const mismatches: string[] = [];
    const failures: string[] = [];
    let networkRetries = 0;
    let next = 0;
    const started = performance.now();
    await inParallel(CLIENTS, async () => {
      const n = next++;
      if (n >= REGISTRATIONS) return false;
      const key = keyOf(n);
      // Every 5th form is sent twice at once, every 7th again after its answer.
      const sends = n % 5 === 0 ? 2 : 1;
      const send = () =>
        mutateUntilAnswered(() =>
          mutate(server.url, cookie, 'petitions.register', registrationBody(world, n), {
            'idempotency-key': key,
          }),
        );
      const replies = await Promise.all(Array.from({ length: sends }, send));
      if (n % 7 === 0) replies.push(await send());
      for (const reply of replies) networkRetries += reply.networkRetries;
      for (const reply of replies) {
        const id = reply.body.result?.data?.id;
        if (reply.status !== 200 || !id) {
          failures.push(`${key}: ${reply.status} ${reply.body.error?.message ?? ''}`);
          continue;
        }
        const first = acknowledged.get(key);
        if (first && first !== id) mismatches.push(key);
        acknowledged.set(key, id);
      }
      return true;
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `burst: ${REGISTRATIONS} registrations (${Math.round(REGISTRATIONS * 1.34)} requests with retries) ` +
        `from ${CLIENTS} clients in ${seconds.toFixed(1)} s, ${networkRetries} re-sent after a network error`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(acknowledged.size).toBe(REGISTRATIONS);

    await server.stop();
    const report = oracle(world.dbPath, acknowledged);
    expect(report).toEqual({
      integrity: ['ok'],
      stored: REGISTRATIONS,
      distinctKeys: REGISTRATIONS,
      lost: [],
      unaudited: 0,
    });
    server = await startServerProcess(world.dbPath);
  }, 600_000);

  it('refuses a stored key sent with another body as CONFLICT and stores nothing new', async () => {
    const before = oracle(world.dbPath, new Map()).stored;
    const other = { ...registrationBody(world, 1), content: 'Nội dung khác hẳn phiếu đã gửi.' };
    const reply = await mutate(server.url, cookie, 'petitions.register', other, {
      'idempotency-key': keyOf(1),
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error?.data).toMatchObject({
      code: 'CONFLICT',
      domainCode: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(reply.body.error?.message).toContain('Idempotency-Key');
    expect(oracle(world.dbPath, new Map()).stored).toBe(before);
  });
});
