// Kysely table types: one `*.table.ts` per table, snake_case as in the database, and the
// `Database` every query is typed against — every table a migration creates is in it. Dates are
// `YYYY-MM-DD` text, instants ISO-8601 text, booleans 0/1 integers and structured parts JSON
// text — the same on SQLite and PostgreSQL. Repositories map rows to the domain's camelCase.
import type { AccountsTable } from './accounts.table.js';
import type { AdminUnitsTable } from './admin-units.table.js';
import type { AuditLogTable } from './audit-log.table.js';
import type { CitizenResponsesTable } from './citizen-responses.table.js';
import type { ConclusionNoticesTable } from './conclusion-notices.table.js';
import type { ConferencesTable } from './conferences.table.js';
import type { ExtensionsTable } from './extensions.table.js';
import type { FindingsTable } from './findings.table.js';
import type { FollowUpTasksTable } from './follow-up-tasks.table.js';
import type { HolidaysTable } from './holidays.table.js';
import type { LoginAttemptsTable } from './login-attempts.table.js';
import type { NotificationChannelsTable } from './notification-channels.table.js';
import type { NotificationOptOutsTable } from './notification-opt-outs.table.js';
import type { NotificationOutboxTable } from './notification-outbox.table.js';
import type { NotificationSinkTable } from './notification-sink.table.js';
import type { OrganisationsTable } from './organisations.table.js';
import type { PetitionAnswersTable } from './petition-answers.table.js';
import type { PetitionsTable } from './petitions.table.js';
import type { PlanVersionsTable } from './plan-versions.table.js';
import type { PlansTable } from './plans.table.js';
import type { PublicRateEventsTable } from './public-rate-events.table.js';
import type { RegistrationForwardingItemsTable } from './registration-forwarding-items.table.js';
import type { RegistrationForwardingsTable } from './registration-forwardings.table.js';
import type { ServerSecretsTable } from './server-secrets.table.js';
import type { SessionsTable } from './sessions.table.js';
import type { SetupLinksTable } from './setup-links.table.js';
import type { VillagesTable } from './villages.table.js';

export * from './accounts.table.js';
export * from './admin-units.table.js';
export * from './audit-log.table.js';
export * from './citizen-responses.table.js';
export * from './conclusion-notices.table.js';
export * from './conferences.table.js';
export * from './extensions.table.js';
export * from './findings.table.js';
export * from './follow-up-tasks.table.js';
export * from './holidays.table.js';
export * from './login-attempts.table.js';
export * from './notification-channels.table.js';
export * from './notification-opt-outs.table.js';
export * from './notification-outbox.table.js';
export * from './notification-sink.table.js';
export * from './organisations.table.js';
export * from './petition-answers.table.js';
export * from './petitions.table.js';
export * from './plan-versions.table.js';
export * from './plans.table.js';
export * from './public-rate-events.table.js';
export * from './registration-forwarding-items.table.js';
export * from './registration-forwardings.table.js';
export * from './server-secrets.table.js';
export * from './sessions.table.js';
export * from './setup-links.table.js';
export * from './villages.table.js';

export interface Database {
  admin_units: AdminUnitsTable;
  villages: VillagesTable;
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  holidays: HolidaysTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  petitions: PetitionsTable;
  petition_answers: PetitionAnswersTable;
  citizen_responses: CitizenResponsesTable;
  conferences: ConferencesTable;
  conclusion_notices: ConclusionNoticesTable;
  follow_up_tasks: FollowUpTasksTable;
  extensions: ExtensionsTable;
  findings: FindingsTable;
  audit_log: AuditLogTable;
  public_rate_events: PublicRateEventsTable;
  server_secrets: ServerSecretsTable;
  registration_forwardings: RegistrationForwardingsTable;
  registration_forwarding_items: RegistrationForwardingItemsTable;
  notification_outbox: NotificationOutboxTable;
  notification_opt_outs: NotificationOptOutsTable;
  notification_channels: NotificationChannelsTable;
  notification_sink: NotificationSinkTable;
  setup_links: SetupLinksTable;
}
