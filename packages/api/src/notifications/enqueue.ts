import {
  enqueueNotifications,
  enabledChannels,
  findAdminUnit,
  optedOutChannels,
  type Database,
  type OutboxMessage,
  type PetitionRecord,
} from '@doithoai/db';
import {
  citizenChannel,
  NOTIFICATION_CHANNELS,
  notificationKey,
  officialChannels,
  recipientKey,
  renderNotification,
  type NotificationChannel,
  type NotificationKind,
  type NotificationParams,
  type Role,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../context.js';

/** What writing a message needs of a request (or of the daily digest job, which has none). */
export type NotifyContext = Pick<Context, 'deps' | 'requestTime'>;
import { NO_NOTIFICATION_PROVIDERS } from './notification-settings.js';

/**
 * The channels on for a commune: the app always; with the demo's sink every channel; else those
 * the server configured from its environment and those the commune's administrator turned on.
 */
export async function channelsOn(
  trx: Kysely<Database>,
  ctx: NotifyContext,
  adminUnitCode: string,
): Promise<NotificationChannel[]> {
  const settings = ctx.deps.notifications ?? NO_NOTIFICATION_PROVIDERS;
  if (settings.sink) return [...NOTIFICATION_CHANNELS];
  const on = new Set<NotificationChannel>(['in-app', ...settings.channelsFromEnvironment]);
  for (const channel of await enabledChannels(trx, adminUnitCode)) on.add(channel);
  return [...on];
}

/** "UBND xã Sơn Tây Hạ": who speaks in a citizen's message. */
export async function communeAuthority(
  trx: Kysely<Database>,
  adminUnitCode: string,
): Promise<string> {
  const unit = await findAdminUnit(trx, adminUnitCode);
  return unit ? `UBND ${unit.kind ?? 'xã'} ${unit.name}` : 'UBND xã';
}

/** The citizen's tracking page for a code (the public app's `/cong-dan/tra-cuu?ma=`). */
export function trackingUrl(ctx: NotifyContext, trackingCode: string): string {
  const base = (ctx.deps.notifications ?? NO_NOTIFICATION_PROVIDERS).publicBaseUrl ?? '';
  return `${base.replace(/\/$/u, '')}/cong-dan/tra-cuu?ma=${encodeURIComponent(trackingCode)}`;
}

/**
 * The channel a petition's citizen can be reached on now (the consent to be contacted by phone,
 * the commune's channels, their opt-outs), or null.
 */
export async function citizenChannelOf(
  trx: Kysely<Database>,
  ctx: NotifyContext,
  petition: PetitionRecord,
): Promise<NotificationChannel | null> {
  if (!petition.phone) return null;
  const who = recipientKey({ kind: 'phone', phone: petition.phone });
  return citizenChannel(
    { phone: petition.phone, consents: petition.consents },
    ctx.requestTime.toISOString(),
    await channelsOn(trx, ctx, petition.adminUnitCode),
    await optedOutChannels(trx, petition.adminUnitCode, who),
  );
}

/**
 * Tells the citizen of a petition, inside the change's transaction: by the first channel they
 * can be reached on (the consent to be contacted by phone, the commune's channels, their
 * opt-outs), else nothing. Returns the channel used, or null.
 */
export async function notifyCitizen<K extends NotificationKind>(
  trx: Kysely<Database>,
  ctx: NotifyContext,
  petition: PetitionRecord,
  kind: K,
  eventId: string,
  /** Built only when a message will be written (they may cost a query). */
  params: () => Promise<NotificationParams<K>>,
  link: string | null = null,
  /** The extension the message tells about: its delivery marks the citizen told. */
  extensionId: string | null = null,
): Promise<NotificationChannel | null> {
  const channel = await citizenChannelOf(trx, ctx, petition);
  if (!channel || !petition.phone) return null;
  const who = recipientKey({ kind: 'phone', phone: petition.phone });
  const at = ctx.requestTime.toISOString();
  const values = await params();
  const message = renderNotification(kind, values);
  await enqueueNotifications(
    trx,
    [
      {
        adminUnitCode: petition.adminUnitCode,
        idempotencyKey: notificationKey(eventId, who, channel),
        eventId,
        kind,
        channel,
        recipientKey: who,
        recipientAddress: petition.phone,
        petitionId: petition.id,
        extensionId,
        params: values,
        title: message.title,
        body: message.text,
        link,
        notBefore: at,
      },
    ],
    at,
  );
  return channel;
}

/** Who among a commune's officials hears a message: by role, or every account of a body. */
export type OfficialAudience = { roles: readonly Role[] } | { organisationId: string };

/**
 * Tells a commune's officials (the bell; e-mail where the account has an address and the channel
 * is on), inside the change's transaction. Returns how many messages were written.
 */
export async function notifyOfficials<K extends NotificationKind>(
  trx: Kysely<Database>,
  ctx: NotifyContext,
  target: {
    adminUnitCode: string;
    audience: OfficialAudience;
    petitionId?: string | null;
    organisationId?: string | null;
    link: string | null;
    /** Not before (a digest's morning); now by default. */
    notBefore?: string;
  },
  kind: K,
  eventId: string,
  params: NotificationParams<K>,
): Promise<number> {
  let query = trx
    .selectFrom('accounts')
    .select(['id', 'email'])
    .where('admin_unit_code', '=', target.adminUnitCode)
    .where('active', '=', 1);
  query =
    'roles' in target.audience
      ? query.where('role', 'in', [...target.audience.roles])
      : query.where('organisation_id', '=', target.audience.organisationId);
  const accounts = await query.orderBy('id').execute();
  if (accounts.length === 0) return 0;
  const on = await channelsOn(trx, ctx, target.adminUnitCode);
  const message = renderNotification(kind, params);
  const at = ctx.requestTime.toISOString();
  const rows: OutboxMessage[] = [];
  for (const account of accounts) {
    const who = recipientKey({ kind: 'account', accountId: account.id });
    const refused = await optedOutChannels(trx, target.adminUnitCode, who);
    for (const channel of officialChannels(account.email, on, refused))
      rows.push({
        adminUnitCode: target.adminUnitCode,
        idempotencyKey: notificationKey(eventId, who, channel),
        eventId,
        kind,
        channel,
        recipientKey: who,
        recipientAccountId: account.id,
        recipientAddress: channel === 'email' ? account.email : null,
        petitionId: target.petitionId ?? null,
        organisationId: target.organisationId ?? null,
        params,
        title: message.title,
        body: message.text,
        link: target.link,
        notBefore: target.notBefore ?? at,
      });
  }
  return enqueueNotifications(trx, rows, at);
}
