import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { ConsentSchema, hasActiveConsent } from './consent.schema.js';
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
