import type { NotificationChannel } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId } from './ids.js';

export type OptOutHow = 'link' | 'keyword' | 'official';

/** The channels a recipient refused and has not taken back. */
export async function optedOutChannels(
  db: Kysely<Database>,
  adminUnitCode: string,
  recipientKey: string,
): Promise<NotificationChannel[]> {
  const rows = await db
    .selectFrom('notification_opt_outs')
    .select('channel')
    .where('admin_unit_code', '=', adminUnitCode)
    .where('recipient_key', '=', recipientKey)
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((r) => r.channel as NotificationChannel);
}

/**
 * Records a refusal of one channel (again, if it was taken back): kept with how it came, never
 * deleted.
 */
export async function recordOptOut(
  db: Kysely<Database>,
  optOut: {
    adminUnitCode: string;
    recipientKey: string;
    channel: NotificationChannel;
    how: OptOutHow;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('notification_opt_outs')
    .values({
      id: newId(),
      admin_unit_code: optOut.adminUnitCode,
      recipient_key: optOut.recipientKey,
      channel: optOut.channel,
      how: optOut.how,
      opted_out_at: now,
      revoked_at: null,
    })
    .onConflict((c) =>
      c
        .columns(['admin_unit_code', 'recipient_key', 'channel'])
        .doUpdateSet({ how: optOut.how, opted_out_at: now, revoked_at: null }),
    )
    .execute();
}

/** Takes a refusal back: the row stays, with when. */
export async function revokeOptOut(
  db: Kysely<Database>,
  adminUnitCode: string,
  recipientKey: string,
  channel: NotificationChannel,
  now: string,
): Promise<void> {
  await db
    .updateTable('notification_opt_outs')
    .set({ revoked_at: now })
    .where('admin_unit_code', '=', adminUnitCode)
    .where('recipient_key', '=', recipientKey)
    .where('channel', '=', channel)
    .where('revoked_at', 'is', null)
    .execute();
}

/** A commune's settings of one channel; `secret` only for the dispatcher, never for a screen. */
export interface ChannelSettingsRecord {
  adminUnitCode: string;
  channel: NotificationChannel;
  enabled: boolean;
  settings: Record<string, unknown>;
  hasSecret: boolean;
  updatedAt: string;
}

const parse = (json: string | null): Record<string, unknown> =>
  json ? (JSON.parse(json) as Record<string, unknown>) : {};

/** Every channel row of a commune, without the credentials. */
export async function listChannelSettings(
  db: Kysely<Database>,
  adminUnitCode: string,
): Promise<ChannelSettingsRecord[]> {
  const rows = await db
    .selectFrom('notification_channels')
    .select(['admin_unit_code', 'channel', 'enabled', 'settings_json', 'secret_json', 'updated_at'])
    .where('admin_unit_code', '=', adminUnitCode)
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({
    adminUnitCode: r.admin_unit_code,
    channel: r.channel as NotificationChannel,
    enabled: r.enabled === 1,
    settings: parse(r.settings_json),
    hasSecret: r.secret_json !== null,
    updatedAt: r.updated_at,
  }));
}

/** The settings and credentials of one channel, for the dispatcher's adapter. */
export async function findChannelConfig(
  db: Kysely<Database>,
  adminUnitCode: string,
  channel: NotificationChannel,
): Promise<{
  enabled: boolean;
  settings: Record<string, unknown>;
  secret: Record<string, unknown>;
} | null> {
  const row = await db
    .selectFrom('notification_channels')
    .select(['enabled', 'settings_json', 'secret_json'])
    .where('admin_unit_code', '=', adminUnitCode)
    .where('channel', '=', channel)
    .executeTakeFirst();
  if (!row) return null;
  return {
    enabled: row.enabled === 1,
    settings: parse(row.settings_json),
    secret: parse(row.secret_json),
  };
}

/**
 * Saves a channel's settings; `secret` undefined keeps the stored credentials (a screen never
 * reads them back, so it cannot resend them).
 */
export async function saveChannelSettings(
  db: Kysely<Database>,
  input: {
    adminUnitCode: string;
    channel: NotificationChannel;
    enabled: boolean;
    settings: Record<string, unknown>;
    secret?: Record<string, unknown>;
    updatedBy: string | null;
  },
  now: string,
): Promise<void> {
  const secretJson = input.secret === undefined ? undefined : JSON.stringify(input.secret);
  await db
    .insertInto('notification_channels')
    .values({
      admin_unit_code: input.adminUnitCode,
      channel: input.channel,
      enabled: input.enabled ? 1 : 0,
      settings_json: JSON.stringify(input.settings),
      secret_json: secretJson ?? null,
      updated_by: input.updatedBy,
      updated_at: now,
    })
    .onConflict((c) =>
      c.columns(['admin_unit_code', 'channel']).doUpdateSet({
        enabled: input.enabled ? 1 : 0,
        settings_json: JSON.stringify(input.settings),
        ...(secretJson === undefined ? {} : { secret_json: secretJson }),
        updated_by: input.updatedBy,
        updated_at: now,
      }),
    )
    .execute();
}

/** The channels a commune turned on in the database. */
export async function enabledChannels(
  db: Kysely<Database>,
  adminUnitCode: string,
): Promise<NotificationChannel[]> {
  const rows = await db
    .selectFrom('notification_channels')
    .select('channel')
    .where('admin_unit_code', '=', adminUnitCode)
    .where('enabled', '=', 1)
    .execute();
  return rows.map((r) => r.channel as NotificationChannel);
}

/**
 * The demo's local sink "delivers" a message: unique by key, as a provider that deduplicates —
 * the same message claimed twice after a crash shows once. Returns the sink's id for it.
 */
export async function deliverToSink(
  db: Kysely<Database>,
  message: {
    adminUnitCode: string;
    idempotencyKey: string;
    channel: NotificationChannel;
    address: string;
    title: string;
    body: string;
  },
  now: string,
): Promise<string> {
  await db
    .insertInto('notification_sink')
    .values({
      id: newId(),
      admin_unit_code: message.adminUnitCode,
      idempotency_key: message.idempotencyKey,
      channel: message.channel,
      address: message.address,
      title: message.title,
      body: message.body,
      received_at: now,
    })
    .onConflict((c) => c.column('idempotency_key').doNothing())
    .execute();
  const row = await db
    .selectFrom('notification_sink')
    .select('id')
    .where('idempotency_key', '=', message.idempotencyKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface SinkRecord {
  id: string;
  channel: NotificationChannel;
  address: string;
  title: string;
  body: string;
  receivedAt: string;
}

/** What the sink received for a commune, newest first (the administrator's reader). */
export async function listSink(
  db: Kysely<Database>,
  adminUnitCode: string,
  limit: number,
): Promise<SinkRecord[]> {
  const rows = await db
    .selectFrom('notification_sink')
    .selectAll()
    .where('admin_unit_code', '=', adminUnitCode)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel as NotificationChannel,
    address: r.address,
    title: r.title,
    body: r.body,
    receivedAt: r.received_at,
  }));
}
