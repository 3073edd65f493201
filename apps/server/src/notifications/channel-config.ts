import { findChannelConfig, type Database } from '@doithoai/db';
import type { NotificationChannel, NotificationKind } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { ChannelAdapter } from './channel-adapter.js';
import { createEmailAdapter, type EmailConfig } from './email-adapter.js';
import { createSinkAdapter } from './sink-adapter.js';
import { createSmsAdapter, SMS_DEFAULT_BODY, type SmsConfig } from './sms-adapter.js';
import { createZnsAdapter, ZNS_DEFAULT_URL, type ZnsConfig } from './zns-adapter.js';

/** Channels configured by the server's environment (config.ts reads it), for every commune. */
export interface EnvironmentChannels {
  zns?: ZnsConfig;
  sms?: SmsConfig;
  email?: EmailConfig;
}

const TIMEOUT_MS = 15_000;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean'
    ? value
    : value === 'true'
      ? true
      : value === 'false'
        ? false
        : fallback;

/** A commune's stored ZNS settings (`settings`: url, templates as JSON; `secret`: accessToken). */
export function znsFromSettings(
  settings: Record<string, unknown>,
  secret: Record<string, unknown>,
): ZnsConfig | null {
  const token = text(secret['accessToken']);
  if (!token) return null;
  const raw = settings['templates'];
  const templates = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as Partial<
    Record<NotificationKind, string>
  >;
  return {
    url: text(settings['url']) ?? ZNS_DEFAULT_URL,
    accessToken: token,
    templates,
    timeoutMs: TIMEOUT_MS,
  };
}

export function smsFromSettings(
  settings: Record<string, unknown>,
  secret: Record<string, unknown>,
): SmsConfig | null {
  const url = text(settings['url']);
  if (!url) return null;
  return {
    url,
    authorization: text(secret['authorization']),
    contentType:
      settings['contentType'] === 'application/x-www-form-urlencoded'
        ? 'application/x-www-form-urlencoded'
        : 'application/json',
    bodyTemplate: text(settings['bodyTemplate']) ?? SMS_DEFAULT_BODY,
    brandname: text(settings['brandname']) ?? 'UBND-XA',
    unaccented: flag(settings['unaccented'], true),
    phoneFormat: settings['phoneFormat'] === 'national' ? 'national' : 'international',
    maxSegments: Number(settings['maxSegments'] ?? 3) || 3,
    messageIdField: text(settings['messageIdField']),
    timeoutMs: TIMEOUT_MS,
  };
}

export function emailFromSettings(
  settings: Record<string, unknown>,
  secret: Record<string, unknown>,
): EmailConfig | null {
  const host = text(settings['host']);
  const from = text(settings['from']);
  if (!host || !from) return null;
  return {
    host,
    port: Number(settings['port'] ?? 587) || 587,
    secure: flag(settings['secure'], false),
    user: text(secret['user']),
    password: text(secret['password']),
    from,
    timeoutMs: TIMEOUT_MS,
  };
}

/** Finds the adapter of a commune's channel at dispatch time (settings change while running). */
export type AdapterResolver = (
  adminUnitCode: string,
  channel: NotificationChannel,
) => Promise<ChannelAdapter | null>;

/**
 * The adapter of a channel: the commune's enabled settings in the database first, then the
 * server's environment, then — with the demo data on — the local sink; else none (the channel
 * is off and the message is given up with that reason).
 */
export function createAdapterResolver(options: {
  db: Kysely<Database>;
  now: () => Date;
  environment: EnvironmentChannels;
  sink: boolean;
}): AdapterResolver {
  const { db, environment } = options;
  return async (adminUnitCode, channel) => {
    const stored = await findChannelConfig(db, adminUnitCode, channel);
    if (stored?.enabled) {
      const { settings, secret } = stored;
      const config =
        channel === 'zalo-zns'
          ? znsFromSettings(settings, secret)
          : channel === 'sms'
            ? smsFromSettings(settings, secret)
            : channel === 'email'
              ? emailFromSettings(settings, secret)
              : null;
      if (config)
        return channel === 'zalo-zns'
          ? createZnsAdapter(config as ZnsConfig)
          : channel === 'sms'
            ? createSmsAdapter(config as SmsConfig)
            : createEmailAdapter(config as EmailConfig);
      // Turned on without usable settings: with the demo's sink, the sink stands in.
    }
    if (channel === 'zalo-zns' && environment.zns) return createZnsAdapter(environment.zns);
    if (channel === 'sms' && environment.sms) return createSmsAdapter(environment.sms);
    if (channel === 'email' && environment.email) return createEmailAdapter(environment.email);
    return options.sink ? createSinkAdapter(db, options.now) : null;
  };
}
