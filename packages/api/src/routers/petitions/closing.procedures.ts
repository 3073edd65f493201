import type { PetitionRecord } from '@doithoai/db';
import { domainError } from '@doithoai/domain';
import type { StaffContext } from '../../context.js';
import { fail } from '../../errors.js';
import { OFFICES } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { writablePlan } from './petition-access.js';
import { citizenResponseStep } from './citizen-response.js';
import { runPetitionStep } from './petition-command.js';
import { toPetitionView } from './petition-view.js';
import {
  CarryOverRequestSchema,
  CitizenResponseRequestSchema,
  WithdrawRequestSchema,
} from './petitions.types.js';

async function view(ctx: StaffContext, row: PetitionRecord) {
  return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
}

/**
 * After the answer (docs/domain.md §6): the citizen accepts it or says it does not settle the
 * matter; what stays unresolved carries over to the next dialogue; a citizen may withdraw.
 * The offices record these on the citizen's behalf, with a note of how the citizen said so.
 */
export const closingProcedures = {
  recordCitizenResponse: staffProcedure(OFFICES)
    .input(CitizenResponseRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await runPetitionStep(ctx, user, citizenResponseStep(ctx, user, input));
      return view(ctx, row);
    }),

  /** Unresolved: onto the next dialogue's agenda, linked to its history (never silently closed). */
  carryOver: staffProcedure(OFFICES)
    .input(CarryOverRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const next = await writablePlan(ctx.db, user, input.nextPlanId);
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'carry-over',
        payload: (p) => {
          if (p.planId === next.id)
            fail(
              domainError('NEXT_PLAN_IS_CURRENT', {
                planId: next.id,
                currentDialogue: 'kỳ đối thoại hiện tại của kiến nghị',
              }),
            );
          return { reason: input.reason, nextPlanId: next.id };
        },
        patch: () => ({ nextPlanId: next.id }),
        reason: input.reason,
      });
      return view(ctx, row);
    }),

  withdraw: staffProcedure(OFFICES)
    .input(WithdrawRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'withdraw',
        payload: () => ({
          reason: input.reason,
          ...(input.onBehalfNote ? { onBehalfNote: input.onBehalfNote } : {}),
        }),
        reason: [input.reason, input.onBehalfNote].filter(Boolean).join(' — '),
      });
      return view(ctx, row);
    }),
};
