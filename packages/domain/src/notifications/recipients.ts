import { hasActiveConsent, type Consent } from '../petitions/consent.schema.js';
import type { NotificationChannel } from './notification.schema.js';

/**
 * A citizen's channels, best first: Zalo (free to the citizen, the way authorities already
 * answer) then SMS. One message per event: the first channel that is on and not refused.
 */
export const CITIZEN_CHANNEL_PREFERENCE = ['zalo-zns', 'sms'] as const;

export interface CitizenReach {
  phone: string | null;
  consents: readonly Consent[];
}

/**
 * The channel a citizen's message goes by, or null: a phone number, the consent to be contacted
 * by phone (a consent of its own, Luật 91/2025/QH15: one purpose, one consent) active at `at`,
 * and the first of the preferred channels that the commune has turned on and the citizen has
 * not opted out of.
 *
 * @example citizenChannel({ phone: '0912345678', consents }, at, ['sms'], []) // 'sms'
 */
export function citizenChannel(
  citizen: CitizenReach,
  at: string,
  channelsOn: readonly NotificationChannel[],
  optedOut: readonly NotificationChannel[],
): NotificationChannel | null {
  if (!citizen.phone) return null;
  if (!hasActiveConsent(citizen.consents, 'contact-by-phone', at)) return null;
  return (
    CITIZEN_CHANNEL_PREFERENCE.find((c) => channelsOn.includes(c) && !optedOut.includes(c)) ?? null
  );
}

/**
 * An official's channels: always in the app (the bell), and by e-mail when the account has an
 * address, the commune has turned e-mail on and the official did not opt out.
 *
 * @example officialChannels('cb@sontayha.gov.vn', ['email'], []) // ['in-app', 'email']
 */
export function officialChannels(
  email: string | null,
  channelsOn: readonly NotificationChannel[],
  optedOut: readonly NotificationChannel[],
): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (!optedOut.includes('in-app')) channels.push('in-app');
  if (email && channelsOn.includes('email') && !optedOut.includes('email')) channels.push('email');
  return channels;
}

/** Words a citizen replies with to stop a channel ("TU CHOI", "HUY", "STOP"), diacritics ignored. */
export const OPT_OUT_KEYWORDS = ['TU CHOI', 'HUY', 'STOP'] as const;
