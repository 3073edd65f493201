import { startServerChild, type ServerChild } from '../server/spawn-server.js';
import { copyDataset } from '../data/dataset.js';
import { firstVillageId, registrationBody, signIn } from '../data/session.js';
import { BENCH_NOW } from '../data/world.js';
import { load, type LoadSample, assertClean } from '../measure/load.js';
import type { BenchEnv } from './env.js';

/** A server child on a private copy of the small dataset, signed in, ready for intake. */
export interface IntakeServer {
  server: ServerChild;
  file: string;
  cookie: string;
  body: string;
}

/**
 * Starts a server over a fresh copy of the small dataset (10,000 petitions in the full mode).
 *
 * @example const a = await startIntakeServer(env, 'durable', 'FULL');
 */
export async function startIntakeServer(
  env: BenchEnv,
  name: string,
  synchronous: 'FULL' | 'NORMAL',
): Promise<IntakeServer> {
  const file = copyDataset(await env.smallDataset(), env.workDir, name);
  const server = await startServerChild(env.cpu, {
    databaseUrl: file,
    sqliteSynchronous: synchronous,
    now: BENCH_NOW,
  });
  return {
    server,
    file,
    cookie: await signIn(server.url),
    body: registrationBody(firstVillageId(file)),
  };
}

/**
 * One round of intake load (`petitions.register` or another path taking the same body).
 *
 * @example const sample = await intakeLoad(env, target, '/trpc/petitions.register');
 */
export async function intakeLoad(
  env: BenchEnv,
  target: IntakeServer,
  path = '/trpc/petitions.register',
  seconds = env.mode.seconds,
): Promise<LoadSample> {
  const sample = await load({
    url: target.server.url,
    connections: env.mode.connections,
    durationSeconds: seconds,
    request: {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', cookie: target.cookie },
      body: target.body,
    },
  });
  return assertClean(sample, `intake ${path}`);
}

/** The server-side figures of the intake requests since the last call (see latency-probe.ts). */
export async function serverLatency(
  target: IntakeServer,
): Promise<{ count: number; p50: number; p99: number }> {
  const response = await fetch(`${target.server.url}/bench/latency`);
  return (await response.json()) as { count: number; p50: number; p99: number };
}

/** One intake round with the server's own p99 of that round beside the client's. */
export async function intakeRoundWithServerSide(
  env: BenchEnv,
  target: IntakeServer,
): Promise<LoadSample & { serverP99: number }> {
  await serverLatency(target);
  const sample = await intakeLoad(env, target);
  return { ...sample, serverP99: (await serverLatency(target)).p99 };
}
