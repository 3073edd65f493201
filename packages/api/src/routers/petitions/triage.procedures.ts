import { findPetitionsByIds } from '@doithoai/db';
import { type Competence, DomainError, domainError, type PetitionEvent } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { DIALOGUE_STAFF } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { requireOwnOrganisation } from './petition-access.js';
import {
  applyPetitionStep,
  domainErrorOf,
  runPetitionStep,
  type PetitionStep,
  type PlanFactsCache,
} from './petition-command.js';
import { toPetitionView } from './petition-view.js';
import { triageStep } from './triage-step.js';
import {
  AssignRequestSchema,
  ReferRequestSchema,
  TriageBulkRequestSchema,
  TriageRequestSchema,
} from './petitions.types.js';

const competenceOf = (value: string | null) => (value ?? '') as Competence;

/**
 * Several steps in one transaction, all or nothing: every refusal is collected (with the
 * petition's tracking code) and reported together; one refusal saves none.
 */
async function runAllOrNothing<E extends PetitionEvent>(
  ctx: Context,
  user: SessionUser,
  steps: PetitionStep<E>[],
  label: string,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const failures: { id: string; trackingCode: string | null; code: string; message: string }[] =
      [];
    const categories: DomainError['category'][] = [];
    const rows = [];
    // One dialogue's batch reads its plan once (the procedure's own cache).
    const plans: PlanFactsCache = new Map();
    for (const step of steps) {
      try {
        rows.push(await applyPetitionStep(trx, ctx, user, step, plans));
      } catch (error) {
        const refusal = domainErrorOf(error);
        if (!refusal) throw error;
        categories.push(refusal.category);
        failures.push({
          id: step.id,
          trackingCode: null,
          code: refusal.code,
          message: refusal.message,
        });
      }
    }
    if (failures.length > 0) {
      // The tracking codes name the refused petitions; read only when something was refused.
      const codes = new Map(
        (
          await findPetitionsByIds(
            trx,
            failures.map((f) => f.id),
          )
        ).map((r) => [r.id, r.trackingCode]),
      );
      for (const failure of failures) failure.trackingCode = codes.get(failure.id) ?? null;
      const details = {
        failures,
        eventLabel: label,
        refused: failures.length,
        total: steps.length,
        list: failures.map((f) => `${f.trackingCode ?? f.id}: ${f.message}`).join(' '),
      };
      const refusal = domainError('BULK_STEP_REFUSED', details);
      // The category of the first refusal (a stale version, a forbidden step…), not the default.
      fail(
        new DomainError(refusal.code, categories[0] ?? refusal.category, refusal.message, details),
      );
    }
    return rows;
  });
}

/** Triage, assignment and referral: the offices and the dialogue's leaders (docs/domain.md §4). */
export const triageProcedures = {
  triage: staffProcedure(DIALOGUE_STAFF)
    .input(TriageRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await runPetitionStep(ctx, user, triageStep(ctx, user, input, input));
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    }),

  /** The same triage for a batch, all or nothing. */
  triageBulk: staffProcedure(DIALOGUE_STAFF)
    .input(TriageBulkRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const { petitions, ...fields } = input;
      const steps = petitions.map((target) => triageStep(ctx, user, target, fields));
      const rows = await runAllOrNothing(ctx, user, steps, 'phân loại');
      const calendar = await ctx.calendar();
      return rows.map((row) => toPetitionView(row, calendar, ctx.today, ctx.user));
    }),

  assign: staffProcedure(DIALOGUE_STAFF)
    .input(AssignRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      await requireOwnOrganisation(ctx.db, user.adminUnitCode, input.assignedOrganisationId);
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'assign',
        payload: (p) => ({
          assignedOrganisationId: input.assignedOrganisationId,
          competence: competenceOf(p.competence),
        }),
        patch: () => ({ assignedOrganisationId: input.assignedOrganisationId }),
      });
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    }),

  /** Beyond the commune's authority: reported to the competent level (seed 004 §II.3). */
  forward: referral('forward'),
  /** Another body's responsibility: the citizen is guided to it. */
  guide: referral('guide'),
};

/** Forwarding upward and guiding to another body differ only in the event the domain checks. */
function referral(event: 'forward' | 'guide') {
  return staffProcedure(DIALOGUE_STAFF)
    .input(ReferRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event,
        payload: (p) => ({ competence: competenceOf(p.competence), referredTo: input.referredTo }),
        patch: () => ({ referredTo: input.referredTo }),
      });
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    });
}
