import type { Kysely } from 'kysely';

// The public pages (issue 7): citizens register without an account, so the server needs two
// things no other table holds. `public_rate_events`: one line per counted request (online
// registration, a tracking lookup that found nothing) by a hashed subject — a client address or
// a phone number, never stored in clear here — so sliding-window limits hold across several
// server processes on one database. `server_secrets`: a secret generated once and kept in the
// database (the HMAC key of the registration form's fill-time token), so every process of an
// installation signs and checks with the same key and a restart does not void open forms.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_rate_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('subject_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_rate_events_subject_idx')
    .on('public_rate_events')
    .columns(['scope', 'subject_hash', 'at'])
    .execute();

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
