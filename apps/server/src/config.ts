// The only file that reads the environment (an ESLint rule keeps it so): every setting of the
// server and the command line, with its default, in one place.
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '@doithoai/domain';

import {
  emailFromSettings,
  smsFromSettings,
  znsFromSettings,
  type EnvironmentChannels,
} from './notifications/channel-config.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  /** `PORT`, default 3000. */
  port: number;
  /**
   * `HOST`. Default 0.0.0.0 (every interface: the commune's LAN reaches the server) — except
   * with the demo data on by default (`DEMO_DATA` unset): 127.0.0.1, see `hostOf`.
   */
  host: string;
  /**
   * `DATABASE_URL`: unset → `data/doithoai.db` at the root of the installation (SQLite, folder
   * created), wherever the command is started from; `file:PATH` or a bare path → SQLite at PATH;
   * `postgres://…` → PostgreSQL; any other `scheme:` is refused (a typo such as `postgre://`
   * would otherwise create a SQLite file with that name).
   */
  databaseUrl: string;
  /** `SECURE_COOKIES`: set the session cookie's Secure flag (behind HTTPS). Default off. */
  secureCookies: boolean;
  /** `DEMO_DATA`: on an empty database, create the demo communes and accounts. Default on. */
  demoData: boolean;
  /**
   * `TRUST_PROXY`: behind a reverse proxy (nginx), take the client's address from the last entry
   * of `X-Forwarded-For` instead of the socket. Default off: a client could forge the header.
   */
  trustProxy: boolean;
}

/**
 * `data/doithoai.db` in the installation's root folder (the repository), found from this file —
 * in `src/` (tests) as in `dist/` (the running server) — so `npm start` from the root, `pnpm start`
 * in apps/server and a systemd unit with another working directory all open the same file.
 */
export const DEFAULT_DATABASE_URL = fileURLToPath(
  new URL('../../../data/doithoai.db', import.meta.url),
);

/** A setting with a value the server cannot use: the message says which and what is expected. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

function flag(env: Environment, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw new ConfigError(`${name}="${env[name]}" không hợp lệ: dùng 1/0, true/false, yes/no.`);
}

function port(env: Environment): number {
  const raw = env['PORT']?.trim();
  if (raw === undefined || raw === '') return 3000;
  const value = Number(raw);
  if (!/^\d+$/u.test(raw) || value > 65_535) {
    throw new ConfigError(`PORT="${raw}" không hợp lệ: cần một số từ 0 đến 65535.`);
  }
  return value;
}

/**
 * `DATABASE_URL` as given, or the default; refuses a scheme the server does not know.
 *
 * @example databaseUrlOf({ DATABASE_URL: 'postgre://db/doithoai' }) // throws ConfigError
 */
function databaseUrlOf(env: Environment): string {
  const url = env['DATABASE_URL']?.trim() || DEFAULT_DATABASE_URL;
  const scheme = /^([a-z][a-z0-9+.-]+):/iu.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'file') return url;
  if (
    (scheme === 'postgres' || scheme === 'postgresql') &&
    url.slice(scheme.length).startsWith('://')
  ) {
    return url;
  }
  throw new ConfigError(
    `DATABASE_URL="${url.replace(/\/\/([^:@/]+):[^@/]*@/u, '//$1:***@')}" không hợp lệ: ` +
      `không biết loại "${scheme}:". Dùng postgres://người_dùng:mật_khẩu@máy:5432/tên_csdl cho ` +
      'PostgreSQL, hoặc file:/đường/dẫn/doithoai.db (hay một đường dẫn) cho SQLite.',
  );
}

/**
 * A loopback address: only this machine reaches a server listening on it.
 *
 * @example isLoopbackHost('127.0.0.1') // true
 * @example isLoopbackHost('192.168.1.10') // false
 */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/u, '$1');
  return (
    name === 'localhost' ||
    name === '::1' ||
    /^127(\.\d{1,3}){3}$/u.test(name) ||
    /^::ffff:127(\.\d{1,3}){3}$/u.test(name)
  );
}

/** Why a demo server is not put on the network, and what to do (issue 14, "First run"). */
export const DEMO_ON_NETWORK_REFUSAL = (host: string) =>
  `HOST=${host} bị từ chối: dữ liệu minh họa đang bật (mặc định, vì chưa đặt DEMO_DATA) và khoảng ` +
  `60 tài khoản minh họa dùng chung một mật khẩu đã công bố (${DEMO_PASSWORD}) — ai trong mạng cũng ` +
  'đăng nhập được. Bản cài thật: đặt DEMO_DATA=0 (rồi tạo quản trị hệ thống đầu tiên bằng ' +
  '"doithoai create-admin"). Chỉ để trình diễn trong mạng và chấp nhận điều đó: đặt DEMO_DATA=1.';

/**
 * Where to listen (issue 14): with the demo data on only because `DEMO_DATA` is unset, only this
 * machine (127.0.0.1), and a non-loopback `HOST` is refused — otherwise a first `npm start` on a
 * server put ~60 accounts sharing a published password on the network. `DEMO_DATA=1` (the
 * operator accepted it) and `DEMO_DATA=0` (no demo accounts) listen where `HOST` says,
 * by default on every interface.
 */
function hostOf(env: Environment): string {
  const host = env['HOST']?.trim();
  const demoByDefault = (env['DEMO_DATA']?.trim() ?? '') === '';
  if (!demoByDefault) return host || '0.0.0.0';
  if (!host) return '127.0.0.1';
  if (!isLoopbackHost(host)) throw new ConfigError(DEMO_ON_NETWORK_REFUSAL(host));
  return host;
}

/**
 * The server's settings from the environment, with defaults.
 *
 * @example loadConfig({ PORT: '8080', DATABASE_URL: 'file:/srv/doithoai/data.db' }).port // 8080
 */
export function loadConfig(env: Environment = process.env): ServerConfig {
  return {
    port: port(env),
    host: hostOf(env),
    databaseUrl: databaseUrlOf(env),
    secureCookies: flag(env, 'SECURE_COOKIES', false),
    demoData: flag(env, 'DEMO_DATA', true),
    trustProxy: flag(env, 'TRUST_PROXY', false),
  };
}

/**
 * The database the command line works on: the same `DATABASE_URL` as the server.
 *
 * @example cliDatabaseUrl({}) // '/srv/doithoai/data/doithoai.db' (DEFAULT_DATABASE_URL)
 */
export function cliDatabaseUrl(env: Environment = process.env): string {
  return databaseUrlOf(env);
}

/**
 * `DOITHOAI_PASSWORD`, for `doithoai create-user` run from a script; unset → the command asks.
 *
 * @example passwordFromEnvironment({ DOITHOAI_PASSWORD: 'Một mật khẩu dài' }) // 'Một mật khẩu dài'
 */
export function passwordFromEnvironment(env: Environment = process.env): string | undefined {
  const value = env['DOITHOAI_PASSWORD'];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * The fault suite's settings (apps/server/src/faults): `FULL_FAULTS=1` runs the full
 * figures (10,000 registrations from 200 clients in every scenario) instead of the CI-sized ones.
 *
 * @example faultSuiteSettings({ FULL_FAULTS: '1' }).full // true
 */
export function faultSuiteSettings(env: Environment = process.env): { full: boolean } {
  return { full: flag(env, 'FULL_FAULTS', false) };
}

/**
 * The environment a child process inherits plus `overrides` (the fault suite starts the built
 * server and the command line as real processes).
 *
 * @example childEnvironment({ PORT: '0' }).PORT // '0'
 */
export function childEnvironment(
  overrides: Record<string, string>,
  env: Environment = process.env,
): Record<string, string> {
  const inherited = Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]);
  return { ...Object.fromEntries(inherited), ...overrides };
}

/**
 * Notifications (issue 15, docs/notifications.md): the providers configured by environment
 * variables, for every commune (a commune's administrator may configure its own at `/admin/`,
 * which take precedence), the public address for tracking links, and the dispatcher's pace.
 */
export interface NotificationConfig {
  /** `PUBLIC_BASE_URL`: where citizens reach `/cong-dan/` (the tracking link in messages). */
  publicBaseUrl: string | null;
  environment: EnvironmentChannels;
  /** `NOTIFY_DISPATCHER`: run the outbox's dispatcher in this process. Default on. */
  dispatcher: boolean;
  /** `NOTIFY_INTERVAL_MS`: how often the dispatcher looks for due messages. Default 5000. */
  intervalMs: number;
}

function jsonSetting(env: Environment, name: string): Record<string, unknown> {
  const raw = env[name]?.trim();
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw new ConfigError(`${name} không phải JSON hợp lệ.`);
  }
}

/**
 * The notification settings from the environment. A channel is configured when its key
 * variable is set: `ZNS_ACCESS_TOKEN`, `SMS_URL`, `SMTP_HOST` (with `EMAIL_FROM`).
 *
 * @example loadNotificationConfig({ SMS_URL: 'https://sms.example.vn/send' }).environment.sms?.unaccented // true
 */
export function loadNotificationConfig(env: Environment = process.env): NotificationConfig {
  const value = (name: string) => env[name]?.trim() || undefined;
  const zns = znsFromSettings(
    { url: value('ZNS_URL'), templates: jsonSetting(env, 'ZNS_TEMPLATES') },
    { accessToken: value('ZNS_ACCESS_TOKEN') },
  );
  const sms = smsFromSettings(
    {
      url: value('SMS_URL'),
      bodyTemplate: value('SMS_BODY'),
      contentType: value('SMS_CONTENT_TYPE'),
      brandname: value('SMS_BRANDNAME'),
      unaccented: flag(env, 'SMS_UNACCENTED', true),
      phoneFormat: value('SMS_PHONE_FORMAT'),
      maxSegments: value('SMS_MAX_SEGMENTS'),
      messageIdField: value('SMS_MESSAGE_ID_FIELD'),
    },
    { authorization: value('SMS_AUTHORIZATION') },
  );
  const email = emailFromSettings(
    {
      host: value('SMTP_HOST'),
      port: value('SMTP_PORT'),
      secure: flag(env, 'SMTP_SECURE', false),
      from: value('EMAIL_FROM'),
    },
    { user: value('SMTP_USER'), password: value('SMTP_PASSWORD') },
  );
  const interval = Number(value('NOTIFY_INTERVAL_MS') ?? 5000);
  if (!Number.isInteger(interval) || interval < 100)
    throw new ConfigError(
      `NOTIFY_INTERVAL_MS="${env['NOTIFY_INTERVAL_MS']}" không hợp lệ: cần số mili giây ≥ 100.`,
    );
  return {
    publicBaseUrl: value('PUBLIC_BASE_URL') ?? null,
    environment: { ...(zns ? { zns } : {}), ...(sms ? { sms } : {}), ...(email ? { email } : {}) },
    dispatcher: flag(env, 'NOTIFY_DISPATCHER', true),
    intervalMs: interval,
  };
}
