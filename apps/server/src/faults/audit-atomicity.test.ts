import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
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

// Every change and its audit row commit together (docs/domain.md: nothing changes without a trace).
// A trigger makes the audit insert fail inside the running server's database: if the change
// were written in a transaction of its own, it would be stored without its record.

describe('audit rows are written in the same transaction as the change they record', () => {
  let world: FaultWorld;
  let server: ServerProcess;
  let cookie: string;
  let admin: SQLite.Database;

  const count = (sql: string) => (admin.prepare(sql).get() as { n: number }).n;
  const petitions = () => count('select count(*) as n from petitions');
  const audits = () => count('select count(*) as n from audit_log');

  beforeAll(async () => {
    world = await createFaultWorld();
    server = await startServerProcess(world.dbPath);
    cookie = await signIn(server.url, world.username);
    admin = new SQLite(world.dbPath);
  });
  afterAll(async () => {
    admin?.close();
    await server?.stop();
    world?.remove();
  });

  it('a registration whose audit row cannot be written is not stored, and succeeds once it can', async () => {
    admin.exec(`create trigger refuse_audit before insert on audit_log
      begin select raise(abort, 'fault suite: audit refused'); end`);
    const [petitionsBefore, auditsBefore] = [petitions(), audits()];

    const refused = await mutate(
      server.url,
      cookie,
      'petitions.register',
      registrationBody(world, 1),
      {
        'idempotency-key': keyOf(1),
      },
    );
    expect(refused.status).toBe(500);
    // Never the database's own message or a stack trace: a plain Vietnamese sentence.
    expect(refused.body.error?.message).toContain('Máy chủ gặp lỗi ngoài dự kiến');
    expect(JSON.stringify(refused.body)).not.toContain('fault suite');

    const { villageId, planId } = world;
    const list = await mutate(server.url, cookie, 'petitions.registerBulk', {
      planId,
      channel: 'village-paper-form',
      villageId,
      items: [2, 3].map((n) => {
        const { planId: _p, channel: _c, receivedOn: _r, ...item } = registrationBody(world, n);
        return item;
      }),
    });
    expect(list.status).toBe(500);
    expect([petitions(), audits()]).toEqual([petitionsBefore, auditsBefore]);

    admin.exec('drop trigger refuse_audit');
    const stored = await mutate(
      server.url,
      cookie,
      'petitions.register',
      registrationBody(world, 1),
      {
        'idempotency-key': keyOf(1),
      },
    );
    expect(stored.status).toBe(200);
    expect([petitions(), audits()]).toEqual([petitionsBefore + 1, auditsBefore + 1]);
    expect(
      oracle(
        world.dbPath,
        new Map([[keyOf(1), present(stored.body.result?.data?.id, 'the registered petition id')]]),
      ),
    ).toEqual({
      integrity: ['ok'],
      stored: 1,
      distinctKeys: 1,
      lost: [],
      unaudited: 0,
    });
  });
});
