import type { Kysely } from 'kysely';

// After the dialogue (docs/domain.md §6): a follow-up task remembers the line of the conclusion
// notice it carries out and the reason it was reopened, cancelled or carried over; a Front finding
// keeps the day of a visit when it differs from the day it was recorded. The indexes serve the
// follow-up lists, the supervision board and the dashboards' GROUP BY, scoped by plan.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('follow_up_tasks').addColumn('conclusion_item_id', 'text').execute();
  await db.schema.alterTable('follow_up_tasks').addColumn('status_reason', 'text').execute();
  await db.schema.alterTable('findings').addColumn('observed_on', 'text').execute();

  await db.schema
    .createIndex('follow_up_plan_idx')
    .on('follow_up_tasks')
    .columns(['plan_id', 'status'])
    .execute();
  await db.schema
    .createIndex('follow_up_responsible_idx')
    .on('follow_up_tasks')
    .columns(['responsible_organisation_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('follow_up_petition_idx')
    .on('follow_up_tasks')
    .column('petition_id')
    .execute();
  await db.schema.createIndex('extensions_task_idx').on('extensions').column('task_id').execute();
  await db.schema
    .createIndex('findings_unit_plan_idx')
    .on('findings')
    .columns(['admin_unit_code', 'plan_id'])
    .execute();
  await db.schema
    .createIndex('findings_target_idx')
    .on('findings')
    .columns(['target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('petitions_plan_field_idx')
    .on('petitions')
    .columns(['plan_id', 'field'])
    .execute();
  await db.schema
    .createIndex('petitions_plan_village_idx')
    .on('petitions')
    .columns(['plan_id', 'village_id'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
