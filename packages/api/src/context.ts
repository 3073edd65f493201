import type { Database, DialectName } from '@doithoai/db';
import { vietnamDateAt, type IsoDate, type Role, type WorkingCalendar } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { CalendarProvider } from './calendar-provider.js';
import type { NotificationSettings } from './notifications/notification-settings.js';

/** What the server injects: the api reads no environment and owns no singleton. */
export interface ApiDependencies {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The clock, injected so tests can fix "today". */
  now: () => Date;
  calendars: CalendarProvider;
  /** Set the cookie's Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** The demo's sink, channels from the environment, the public address (issue 15); none by default. */
  notifications?: NotificationSettings;
}

export interface SessionUser {
  accountId: string;
  username: string;
  fullName: string;
  role: Role;
  /** The commune (or, for a province viewer, the province) the account belongs to. */
  adminUnitCode: string;
  organisationId: string | null;
  /** A one-time password from a reset is in use: only `auth.*` answers until it is changed. */
  mustChangePassword: boolean;
  tokenHash: string;
}

export interface CookieJar {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

/** One request's context: transport-agnostic, built by the HTTP layer from headers. */
export type Context = {
  deps: ApiDependencies;
  db: Kysely<Database>;
  requestTime: Date;
  /** Today in Vietnam (UTC+7): deadlines are civil dates there, whatever the server's zone. */
  today: IsoDate;
  user: SessionUser | null;
  ip: string;
  idempotencyKey: string | null;
  cookies: CookieJar;
  calendar(): Promise<WorkingCalendar>;
};

/** The context of a staff procedure (`staffProcedure`): the caller is signed in. */
export type StaffContext = Context & { user: SessionUser };

export function buildContext(
  deps: ApiDependencies,
  request: {
    user: SessionUser | null;
    ip: string;
    idempotencyKey: string | null;
    cookies: CookieJar;
  },
): Context {
  const requestTime = deps.now();
  return {
    deps,
    db: deps.db,
    requestTime,
    today: vietnamDateAt(requestTime),
    ...request,
    calendar: () => deps.calendars.get(deps.db),
  };
}
