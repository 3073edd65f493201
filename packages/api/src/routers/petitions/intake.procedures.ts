import { findPetitionByIdempotencyKey } from '@doithoai/db';
import { DomainError, RegisterPetitionInputSchema } from '@doithoai/domain';
import { fail } from '../../errors.js';
import { procedure, requireUser } from '../../trpc.js';
import { PETITION_INTAKE, writablePlan } from './petition-access.js';
import { registerPetitionsBulk } from './petition-bulk-intake.js';
import {
  checkReplay,
  insertRegistration,
  planSchedule,
  requestHash,
  UNKNOWN_VILLAGE_MESSAGE,
  unknownVillages,
} from './petition-intake.js';
import { toPetitionView } from './petition-view.js';
import { parseInput } from './parse-input.js';
import {
  RegisterPetitionRequestSchema,
  RegisterPetitionsBulkRequestSchema,
} from './petitions.types.js';

/** Intake: the offices, the Front and the villages enter registrations (DOMAIN.md §3). */
export const intakeProcedures = {
  /**
   * One registration. With an `Idempotency-Key` header, the same key and body return the
   * petition stored the first time; the same key with another body is a CONFLICT.
   */
  register: procedure
    .meta({ access: PETITION_INTAKE })
    .input(RegisterPetitionRequestSchema)
    .mutation(async ({ ctx, input: request }) => {
      const user = requireUser(ctx);
      const key = ctx.idempotencyKey;
      const hash = key ? requestHash(request) : null;
      const calendar = await ctx.calendar();
      if (key) {
        const stored = await findPetitionByIdempotencyKey(ctx.db, user.adminUnitCode, key);
        if (stored) {
          checkReplay(stored, hash, key);
          return toPetitionView(stored, calendar, ctx.today);
        }
      }
      const input = parseInput(RegisterPetitionInputSchema, {
        ...request,
        receivedOn: request.receivedOn ?? ctx.today,
      });
      const plan = await writablePlan(ctx.db, user, input.planId);
      const unknown = await unknownVillages(ctx.db, plan.adminUnitCode, [
        input.petitioner.villageId,
      ]);
      if (unknown.size > 0)
        fail(
          new DomainError('VILLAGE_UNKNOWN', 'invalid', UNKNOWN_VILLAGE_MESSAGE, {
            villageId: input.petitioner.villageId,
          }),
        );
      const schedule = planSchedule(calendar, plan);
      const { row, replayed } = await ctx.db
        .transaction()
        .execute((trx) =>
          insertRegistration(
            trx,
            ctx,
            user,
            plan,
            schedule,
            input,
            key && hash ? { key, hash } : null,
          ),
        );
      if (replayed && key) checkReplay(row, hash, key);
      return toPetitionView(row, calendar, ctx.today);
    }),

  /** A village list or the Front's compilation: all rows or none, every row's problems at once. */
  registerBulk: procedure
    .meta({ access: PETITION_INTAKE })
    .input(RegisterPetitionsBulkRequestSchema)
    .mutation(({ ctx, input }) => registerPetitionsBulk(ctx, requireUser(ctx), input)),
};
