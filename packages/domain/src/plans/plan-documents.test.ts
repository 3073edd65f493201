import { describe, expect, it } from 'vitest';
import { planDocumentAvailability } from './plan-documents.js';

const facts = {
  approved: false,
  conferenceStarted: false,
  conclusionIssued: false,
} as const;

describe('planDocumentAvailability', () => {
  it('offers a draft only as the plan to edit: no notice, minutes or conclusion yet, each with why', () => {
    const docs = planDocumentAvailability({ ...facts, status: 'draft' });
    expect(docs.plan.available).toBe(true);
    expect(docs['public-notice']).toEqual({
      available: false,
      reason: 'Kế hoạch chưa được phê duyệt: văn bản có sau khi phê duyệt.',
    });
    expect(docs.minutes.available).toBe(false);
    expect(docs.conclusion.reason).toBe('Chưa ban hành thông báo kết luận.');
  });

  it('has no minutes for an announced plan until the conference opens', () => {
    const before = planDocumentAvailability({ ...facts, status: 'announced', approved: true });
    expect(before['public-notice'].available).toBe(true);
    expect(before.minutes.reason).toContain('Chưa tổ chức hội nghị');
    expect(before['results-report'].available).toBe(false);
    const opened = planDocumentAvailability({
      ...facts,
      status: 'announced',
      approved: true,
      conferenceStarted: true,
    });
    expect(opened.minutes).toEqual({ available: true, reason: null });
  });

  it('offers the conclusion once issued, and the reports once held', () => {
    const held = planDocumentAvailability({ ...facts, status: 'held', approved: true });
    expect(held.minutes.available).toBe(true);
    expect(held['results-report'].available).toBe(true);
    expect(held.conclusion.available).toBe(false);
    const concluded = planDocumentAvailability({
      ...facts,
      status: 'concluded',
      approved: true,
      conclusionIssued: true,
    });
    expect(concluded.conclusion.available).toBe(true);
  });
});
