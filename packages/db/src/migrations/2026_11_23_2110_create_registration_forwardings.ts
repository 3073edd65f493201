import { sql, type Kysely } from 'kysely';

// The Front's forwarding of compiled registrations to the dialogue's chair (seed 001 §III.1): one
// row per forwarding (who, when, how many, the deadline it answered to), one item per petition.
// A petition is forwarded once (unique petition_id): a later forwarding carries only the rest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('registration_forwardings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('forwarded_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('forwarded_at', 'text', (c) => c.notNull())
    .addColumn('forwarded_on', 'text', (c) => c.notNull())
    .addColumn('petition_count', 'integer', (c) => c.notNull().check(sql`petition_count > 0`))
    .addColumn('note', 'text')
    .addColumn('deadline_rule_id', 'text')
    .addColumn('deadline_due_on', 'text')
    .addColumn('deadline_source', 'text')
    .addColumn('on_time', 'integer', (c) => c.check(sql`on_time is null or on_time in (0, 1)`))
    .execute();
  await db.schema
    .createIndex('registration_forwardings_plan_idx')
    .on('registration_forwardings')
    .columns(['admin_unit_code', 'plan_id'])
    .execute();
  await db.schema
    .createTable('registration_forwarding_items')
    .addColumn('forwarding_id', 'text', (c) =>
      c.notNull().references('registration_forwardings.id'),
    )
    .addColumn('petition_id', 'text', (c) => c.notNull().unique().references('petitions.id'))
    .addPrimaryKeyConstraint('registration_forwarding_items_pk', ['forwarding_id', 'petition_id'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
