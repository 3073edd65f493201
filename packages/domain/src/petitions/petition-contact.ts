import { hasActiveConsent, type Consent } from './consent.schema.js';

/** How the office reaches the petitioner, as far as the consents allow. */
export interface PetitionContact {
  /** Only with an active "contact by phone" consent (Nghị định 356/2025/NĐ-CP: per purpose). */
  phone: string | null;
  /** A phone is on record but the citizen did not agree to be called. */
  phoneWithoutConsent: boolean;
  /** Where the written answer is sent. */
  address: string | null;
}

/**
 * The petitioner's phone and address for the staff who answer (issue 18: the office never saw
 * them, even with the phone-contact consent): the address to send the written answer to, the
 * phone only while the citizen's consent to be called is active at `at`.
 *
 * @example petitionContact({ phone: '0987000201', address: 'Thôn 01', consents: [] }, '2025-12-01T01:00:00Z').phone // null
 */
export function petitionContact(
  petition: { phone: string | null; address: string | null; consents: readonly Consent[] },
  at: string,
): PetitionContact {
  const consented = hasActiveConsent(petition.consents, 'contact-by-phone', at);
  return {
    phone: consented ? petition.phone : null,
    phoneWithoutConsent: !consented && petition.phone !== null,
    address: petition.address,
  };
}

/** Audit actions on a petition that are not steps of its machine. */
const OTHER_PETITION_ACTIONS: Readonly<Record<string, string>> = {
  'petition.register': 'tiếp nhận kiến nghị',
  'petition.group-duplicates': 'gộp vào nhóm kiến nghị trùng',
  'petition.ungroup': 'tách khỏi nhóm kiến nghị trùng',
  'petition.withdraw-consent': 'ghi nhận công dân rút sự đồng ý',
};

/**
 * A petition's audit action as its history reads it ("petition.triage" → "phân loại …"): the
 * machine's own step labels, then the few actions outside it; never the code itself.
 *
 * @example petitionActionLabel('petition.register') // 'tiếp nhận kiến nghị'
 */
export function petitionActionLabel(
  action: string,
  eventLabels: Readonly<Record<string, string>>,
): string {
  const event = action.startsWith('petition.') ? action.slice('petition.'.length) : action;
  return eventLabels[event] ?? OTHER_PETITION_ACTIONS[action] ?? 'thay đổi hồ sơ kiến nghị';
}
