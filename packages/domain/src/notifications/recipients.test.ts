import { describe, expect, it } from 'vitest';
import type { Consent } from '../petitions/consent.schema.js';
import { citizenChannel, officialChannels } from './recipients.js';

const phoneConsent: Consent = {
  purpose: 'contact-by-phone',
  givenAt: '2025-11-25T09:00:00+07:00',
  channel: 'web-form',
};
const handling: Consent = { ...phoneConsent, purpose: 'handle-petition' };
const at = '2026-01-09T09:00:00+07:00';

describe("a citizen's channel", () => {
  const citizen = { phone: '0905000301', consents: [handling, phoneConsent] };

  it('prefers Zalo, then SMS, among the channels the commune turned on', () => {
    expect(citizenChannel(citizen, at, ['zalo-zns', 'sms'], [])).toBe('zalo-zns');
    expect(citizenChannel(citizen, at, ['sms'], [])).toBe('sms');
  });

  it('falls back to SMS when the citizen opted out of Zalo, and to nothing when out of both', () => {
    expect(citizenChannel(citizen, at, ['zalo-zns', 'sms'], ['zalo-zns'])).toBe('sms');
    expect(citizenChannel(citizen, at, ['zalo-zns', 'sms'], ['zalo-zns', 'sms'])).toBeNull();
  });

  it('sends nothing without the consent to be contacted by phone, or once it is withdrawn', () => {
    expect(citizenChannel({ ...citizen, consents: [handling] }, at, ['sms'], [])).toBeNull();
    const withdrawn = { ...phoneConsent, withdrawnAt: '2025-12-01T08:00:00+07:00' };
    expect(citizenChannel({ ...citizen, consents: [withdrawn] }, at, ['sms'], [])).toBeNull();
  });

  it('sends nothing without a phone number or with every channel off', () => {
    expect(citizenChannel({ ...citizen, phone: null }, at, ['sms'], [])).toBeNull();
    expect(citizenChannel(citizen, at, [], [])).toBeNull();
  });
});

describe("an official's channels", () => {
  it('always rings the bell, and e-mails when the account has an address and e-mail is on', () => {
    expect(officialChannels(null, ['email'], [])).toEqual(['in-app']);
    expect(officialChannels('diachinh@sontayha.gov.vn', [], [])).toEqual(['in-app']);
    expect(officialChannels('diachinh@sontayha.gov.vn', ['email'], [])).toEqual([
      'in-app',
      'email',
    ]);
    expect(officialChannels('diachinh@sontayha.gov.vn', ['email'], ['email'])).toEqual(['in-app']);
  });
});
