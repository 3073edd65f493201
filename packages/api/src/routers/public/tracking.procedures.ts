import { findPetitionByTrackingCode, findPlanById, type PetitionRecord } from '@doithoai/db';
import { TrackingCodeSchema } from '@doithoai/domain';
import type { Context } from '../../context.js';
import { publicProcedure } from '../../trpc.js';
import { TrackingViewSchema } from './public-outputs.js';
import { citizenResponseStep } from '../petitions/citizen-response.js';
import { runPetitionStep } from '../petitions/petition-command.js';
import { rateLimited, trackingNotFound } from './public-errors.js';
import { RespondInputSchema, TrackInputSchema } from './public.types.js';
import { checkRate, countRate } from './rate-limit.js';
import { trackingView } from './tracking-view.js';

/**
 * The petition behind a code typed by a citizen: case and spaces do not matter; a malformed
 * code and an unknown one get the same "not found", and an address that keeps missing is
 * slowed down (429), so 32^8 codes cannot be walked.
 */
async function petitionByCode(ctx: Context, code: string): Promise<PetitionRecord> {
  const verdict = await checkRate(ctx, 'track-miss-ip', ctx.ip);
  if (!verdict.allowed) throw rateLimited(verdict, ctx.requestTime);
  const parsed = TrackingCodeSchema.safeParse(code.replace(/\s+/gu, ''));
  const row = parsed.success ? await findPetitionByTrackingCode(ctx.db, parsed.data) : undefined;
  if (!row) {
    await countRate(ctx, 'track-miss-ip', ctx.ip);
    trackingNotFound();
  }
  return row;
}

async function view(ctx: Context, row: PetitionRecord) {
  const record = await findPlanById(ctx.db, row.planId);
  if (!record) trackingNotFound();
  return trackingView(ctx, row, record);
}

/** A citizen follows their own petition with its tracking code (docs/domain.md "Personal data"). */
export const trackingProcedures = {
  track: publicProcedure
    .input(TrackInputSchema)
    .output(TrackingViewSchema)
    .query(async ({ ctx, input }) => view(ctx, await petitionByCode(ctx, input.code))),

  /**
   * The citizen says whether the answer settles the matter (docs/domain.md §6): the same step the
   * offices record on a citizen's behalf (`citizenResponseStep`: the domain's transition, the
   * response row, the audit entry with role "citizen"), here by the citizen, with no account.
   */
  respond: publicProcedure
    .input(RespondInputSchema)
    .output(TrackingViewSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await petitionByCode(ctx, input.code);
      const citizen = {
        accountId: null,
        role: 'citizen',
        adminUnitCode: row.adminUnitCode,
        organisationId: null,
      } as const;
      const saved = await runPetitionStep(
        ctx,
        citizen,
        citizenResponseStep(ctx, citizen, {
          id: row.id,
          expectedVersion: input.expectedVersion,
          response: input.response,
          note: input.note,
        }),
      );
      return view(ctx, saved);
    }),
};
