import { describe, expect, it } from 'vitest';
import { emptyPaperForm, paperFormRequest } from './paper-form.js';

describe('the paper registration form', () => {
  it('sends the form as typed, optional texts left out, consents as given on paper', () => {
    const form = {
      ...emptyPaperForm('ban-my'),
      fullName: ' Nông Văn Dũng ',
      phone: '0987 000 201',
      content: 'Đề nghị đo đạc lại ranh giới thửa đất.',
      consents: ['handle-petition' as const, 'contact-by-phone' as const],
    };
    const request = paperFormRequest(form, 'plan-1', '2025-11-25T03:00:00.000Z');
    expect(request.petitioner).toEqual({
      fullName: 'Nông Văn Dũng',
      phone: '0987 000 201',
      address: undefined,
      organisationName: undefined,
      villageId: 'ban-my',
    });
    expect(request).not.toHaveProperty('field');
    expect(request.consents).toEqual([
      { purpose: 'handle-petition', givenAt: '2025-11-25T03:00:00.000Z', channel: 'paper-form' },
      { purpose: 'contact-by-phone', givenAt: '2025-11-25T03:00:00.000Z', channel: 'paper-form' },
    ]);
  });
});
