import {
  findPetitionByIdempotencyKey,
  findPetitionPlan,
  listPlanPetitionsByPhone,
  type PetitionRecord,
} from '@doithoai/db';
import {
  type ConsentGrant,
  domainError,
  isPlanComing,
  RegisterPetitionInputSchema,
  toSearchKey,
} from '@doithoai/domain';
import type { Context } from '../../context.js';
import { fail } from '../../errors.js';
import { publicProcedure } from '../../trpc.js';
import { FormTokenSchema, RegistrationReceiptSchema } from './public-outputs.js';
import { parseInput } from '../petitions/parse-input.js';
import {
  checkReplay,
  insertRegistration,
  planSchedule,
  requestHash,
  unknownVillages,
} from '../petitions/petition-intake.js';
import { publicPlan } from './public-plan.js';
import { issueFormToken, verifyFormToken } from './form-token.js';
import { dialogueNotFound, formRefused, rateLimited, registrationClosed } from './public-errors.js';
import { publicSecret } from './public-secret.js';
import {
  DialogueInputSchema,
  PublicRegisterInputSchema,
  type PublicRegisterInput,
} from './public.types.js';
import { takeRate, type RateTicket } from './rate-limit.js';

/** The citizen on the web form: no account; the audit says "citizen". */
const CITIZEN = { accountId: null, role: 'citizen' } as const;

/** What a citizen keeps: the code, and whether the registration came after the cut-off. */
function receipt(row: PetitionRecord, replayed: boolean) {
  return {
    trackingCode: row.trackingCode,
    receivedOn: row.receivedOn,
    isLate: row.isLate,
    /** True when this submission was recognised as one already received (no second record). */
    replayed,
  };
}

/** Consent per purpose, as ticked (Luật 91/2025/QH15 and Nghị định 356/2025/NĐ-CP: a clear, affirmative act). */
function consentsOf(input: PublicRegisterInput, givenAt: string): ConsentGrant[] {
  const ticked = [
    ['handle-petition', input.consent.handlePetition],
    ['forward-to-competent-body', input.consent.handlePetition],
    ['contact-by-phone', input.consent.contactByPhone],
    ['publish-answer-redacted', input.consent.publishAnswerRedacted],
  ] as const;
  return ticked
    .filter(([, yes]) => yes)
    .map(([purpose]) => ({ purpose, givenAt, channel: 'web-form' as const }));
}

/** The body a resubmission is compared by: what the citizen typed, not the spam fields. */
function typedBody(input: PublicRegisterInput) {
  const { formToken: _token, website: _honeypot, ...typed } = input;
  return typed;
}

/**
 * The same citizen's same question for the same dialogue, sent again (a double click, a lost
 * answer, a reload): the phone number and the content without case, diacritics or spacing.
 */
async function sameSubmission(ctx: Context, input: PublicRegisterInput) {
  const earlier = await listPlanPetitionsByPhone(
    ctx.db,
    input.planId,
    'web-form',
    input.petitioner.phone,
  );
  const key = toSearchKey(input.content);
  return earlier.find((row) => toSearchKey(row.content) === key);
}

/**
 * Counts a registration against the phone's and the address's limits, each in one step with its
 * check (parallel registrations see each other), just before it is written; 429 if either is
 * full. `release` un-counts both when the registration does not happen after all.
 */
async function countRegistration(ctx: Context, phone: string) {
  const tickets: Extract<RateTicket, { allowed: true }>[] = [];
  const release = async () => {
    for (const ticket of tickets) await ticket.release();
  };
  for (const [scope, subject] of [
    ['register-phone', phone],
    ['register-ip', ctx.ip],
  ] as const) {
    const ticket = await takeRate(ctx, scope, subject);
    if (!ticket.allowed) {
      await release();
      throw rateLimited(ticket, ctx.requestTime);
    }
    tickets.push(ticket);
  }
  return { release };
}

/** Online registration (docs/domain.md §3: the public web form channel). */
export const registrationProcedures = {
  /** A fill-time token for a dialogue's form; the page asks for it when the form opens. */
  formToken: publicProcedure
    .input(DialogueInputSchema)
    .output(FormTokenSchema)
    .query(async ({ ctx, input }) => {
      const record = await publicPlan(ctx, input.planId);
      if (!isPlanComing(record.plan.status)) registrationClosed();
      return { token: issueFormToken(await publicSecret(ctx), record.plan.id, ctx.requestTime) };
    }),

  /**
   * Registers one petition from the public form and returns its tracking code. Refused: the
   * honeypot filled, a forged, foreign, too quick or stale token, a closed dialogue, more than
   * the rate limits allow (429 with the time to come back). A resubmission — the same
   * `Idempotency-Key`, or the same phone and content for the dialogue — returns the code
   * given the first time instead of a second record. Late registrations are kept and flagged.
   */
  register: publicProcedure
    .input(PublicRegisterInputSchema)
    .output(RegistrationReceiptSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.website && input.website.trim() !== '') formRefused('honeypot');
      const secret = await publicSecret(ctx);
      const token = verifyFormToken(secret, input.formToken, input.planId, ctx.requestTime);
      if (!token.ok) formRefused(token.reason);

      const record = await publicPlan(ctx, input.planId);
      if (!isPlanComing(record.plan.status)) registrationClosed();
      const plan = (await findPetitionPlan(ctx.db, record.plan.id)) ?? dialogueNotFound();

      // A resubmission first: it is answered with the first code and never counted.
      const key = ctx.idempotencyKey ? `web:${ctx.idempotencyKey}` : null;
      const hash = requestHash(typedBody(input));
      if (key) {
        const stored = await findPetitionByIdempotencyKey(ctx.db, plan.adminUnitCode, key);
        if (stored) {
          checkReplay(stored.requestHash, hash, key);
          return receipt(stored.petition, true);
        }
      }
      const same = await sameSubmission(ctx, input);
      if (same) return receipt(same, true);

      const now = ctx.requestTime.toISOString();
      const registration = parseInput(RegisterPetitionInputSchema, {
        planId: plan.id,
        channel: 'web-form',
        receivedOn: ctx.today,
        petitioner: input.petitioner,
        content: input.content,
        kind: input.kind,
        field: input.field,
        wantsToSpeak: input.wantsToSpeak,
        consents: consentsOf(input, now),
      });
      const unknown = await unknownVillages(ctx.db, plan.adminUnitCode, [
        registration.petitioner.villageId,
      ]);
      if (unknown.size > 0)
        fail(
          domainError('VILLAGE_UNKNOWN', {
            villageId: registration.petitioner.villageId,
          }),
        );
      const calendar = await ctx.calendar();
      const counted = await countRegistration(ctx, input.petitioner.phone);
      const { row, replayed, storedHash } = await ctx.db
        .transaction()
        .execute(async (trx) => {
          const result = await insertRegistration(
            trx,
            ctx,
            CITIZEN,
            plan,
            planSchedule(calendar, plan),
            registration,
            key ? { key, hash } : null,
          );
          return result;
        })
        .catch(async (error: unknown) => {
          await counted.release();
          throw error;
        });
      if (replayed && key) {
        await counted.release();
        checkReplay(storedHash, hash, key);
        return receipt(row, true);
      }
      return receipt(row, false);
    }),
};
