import { describe, expect, it } from 'vitest';
import { emptyTriage, triageRequest } from './triage.js';

describe('the triage form', () => {
  it('starts from the field the registration already carries', () => {
    expect(emptyTriage({ field: 'security-order', urgency: null })).toMatchObject({
      field: 'security-order',
      urgency: '',
    });
  });

  it('leaves empty texts out of the request and trims the others', () => {
    const request = triageRequest({
      ...emptyTriage({ field: 'land-environment' }),
      competence: 'upper-level',
      referredTo: '  UBND tỉnh Thái Nguyên ',
    });
    expect(request).toEqual({
      field: 'land-environment',
      urgency: '',
      competence: 'upper-level',
      complexity: '',
      referredTo: 'UBND tỉnh Thái Nguyên',
    });
  });
});
