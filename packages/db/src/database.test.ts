import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import type { Database } from './tables/index.js';
import { testDialects } from './testing/test-databases.js';
import { seedTenant } from './testing/seed-tenant.js';
import { appendAudit, listAuditForEntity } from './repositories/audit.repository.js';

const dialects = await testDialects();

describe.each(dialects)('the schema on $name', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await dialect.open();
    await seedTenant(handle.db, {
      provinceCode: '12',
      communeCode: '03640',
      communeName: 'Khoen On',
      passwordHash: 'x',
    });
  });
  afterAll(() => handle.close());

  it('types every table the migrations create, and no other', async () => {
    // `satisfies` makes this list exactly the keys of `Database`: a table added to one and not
    // the other fails here (at compile time for the list, at run time for the schema).
    const declared = {
      admin_units: true,
      villages: true,
      organisations: true,
      accounts: true,
      sessions: true,
      login_attempts: true,
      holidays: true,
      plans: true,
      plan_versions: true,
      petitions: true,
      petition_answers: true,
      citizen_responses: true,
      conferences: true,
      conclusion_notices: true,
      follow_up_tasks: true,
      extensions: true,
      findings: true,
      audit_log: true,
      public_rate_events: true,
      server_secrets: true,
      registration_forwardings: true,
      registration_forwarding_items: true,
      notification_outbox: true,
      notification_opt_outs: true,
      notification_channels: true,
      notification_sink: true,
      setup_links: true,
    } satisfies Record<keyof Database, true>;
    // PostgreSQL lists every schema's tables, and other suites' schemas share the database.
    const schema =
      dialect.name === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s
        : undefined;
    const tables = (await handle.db.introspection.getTables()).filter((t) => t.schema === schema);
    expect(tables.map((t) => t.name).sort()).toEqual(Object.keys(declared).sort());
  });

  it('enforces foreign keys', async () => {
    await expect(
      handle.db
        .insertInto('villages')
        .values({
          id: 'v-x',
          admin_unit_code: '99999',
          name: 'Bản Ma',
          kind: 'ban',
          search_key: 'ban ma',
          quota: null,
          created_at: '2025-11-01',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('enforces the check constraint on roles', async () => {
    await expect(
      handle.db
        .insertInto('accounts')
        .values({
          id: 'a-x',
          username: 'x',
          full_name: 'X',
          role: 'mayor',
          admin_unit_code: '03640',
          organisation_id: null,
          password_hash: 'x',
          active: 1,
          version: 1,
          created_at: 'now',
          updated_at: 'now',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps the audit trail of a record in order', async () => {
    const base = {
      actor: null,
      adminUnitCode: '03640',
      entityType: 'plan',
      entityId: 'p-1',
    } as const;
    await appendAudit(handle.db, {
      ...base,
      at: '2025-11-01T08:00:00.000Z',
      action: 'plan.create',
      after: { status: 'draft' },
    });
    await appendAudit(handle.db, {
      ...base,
      at: '2025-11-02T08:00:00.000Z',
      action: 'plan.submit',
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
    const trail = await listAuditForEntity(handle.db, 'plan', 'p-1');
    expect(trail.map((r) => r.action)).toEqual(['plan.create', 'plan.submit']);
    expect(trail[1]?.before).toEqual({ status: 'draft' });
  });

  it('passes the integrity check', async () => {
    if (dialect.name !== 'sqlite') return;
    const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
      handle.db,
    );
    expect(result.rows[0]?.integrity_check).toBe('ok');
  });
});
