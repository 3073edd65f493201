import type { Kysely } from 'kysely';

// Issue 15, seed 004 §II.4: an extension's message to the citizen names its extension, so the
// delivery of every such message marks the extension's "citizen told" step (and a failed one
// does not). Null for every other message.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('notification_outbox')
    .addColumn('extension_id', 'text', (c) => c.references('extensions.id'))
    .execute();
  await db.schema
    .createIndex('notification_outbox_extension_idx')
    .on('notification_outbox')
    .column('extension_id')
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
