import { describe, expect, it } from 'vitest';
import { emptyItem, issueRequest, type ConclusionForm } from './conclusion-form.js';

const form: ConclusionForm = {
  documentNumber: ' 15 ',
  documentSymbol: 'TB-UBND ',
  issuedOn: '2025-12-12',
  signerName: 'Nguyễn Văn Bình',
  signerTitle: 'chair',
  signerAuthority: 'on-behalf-of-peoples-committee',
  position: 'UBND xã tiếp thu ý kiến của Nhân dân.',
  publishedVia: ['notice-board'],
  items: [
    {
      ...emptyItem(),
      content: 'Đo đạc lại ranh giới thửa đất.',
      responsibleOrganisationId: 'org-1',
    },
  ],
};

describe('the conclusion notice request', () => {
  it('sends the number as a number and the signer as the domain writes it', () => {
    expect(issueRequest(form, { planId: 'p', expectedVersion: 4 })).toMatchObject({
      planId: 'p',
      expectedVersion: 4,
      documentNumber: 15,
      documentSymbol: 'TB-UBND',
      signer: {
        name: 'Nguyễn Văn Bình',
        title: 'chair',
        authority: 'on-behalf-of-peoples-committee',
      },
    });
  });

  it('leaves an empty date out, so the server counts it by the rule', () => {
    const request = issueRequest(form, { planId: 'p', expectedVersion: 4 });
    expect(request.items[0]).not.toHaveProperty('dueOn');
  });

  it('leaves the signer and the number out when they are empty (the server says if they are needed)', () => {
    const request = issueRequest(
      { ...form, signerName: ' ', documentNumber: '' },
      { planId: 'p', expectedVersion: 4 },
    );
    expect(request).not.toHaveProperty('signer');
    expect(request).not.toHaveProperty('documentNumber');
  });
});
