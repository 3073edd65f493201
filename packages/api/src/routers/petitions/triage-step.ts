import { TriageSchema } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { parseInput } from './parse-input.js';
import type { PetitionStep } from './petition-command.js';
import type { TriageFields } from './petitions.types.js';

/**
 * The triage step: the domain checks the four fields; a re-triage drops the old assignment.
 *
 * @example await runPetitionStep(ctx, user, triageStep(ctx, user, { id, expectedVersion: 1 }, { field: 'land-environment', urgency: 'normal', competence: 'commune', complexity: 'standard' }));
 */
export function triageStep(
  ctx: Context,
  user: SessionUser,
  target: { id: string; expectedVersion: number },
  fields: TriageFields,
): PetitionStep<'triage'> {
  // TriageSchema's own rule: a matter outside the commune names the competent body.
  parseInput(TriageSchema, {
    ...fields,
    triagedBy: user.accountId,
    triagedAt: ctx.requestTime.toISOString(),
  });
  return {
    ...target,
    event: 'triage',
    payload: () => fields,
    patch: () => ({
      field: fields.field,
      urgency: fields.urgency,
      competence: fields.competence,
      complexity: fields.complexity,
      referredTo: fields.referredTo ?? null,
      assignedOrganisationId: null,
    }),
    reason: fields.note ?? null,
  };
}
