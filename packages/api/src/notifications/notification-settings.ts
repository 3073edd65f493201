import type { NotificationChannel } from '@doithoai/domain';

/**
 * What the server tells the api about notifications (the api reads no environment).
 * - `sink`: the demo data is on — every channel is on and delivers to the local sink the
 *   administrator reads, so the feature works with no provider.
 * - `channelsFromEnvironment`: channels the server configured from environment variables (the
 *   alternative to a commune's settings in the database).
 * - `publicBaseUrl`: the address citizens reach the public pages at (the tracking link); null
 *   → the link is the path alone.
 */
export interface NotificationSettings {
  sink: boolean;
  channelsFromEnvironment: readonly NotificationChannel[];
  publicBaseUrl: string | null;
}

export const NO_NOTIFICATION_PROVIDERS: NotificationSettings = {
  sink: false,
  channelsFromEnvironment: [],
  publicBaseUrl: null,
};
