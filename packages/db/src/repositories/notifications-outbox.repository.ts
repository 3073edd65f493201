import type { NotificationChannel, NotificationKind, NotificationStatus } from '@doithoai/domain';
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database.js';
import type { Database } from '../tables/index.js';
import type { NotificationOutboxRow } from '../tables/notification-outbox.table.js';
import { newId } from './ids.js';

/** One message to write: the caller has rendered it (what is stored is what is sent). */
export interface OutboxMessage {
  adminUnitCode: string;
  idempotencyKey: string;
  eventId: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientKey: string;
  recipientAccountId?: string | null;
  recipientAddress?: string | null;
  petitionId?: string | null;
  organisationId?: string | null;
  /** The extension this message tells the citizen about (its delivery marks the step). */
  extensionId?: string | null;
  params: Readonly<Record<string, string>>;
  title: string;
  body: string;
  link?: string | null;
  /** When it may first leave (now; a digest's morning). */
  notBefore: string;
}

/**
 * Writes messages into the outbox inside the caller's transaction (the state change's own): a
 * rolled-back change leaves none. A key already written (the same event, recipient and channel
 * — a retried request, a digest computed twice) is skipped. Returns how many were new.
 * An in-app message is delivered by being written (the outbox row is the bell's entry): it is
 * `sent` at once and never claimed; the others wait for the dispatcher.
 *
 * @example await enqueueNotifications(trx, [message], now);
 */
export async function enqueueNotifications(
  trx: Kysely<Database>,
  messages: readonly OutboxMessage[],
  now: string,
): Promise<number> {
  if (messages.length === 0) return 0;
  const result = await trx
    .insertInto('notification_outbox')
    .values(
      messages.map((m) => ({
        id: newId(),
        admin_unit_code: m.adminUnitCode,
        idempotency_key: m.idempotencyKey,
        event_id: m.eventId,
        kind: m.kind,
        channel: m.channel,
        recipient_key: m.recipientKey,
        recipient_account_id: m.recipientAccountId ?? null,
        recipient_address: m.recipientAddress ?? null,
        petition_id: m.petitionId ?? null,
        extension_id: m.extensionId ?? null,
        organisation_id: m.organisationId ?? null,
        params_json: JSON.stringify(m.params),
        title: m.title,
        body: m.body,
        link: m.link ?? null,
        status: m.channel === 'in-app' ? 'sent' : 'pending',
        attempts: 0,
        next_attempt_at: m.notBefore,
        sent_at: m.channel === 'in-app' ? now : null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((c) => c.column('idempotency_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface ClaimOptions {
  dialect: DialectName;
  dispatcherId: string;
  now: Date;
  /** How long a claim holds: past it, a dispatcher that died has its rows taken by another. */
  leaseMs: number;
  limit: number;
  /** Only these channels (the in-app bell needs no provider and is marked at once). */
  channels?: readonly NotificationChannel[];
}

/**
 * Claims due messages for one dispatcher: pending or failed ones whose time has come, and those
 * another dispatcher claimed and left past its lease (it died between the provider's answer and
 * the marking: the retry carries the same key, so a provider that deduplicates delivers once).
 * On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several processes claim at once without taking
 * the same row; on SQLite the one in-process dispatcher claims inside a write transaction.
 * The claim counts the attempt.
 */
export async function claimDueNotifications(
  db: Kysely<Database>,
  options: ClaimOptions,
): Promise<NotificationOutboxRow[]> {
  const now = options.now.toISOString();
  const until = new Date(options.now.getTime() + options.leaseMs).toISOString();
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('notification_outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', 'in', ['pending', 'failed']), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(options.limit);
    if (options.channels) query = query.where('channel', 'in', [...options.channels]);
    if (options.dialect === 'postgres') query = query.forUpdate().skipLocked();
    const ids = (await query.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('notification_outbox')
      .set({
        status: 'sending',
        attempts: sql<number>`attempts + 1`,
        claimed_by: options.dispatcherId,
        claimed_until: until,
        updated_at: now,
      })
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  });
}

type Outcome =
  | { status: 'sent'; providerMessageId: string | null }
  | { status: 'failed'; error: string; retryAt: string }
  | { status: 'given-up'; error: string }
  | { status: 'cancelled'; error: string }
  | { status: 'pending'; retryAt: string; note: string; refundAttempt: true };

/**
 * Marks a claimed message with its outcome — only while this dispatcher still holds it (a claim
 * taken over after its lease is the other dispatcher's to mark). A `pending` outcome puts the
 * message back without counting the attempt (quiet hours, the daily cap). Returns whether marked.
 */
export async function markNotification(
  db: Kysely<Database>,
  id: string,
  dispatcherId: string,
  outcome: Outcome,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const base = { claimed_by: null, claimed_until: null, updated_at: at };
  const set =
    outcome.status === 'sent'
      ? { ...base, status: 'sent', sent_at: at, provider_message_id: outcome.providerMessageId }
      : outcome.status === 'failed'
        ? { ...base, status: 'failed', last_error: outcome.error, next_attempt_at: outcome.retryAt }
        : outcome.status === 'pending'
          ? {
              ...base,
              status: 'pending',
              last_error: outcome.note,
              next_attempt_at: outcome.retryAt,
              attempts: sql<number>`attempts - 1`,
            }
          : { ...base, status: outcome.status, last_error: outcome.error };
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('notification_outbox')
      .set(set)
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', dispatcherId)
      .executeTakeFirst();
    const marked = Number(result.numUpdatedRows) === 1;
    if (marked && outcome.status === 'sent') await markExtensionToldIfDelivered(trx, id, at);
    return marked;
  });
}

/** The Vietnamese calendar day of an instant (UTC+7), as the extension records "informed on". */
const vietnamDay = (instant: string) =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Seed 004 §II.4 through issue 15: when the last of an extension's messages to its citizens is
 * delivered, the extension records the citizen told — on the day of delivery, by message
 * (`electronic`). A message failed or given up leaves the step untold. In the marking's
 * transaction, so a delivery is never recorded without its step.
 */
async function markExtensionToldIfDelivered(
  trx: Kysely<Database>,
  notificationId: string,
  at: string,
): Promise<void> {
  const row = await trx
    .selectFrom('notification_outbox')
    .select('extension_id')
    .where('id', '=', notificationId)
    .executeTakeFirst();
  const extensionId = row?.extension_id;
  if (!extensionId) return;
  const waiting = await trx
    .selectFrom('notification_outbox')
    .select('id')
    .where('extension_id', '=', extensionId)
    .where('status', '!=', 'sent')
    .executeTakeFirst();
  if (waiting) return;
  await trx
    .updateTable('extensions')
    .set({ citizen_informed: 1, informed_on: vietnamDay(at), informed_how: 'electronic' })
    .where('id', '=', extensionId)
    .where('citizen_informed', '=', 0)
    .execute();
}

/**
 * What one recipient received on capped channels between two instants (a Vietnamese day): the
 * daily cap counts sent messages, never those still waiting.
 */
export async function countSentToRecipient(
  db: Kysely<Database>,
  recipientKey: string,
  channels: readonly NotificationChannel[],
  from: string,
  to: string,
): Promise<number> {
  if (channels.length === 0) return 0;
  const row = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('recipient_key', '=', recipientKey)
    .where('channel', 'in', [...channels])
    .where('status', '=', 'sent')
    .where('sent_at', '>=', from)
    .where('sent_at', '<', to)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A message as the screens read it (no address, no credentials). */
export interface NotificationRecord {
  id: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  status: NotificationStatus;
  title: string;
  body: string;
  link: string | null;
  attempts: number;
  lastError: string | null;
  petitionId: string | null;
  createdAt: string;
  sentAt: string | null;
  readAt: string | null;
}

export function toNotificationRecord(row: NotificationOutboxRow): NotificationRecord {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    channel: row.channel as NotificationChannel,
    status: row.status as NotificationStatus,
    title: row.title,
    body: row.body,
    link: row.link,
    attempts: row.attempts,
    lastError: row.last_error,
    petitionId: row.petition_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    readAt: row.read_at,
  };
}

/** Every message about one petition, oldest first (the petition page's "Tin nhắn đã gửi"). */
export async function listPetitionNotifications(
  db: Kysely<Database>,
  petitionId: string,
): Promise<NotificationRecord[]> {
  const rows = await db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toNotificationRecord);
}

/** An account's bell: its in-app messages, newest first, and how many are unread. */
export async function listAccountNotifications(
  db: Kysely<Database>,
  accountId: string,
  limit: number,
): Promise<{ items: NotificationRecord[]; unread: number }> {
  const rows = await db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('recipient_account_id', '=', accountId)
    .where('channel', '=', 'in-app')
    .where('status', '=', 'sent')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return { items: rows.map(toNotificationRecord), unread: await unreadCount(db, accountId) };
}

/** The bell's number: in-app messages delivered to the account and not yet opened. */
export async function unreadCount(db: Kysely<Database>, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('recipient_account_id', '=', accountId)
    .where('channel', '=', 'in-app')
    .where('status', '=', 'sent')
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks an account's messages read (these ids, or all of them); only its own. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  accountId: string,
  ids: readonly string[] | 'all',
  now: string,
): Promise<number> {
  let query = db
    .updateTable('notification_outbox')
    .set({ read_at: now })
    .where('recipient_account_id', '=', accountId)
    .where('channel', '=', 'in-app')
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', [...ids]);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
