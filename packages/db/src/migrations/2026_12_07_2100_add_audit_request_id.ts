import type { Kysely } from 'kysely';

// The request an audit row was written for (the `requestId` of the server's request log,
// issue 20), so an operator goes from a log line to the changes it made and back. Null for the
// rows written before, and for those written outside a request (command line, demo data).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('request_id', 'text').execute();
  await db.schema
    .createIndex('audit_log_request_id')
    .on('audit_log')
    .column('request_id')
    .execute();
}
