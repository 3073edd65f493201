import { sql, type Kysely } from 'kysely';

// Notifications through a transactional outbox (issue 15). A state change that warrants a message
// inserts its `notification_outbox` rows in its own transaction, so a rolled-back change sends
// nothing and a committed one is never forgotten; a dispatcher claims and sends them later.
// `idempotency_key` (event | recipient | channel) is unique: one message per person, channel and
// event, however often the change is retried; the key also travels to providers that deduplicate.
// `notification_opt_outs`: a recipient's refusal of a channel (a link, a keyword reply, an
// official recording it) — revoked, never deleted. `notification_channels`: a commune's channel
// settings; `secret_json` holds credentials the api never returns. `notification_sink`: what the
// demo's local sink "delivered" (no provider), read by the administrator; unique by key, as a
// provider that deduplicates. `accounts.email`: where an official's e-mail goes (optional).
const CHANNELS = sql`('zalo-zns', 'sms', 'email', 'in-app')`;
const STATUSES = sql`('pending', 'sending', 'sent', 'failed', 'given-up', 'cancelled')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('email', 'text').execute();

  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ${CHANNELS}`))
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    .addColumn('recipient_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('recipient_address', 'text')
    .addColumn('petition_id', 'text', (c) => c.references('petitions.id'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ${STATUSES}`))
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The dispatcher's scan: what is due, by time.
  await db.schema
    .createIndex('notification_outbox_due_idx')
    .on('notification_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  // The bell (an account's messages) and the petition page (its messages).
  await db.schema
    .createIndex('notification_outbox_account_idx')
    .on('notification_outbox')
    .columns(['recipient_account_id', 'channel', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notification_outbox_petition_idx')
    .on('notification_outbox')
    .columns(['petition_id', 'created_at'])
    .execute();
  // The daily cap: what one recipient received on one day.
  await db.schema
    .createIndex('notification_outbox_recipient_idx')
    .on('notification_outbox')
    .columns(['recipient_key', 'sent_at'])
    .execute();

  await db.schema
    .createTable('notification_opt_outs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ${CHANNELS}`))
    .addColumn('how', 'text', (c) => c.notNull().check(sql`how in ('link', 'keyword', 'official')`))
    .addColumn('opted_out_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addUniqueConstraint('notification_opt_outs_unique', [
      'admin_unit_code',
      'recipient_key',
      'channel',
    ])
    .execute();

  await db.schema
    .createTable('notification_channels')
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ${CHANNELS}`))
    .addColumn('enabled', 'integer', (c) => c.notNull().check(sql`enabled in (0, 1)`))
    .addColumn('settings_json', 'text', (c) => c.notNull())
    .addColumn('secret_json', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_channels_pk', ['admin_unit_code', 'channel'])
    .execute();

  await db.schema
    .createTable('notification_sink')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ${CHANNELS}`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notification_sink_unit_idx')
    .on('notification_sink')
    .columns(['admin_unit_code', 'received_at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
