import { describe, expect, it } from 'vitest';
import { petitionContact } from './petition-contact.js';

const petition = {
  phone: '0987000201',
  address: 'Thôn 01, xã Chợ Mới, tỉnh Thái Nguyên',
  consents: [
    {
      purpose: 'contact-by-phone' as const,
      givenAt: '2025-11-20T08:00:00+07:00',
      channel: 'paper-form' as const,
      withdrawnAt: '2025-12-10T08:00:00+07:00',
    },
  ],
};

describe('petitionContact', () => {
  it('gives the phone while the consent to be called is active, the address always', () => {
    expect(petitionContact(petition, '2025-12-01T08:00:00+07:00')).toEqual({
      phone: '0987000201',
      phoneWithoutConsent: false,
      address: petition.address,
    });
  });

  it('holds the phone back once the consent is withdrawn, and says a phone exists', () => {
    expect(petitionContact(petition, '2025-12-11T08:00:00+07:00')).toEqual({
      phone: null,
      phoneWithoutConsent: true,
      address: petition.address,
    });
  });
});
