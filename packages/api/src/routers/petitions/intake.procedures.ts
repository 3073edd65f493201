import { domainError } from '@doithoai/domain';
import { fail } from '../../errors.js';
import { PETITION_INTAKE } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { registerPetitionsBulk } from './petition-bulk-intake.js';
import { unknownVillages } from './petition-intake.js';
import { registerOnePetition } from './register-one.js';
import {
  RegisterPetitionRequestSchema,
  RegisterPetitionsBulkRequestSchema,
} from './petitions.types.js';

/** Intake: the offices, the Front and the villages enter registrations (docs/domain.md §3). */
export const intakeProcedures = {
  /**
   * One registration. With an `Idempotency-Key` header, the same key and body return the
   * petition stored the first time; the same key with another body is a CONFLICT.
   */
  register: staffProcedure(PETITION_INTAKE)
    .input(RegisterPetitionRequestSchema)
    .mutation(({ ctx, input: request }) =>
      registerOnePetition(ctx, ctx.user, request, async (plan, input) => {
        const unknown = await unknownVillages(ctx.db, plan.adminUnitCode, [
          input.petitioner.villageId,
        ]);
        if (unknown.size > 0)
          fail(
            domainError('VILLAGE_UNKNOWN', {
              villageId: input.petitioner.villageId,
            }),
          );
      }),
    ),

  /** A village list or the Front's compilation: all rows or none, every row's problems at once. */
  registerBulk: staffProcedure(PETITION_INTAKE)
    .input(RegisterPetitionsBulkRequestSchema)
    .mutation(({ ctx, input }) => registerPetitionsBulk(ctx, ctx.user, input)),
};
