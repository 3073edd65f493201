import { describe, expect, it } from 'vitest';
import { emptyOutcome, toOutcomeRequest } from './outcome-form.js';

const petition = { id: 'petition-cho-moi-001', version: 3 };

describe('the outcome form', () => {
  it('asks who answered at the conference before anything is queued', () => {
    const refused = toOutcomeRequest(
      { ...emptyOutcome({}), kind: 'answered-at-conference' },
      petition,
    );
    expect(refused).toEqual({
      ok: false,
      fieldErrors: { answeredBy: ['Phải ghi người trả lời tại hội nghị.'] },
    });
  });

  it('sends the assigned body for a written answer, at the version it was read', () => {
    const form = {
      ...emptyOutcome({ assignedOrganisationId: 'org-dia-chinh' }),
      kind: 'answer-in-writing' as const,
      answererPosition: 'Chủ tịch UBND xã',
    };
    expect(toOutcomeRequest(form, petition)).toEqual({
      ok: true,
      request: {
        petitionId: petition.id,
        kind: 'answer-in-writing',
        answeredBy: { position: 'Chủ tịch UBND xã' },
        responsibleOrganisationId: 'org-dia-chinh',
        expectedVersion: 3,
      },
    });
  });
});
