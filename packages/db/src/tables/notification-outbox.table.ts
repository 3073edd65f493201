import type { Insertable, Selectable } from 'kysely';

/** One message to one recipient on one channel (migration 2026_12_07_2000; issue 15). */
export interface NotificationOutboxTable {
  id: string;
  admin_unit_code: string;
  /** `event | recipient | channel` (the domain's `notificationKey`): unique. */
  idempotency_key: string;
  event_id: string;
  /** A NotificationKind. */
  kind: string;
  /** A NotificationChannel. */
  channel: string;
  /** `phone:…` or `account:…` (the domain's `recipientKey`). */
  recipient_key: string;
  recipient_account_id: string | null;
  /** The phone number or e-mail address the provider needs; null in the app. */
  recipient_address: string | null;
  petition_id: string | null;
  /** An extension's message to the citizen: its delivery tells them (migration 2026_12_08_0030). */
  extension_id: string | null;
  organisation_id: string | null;
  /** The template's parameters (JSON): what a ZNS template receives. */
  params_json: string;
  title: string;
  body: string;
  /** Where the message leads (a path of an app, or the citizen's tracking page). */
  link: string | null;
  /** A NotificationStatus. */
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** The dispatcher holding the row and until when (a lease: a dead one's rows come back). */
  claimed_by: string | null;
  claimed_until: string | null;
  provider_message_id: string | null;
  /** The provider's answer to the last failed attempt. */
  last_error: string | null;
  sent_at: string | null;
  /** In the app: when the official opened it. */
  read_at: string | null;
  created_at: string;
  updated_at: string;
}

export type NotificationOutboxRow = Selectable<NotificationOutboxTable>;
export type NewNotificationOutboxRow = Insertable<NotificationOutboxTable>;
