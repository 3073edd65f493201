import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import {
  CONSENTS_WITHDRAWABLE_ONLINE,
  ConsentSchema,
  hasActiveConsent,
  withdrawConsent,
  type Consent,
} from './consent.schema.js';
import { WrittenAnswerSchema } from './written-answer.schema.js';

const phoneConsent = {
  purpose: 'contact-by-phone',
  givenAt: '2025-12-01T08:30:00+07:00',
  channel: 'paper-form',
} as const;

describe('consent', () => {
  it('is active from when it is given until it is withdrawn', () => {
    const withdrawn = { ...phoneConsent, withdrawnAt: '2025-12-20T10:00:00+07:00' };
    expect(hasActiveConsent([withdrawn], 'contact-by-phone', '2025-12-10T00:00:00+07:00')).toBe(
      true,
    );
    expect(hasActiveConsent([withdrawn], 'contact-by-phone', '2025-12-21T00:00:00+07:00')).toBe(
      false,
    );
    expect(hasActiveConsent([withdrawn], 'contact-by-phone', '2025-11-30T00:00:00+07:00')).toBe(
      false,
    );
  });

  it('is given per purpose: consent to be called is not consent to publish', () => {
    expect(hasActiveConsent([phoneConsent], 'publish-with-name', '2025-12-10T00:00:00+07:00')).toBe(
      false,
    );
  });

  it('cannot be withdrawn before it was given', () => {
    expect(
      messagesAt(ConsentSchema, { ...phoneConsent, withdrawnAt: '2025-11-01T00:00:00+07:00' }, [
        'withdrawnAt',
      ]),
    ).toEqual(['Thời điểm rút lại sự đồng ý không được trước thời điểm đồng ý.']);
  });
});

describe('WrittenAnswerSchema', () => {
  const answer = {
    id: 'answer-1',
    petitionId: 'petition-cho-moi-001',
    content: 'UBND xã đã chỉ đạo công chức địa chính đo đạc lại ranh giới thửa đất.',
    legalBasis: ['Luật Đất đai 2024'],
    answeredByOrganisationId: 'org-dia-chinh',
    draftedBy: 'acc-dc',
  };

  it('cannot be sent before a leader approves it', () => {
    expect(
      messagesAt(
        WrittenAnswerSchema,
        { ...answer, sentOn: '2025-12-20', deliveredVia: 'via-village' },
        ['approvedBy'],
      ),
    ).toEqual(['Văn bản trả lời phải được lãnh đạo duyệt trước khi gửi.']);
  });

  it("requires the citizen's words when the answer does not settle the matter", () => {
    const sent = {
      ...answer,
      approvedBy: 'acc-ct',
      sentOn: '2025-12-20',
      deliveredVia: 'via-village',
    };
    const response = {
      kind: 'not-settled',
      recordedBy: 'acc-mt',
      recordedAt: '2025-12-28T09:00:00+07:00',
    };
    expect(
      messagesAt(WrittenAnswerSchema, { ...sent, citizenResponse: response }, [
        'citizenResponse',
        'note',
      ]),
    ).toEqual(['Phải ghi rõ nội dung công dân cho rằng chưa được giải quyết.']);
  });
});

describe('withdrawing a consent (Luật 91/2025/QH15; issue 17)', () => {
  const given = [
    { purpose: 'handle-petition', givenAt: '2025-11-25T02:00:00.000Z', channel: 'web-form' },
    {
      purpose: 'publish-answer-redacted',
      givenAt: '2025-11-25T02:00:00.000Z',
      channel: 'web-form',
    },
  ] as const satisfies readonly Consent[];

  it('marks the active consent withdrawn at that moment and keeps the record; the others stay', () => {
    const result = withdrawConsent(given, 'publish-answer-redacted', '2025-12-27T03:00:00.000Z');
    expect(result.ok).toBe(true);
    const after = result.ok ? result.value : [];
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({ withdrawnAt: '2025-12-27T03:00:00.000Z' });
    expect(hasActiveConsent(after, 'publish-answer-redacted', '2025-12-27T03:00:00.000Z')).toBe(
      false,
    );
    expect(hasActiveConsent(after, 'publish-answer-redacted', '2025-12-27T02:59:59.000Z')).toBe(
      true,
    );
    expect(hasActiveConsent(after, 'handle-petition', '2025-12-27T03:00:00.000Z')).toBe(true);
  });

  it('refuses to withdraw a consent never given or already withdrawn, naming it in Vietnamese', () => {
    const never = withdrawConsent(given, 'contact-by-phone', '2025-12-27T03:00:00.000Z');
    expect(never.ok).toBe(false);
    if (!never.ok) {
      expect(never.error.code).toBe('CONSENT_NOT_ACTIVE');
      expect(never.error.message).toContain('Liên hệ qua điện thoại');
    }
    const once = withdrawConsent(given, 'publish-answer-redacted', '2025-12-27T03:00:00.000Z');
    const twice = withdrawConsent(
      once.ok ? once.value : [],
      'publish-answer-redacted',
      '2025-12-28T03:00:00.000Z',
    );
    expect(twice.ok).toBe(false);
  });

  it('offers online only the withdrawals that do not end the handling of the petition', () => {
    expect([...CONSENTS_WITHDRAWABLE_ONLINE]).toEqual([
      'publish-answer-redacted',
      'contact-by-phone',
    ]);
  });
});
