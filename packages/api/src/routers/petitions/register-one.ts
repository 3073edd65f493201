import { findPetitionByIdempotencyKey, type PetitionPlanFacts } from '@doithoai/db';
import { RegisterPetitionInputSchema, type RegisterPetitionInput } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { writablePlan } from './petition-access.js';
import { checkReplay, insertRegistration, planSchedule, requestHash } from './petition-intake.js';
import { toPetitionView, type PetitionView } from './petition-view.js';
import { parseInput } from './parse-input.js';
import type { RegisterPetitionRequest } from './petitions.types.js';

/**
 * One registration, whoever enters it (`petitions.register`, the Front's paper form): an
 * Idempotency-Key replay answers the petition stored the first time (the same key with another
 * body is a CONFLICT); otherwise the input is parsed by the domain's schema, the plan must take
 * registrations, `check` runs the caller's own refusals (unknown village, the village's quota),
 * and the petition, its late flag and its audit row are written in one transaction.
 *
 * @example return registerOnePetition(ctx, user, request, async (plan, input) => refuseUnknownVillage(ctx, plan, input));
 */
export async function registerOnePetition(
  ctx: Context,
  user: SessionUser,
  request: RegisterPetitionRequest,
  check: (plan: PetitionPlanFacts, input: RegisterPetitionInput) => Promise<void>,
): Promise<PetitionView> {
  const key = ctx.idempotencyKey;
  const hash = key ? requestHash(request) : null;
  const calendar = await ctx.calendar();
  if (key) {
    const stored = await findPetitionByIdempotencyKey(ctx.db, user.adminUnitCode, key);
    if (stored) {
      checkReplay(stored.requestHash, hash, key);
      return toPetitionView(stored.petition, calendar, ctx.today, user);
    }
  }
  const input = parseInput(RegisterPetitionInputSchema, {
    ...request,
    receivedOn: request.receivedOn ?? ctx.today,
  });
  const plan = await writablePlan(ctx.db, user, input.planId);
  await check(plan, input);
  const schedule = planSchedule(calendar, plan);
  const { row, replayed, storedHash } = await ctx.db
    .transaction()
    .execute((trx) =>
      insertRegistration(trx, ctx, user, plan, schedule, input, key && hash ? { key, hash } : null),
    );
  if (replayed && key) checkReplay(storedHash, hash, key);
  return toPetitionView(row, calendar, ctx.today, user);
}
