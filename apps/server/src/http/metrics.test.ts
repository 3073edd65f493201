import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import {
  createFaultWorld,
  keyOf,
  mutate,
  registrationBody,
  signIn,
  type FaultWorld,
} from '../faults/fault-harness.test-support.js';

// Issue 20, "Observability": /metrics in Prometheus's text format, a readiness probe, and the
// request id of the request log carried into the audit rows the request writes.

describe('observability of a running server', () => {
  let world: FaultWorld;
  let server: RunningServer;

  beforeAll(async () => {
    world = await createFaultWorld();
    server = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: world.dbPath, DEMO_DATA: '0' }),
    );
  });
  afterAll(async () => {
    await server?.close();
    world?.remove();
  });

  it('counts requests and their latency per procedure, 5xx errors, the document queues', async () => {
    for (let i = 0; i < 3; i += 1) await fetch(`${server.url}/trpc/petitions.list?input=%7B%7D`);
    await fetch(`${server.url}/trpc/khong.co.thu.tuc.nay`);
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/u);
    const text = await response.text();
    expect(text).toContain('# TYPE doithoai_http_requests_total counter');
    expect(text).toContain(
      'doithoai_http_requests_total{route="petitions.list",method="GET",status="401"} 3',
    );
    // An unknown name is not a label of its own (no client can grow the series).
    expect(text).toContain('route="trpc:unknown",method="GET",status="404"} 1');
    expect(text).not.toContain('khong.co.thu.tuc.nay');
    expect(text).toContain('# TYPE doithoai_http_request_duration_seconds histogram');
    expect(text).toContain(
      'doithoai_http_request_duration_seconds_bucket{route="petitions.list",le="+Inf"} 3',
    );
    expect(text).toContain(
      'doithoai_http_request_duration_seconds_count{route="petitions.list"} 3',
    );
    expect(text).toContain('# TYPE doithoai_http_server_errors_total counter');
    expect(text).toMatch(/^doithoai_document_queue_waiting\{queue="pdf"\} 0$/mu);
    expect(text).toMatch(/^doithoai_info\{database="sqlite"\} 1$/mu);
    // The notification outbox: nothing queued in this world.
    expect(text).toMatch(/^doithoai_notification_outbox_undelivered 0$/mu);
    expect(text).toMatch(/^doithoai_notification_outbox_lag_seconds 0$/mu);
    // Every sample line is `name{labels} number` (what Prometheus parses).
    for (const line of text
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? -?[0-9.e+-]+$/u);
    }
  });

  it('readiness checks the database, liveness only the process', async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'sqlite' });
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({
      status: 'ok',
      database: 'sqlite',
    });
  });

  it('writes the request id of the log line into the audit row of the change', async () => {
    const cookie = await signIn(server.url, world.username);
    const reply = await mutate(
      server.url,
      cookie,
      'petitions.register',
      registrationBody(world, 7),
      {
        'idempotency-key': keyOf(7),
      },
    );
    expect(reply.status).toBe(200);
    const requestId = reply.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/u);
    const db = new SQLite(world.dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(
          "select action, request_id from audit_log where entity_type = 'petition' and entity_id = ?",
        )
        .all(present(reply.body.result?.data?.id, 'the registered petition id')) as {
        action: string;
        request_id: string | null;
      }[];
      expect(rows).toEqual([{ action: 'petition.register', request_id: requestId }]);
    } finally {
      db.close();
    }
  });
});
