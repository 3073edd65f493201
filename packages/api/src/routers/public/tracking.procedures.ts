import {
  appendAudit,
  findPetitionById,
  findPetitionByTrackingCode,
  findPlanById,
  updatePetition,
  type PetitionRecord,
} from '@doithoai/db';
import { CONSENT_PURPOSE_LABELS, TrackingCodeSchema, withdrawConsent } from '@doithoai/domain';
import { fail, staleVersion } from '../../errors.js';
import { publicResultsCache } from './results-cache.js';
import type { Context } from '../../context.js';
import { publicProcedure } from '../../trpc.js';
import { TrackingViewSchema } from './public-outputs.js';
import { citizenResponseStep } from '../petitions/citizen-response.js';
import { runPetitionStep } from '../petitions/petition-command.js';
import {
  phoneCheckFailed,
  phoneNotOnRecord,
  rateLimited,
  trackingNotFound,
} from './public-errors.js';
import { publicSecret, sameSignature, sign } from './public-secret.js';
import {
  RespondInputSchema,
  TrackInputSchema,
  WithdrawConsentInputSchema,
} from './public.types.js';
import { takeRate } from './rate-limit.js';
import { trackingView } from './tracking-view.js';

/**
 * The code as people type it: spaces, format characters and full-width letters ignored, and the
 * dash optional ("k7qx 3m9p", "K7QX3M9P" → "K7QX-3M9P"), as the README promises.
 */
function typedCode(code: string): string {
  const compact = code
    .normalize('NFKC')
    .replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF-]+/gu, '')
    .toUpperCase();
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

/**
 * The petition behind a code typed by a citizen: case and spaces do not matter; a malformed
 * code and an unknown one get the same "not found", and an address that keeps missing is
 * slowed down (429), so 32^8 codes cannot be walked.
 */
async function petitionByCode(ctx: Context, code: string): Promise<PetitionRecord> {
  // Counted as a miss before the lookup, in one step with the check (parallel guesses see each
  // other); un-counted when the code is found.
  const ticket = await takeRate(ctx, 'track-miss-ip', ctx.ip);
  if (!ticket.allowed) throw rateLimited(ticket, ctx.requestTime);
  const parsed = TrackingCodeSchema.safeParse(typedCode(code));
  const row = parsed.success ? await findPetitionByTrackingCode(ctx.db, parsed.data) : undefined;
  if (!row) trackingNotFound();
  await ticket.release();
  return row;
}

/**
 * The second factor of a response (issue 17): a code alone is printed, copied and sent, so the
 * caller must also type the last 4 digits of the phone given at registration. A miss counts
 * with the code misses of the address (so 10^4 guesses are slowed down like codes). Without a
 * phone on record the matter cannot be answered here: the commune office records it.
 */
async function checkSecondFactor(ctx: Context, row: PetitionRecord, typed: string | undefined) {
  const digits = (row.phone ?? '').replace(/\D/gu, '');
  if (digits.length < 4) phoneNotOnRecord();
  const given = (typed ?? '').normalize('NFKC').replace(/\D/gu, '');
  const key = await publicSecret(ctx);
  if (given.length !== 4 || !sameSignature(sign(key, given), sign(key, digits.slice(-4)))) {
    // Recorded as one more miss of this address (kept: the ticket is not released).
    await takeRate(ctx, 'track-miss-ip', ctx.ip);
    phoneCheckFailed();
  }
}

/** The caller's address as kept in the audit row: an HMAC, never the address itself. */
async function addressHash(ctx: Context): Promise<string> {
  return sign(await publicSecret(ctx), `respond-ip:${ctx.ip}`).slice(0, 16);
}

async function view(ctx: Context, row: PetitionRecord) {
  const record = await findPlanById(ctx.db, row.planId);
  if (!record) trackingNotFound();
  return trackingView(ctx, row, record);
}

/** A citizen follows their own petition with its tracking code (docs/domain.md "Personal data"). */
export const trackingProcedures = {
  // A mutation (POST, the code in the body) though it changes nothing the citizen sees: a code
  // in a GET query string is written into proxy and server access logs (issue 17). It also
  // counts a miss, and like every public mutation it travels alone, never in a batch.
  track: publicProcedure
    .input(TrackInputSchema)
    .output(TrackingViewSchema)
    .mutation(async ({ ctx, input }) => view(ctx, await petitionByCode(ctx, input.code))),

  /**
   * The citizen says whether the answer settles the matter (docs/domain.md §6): the same step the
   * offices record on a citizen's behalf (`citizenResponseStep`: the domain's transition, the
   * response row, the audit entry with role "citizen"), here by the citizen, with no account,
   * after the second factor; the audit row's reason carries an HMAC of the caller's address.
   */
  respond: publicProcedure
    .input(RespondInputSchema)
    .output(TrackingViewSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await petitionByCode(ctx, input.code);
      await checkSecondFactor(ctx, row, input.phoneLast4);
      const citizen = {
        accountId: null,
        role: 'citizen',
        adminUnitCode: row.adminUnitCode,
        organisationId: null,
      } as const;
      const step = citizenResponseStep(ctx, citizen, {
        id: row.id,
        expectedVersion: input.expectedVersion,
        response: input.response,
        note: input.note,
      });
      const saved = await runPetitionStep(ctx, citizen, {
        ...step,
        reason: `Công dân trả lời trên trang tra cứu (mã + 4 số cuối điện thoại); địa chỉ mạng (băm): ${await addressHash(ctx)}`,
      });
      return view(ctx, saved);
    }),

  /**
   * The citizen withdraws a consent — publishing the redacted answer, or being contacted by
   * phone — with the same second factor as a response (Luật 91/2025/QH15: consent can be
   * withdrawn at any time). The domain's `withdrawConsent` marks it; the petition's version
   * moves on; the audit row (role "citizen", the address as an HMAC) keeps before and after; the
   * dialogue's published results are rebuilt at once without the answer.
   */
  withdrawConsent: publicProcedure
    .input(WithdrawConsentInputSchema)
    .output(TrackingViewSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await petitionByCode(ctx, input.code);
      await checkSecondFactor(ctx, row, input.phoneLast4);
      const reason = `Công dân rút lại sự đồng ý "${CONSENT_PURPOSE_LABELS[input.purpose]}" trên trang tra cứu (mã + 4 số cuối điện thoại); địa chỉ mạng (băm): ${await addressHash(ctx)}`;
      const now = ctx.requestTime.toISOString();
      const saved = await ctx.db.transaction().execute(async (trx) => {
        const current = await findPetitionById(trx, row.id);
        if (!current || current.version !== input.expectedVersion) staleVersion('Kiến nghị');
        const result = withdrawConsent(current.consents, input.purpose, now);
        if (!result.ok) fail(result.error);
        const updated = await updatePetition(
          trx,
          current.id,
          current.version,
          { consents: result.value },
          now,
        );
        if (!updated) staleVersion('Kiến nghị');
        await appendAudit(trx, {
          at: now,
          actor: { accountId: null, role: 'citizen' },
          adminUnitCode: current.adminUnitCode,
          action: 'petition.consent-withdrawn',
          entityType: 'petition',
          entityId: current.id,
          before: { consents: current.consents },
          after: { consents: updated.consents },
          reason,
        });
        return updated;
      });
      publicResultsCache(ctx.deps).invalidate(saved.planId);
      return view(ctx, saved);
    }),
};
