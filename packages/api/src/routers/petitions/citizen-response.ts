import { insertCitizenResponse } from '@doithoai/db';
import { CitizenResponseSchema, type CitizenResponseKind } from '@doithoai/domain';
import type { Context } from '../../context.js';
import { parseInput } from './parse-input.js';
import type { PetitionStep, StepActor } from './petition-command.js';

/**
 * The citizen's answer to the answer as one petition step: the domain's rule ("not settled"
 * says what is not settled), the transition, the `citizen_responses` row and the audit entry.
 * Shared by the offices (on the citizen's behalf, with `onBehalfNote`) and the public tracking
 * page (the citizen, no account).
 *
 * @example await runPetitionStep(ctx, actor, citizenResponseStep(ctx, actor, { id, expectedVersion, response: 'accepted' }));
 */
export function citizenResponseStep(
  ctx: Context,
  actor: StepActor,
  input: {
    id: string;
    expectedVersion: number;
    response: CitizenResponseKind;
    note?: string | undefined;
    onBehalfNote?: string | undefined;
  },
): PetitionStep<'citizen-response'> {
  const now = ctx.requestTime.toISOString();
  parseInput(CitizenResponseSchema, {
    kind: input.response,
    note: input.note,
    // A citizen on the public page has no account: the web form is who recorded it.
    recordedBy: actor.accountId ?? 'web-form',
    recordedAt: now,
  });
  return {
    id: input.id,
    expectedVersion: input.expectedVersion,
    event: 'citizen-response',
    payload: () => ({
      response: input.response,
      ...(input.onBehalfNote ? { onBehalfNote: input.onBehalfNote } : {}),
    }),
    afterSave: async (trx, before) => {
      await insertCitizenResponse(trx, {
        petitionId: before.id,
        response: input.response,
        note: input.note ?? null,
        recordedBy: actor.accountId,
        recordedAt: now,
      });
    },
    reason: input.onBehalfNote ?? null,
  };
}
