import { countRegistrationsByVillage, findPetitionByIdempotencyKey } from '@doithoai/db';
import {
  quotaRefusal,
  quotaTally,
  RegisterPetitionInputSchema,
  VILLAGE_QUOTA_CHANNELS,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { writablePlan } from '../petitions/petition-access.js';
import {
  checkReplay,
  insertRegistration,
  planSchedule,
  requestHash,
} from '../petitions/petition-intake.js';
import { toPetitionView, type PetitionView } from '../petitions/petition-view.js';
import { parseInput } from '../petitions/parse-input.js';
import { planVillage, villageQuotas } from './collection-plan.js';
import type { PaperFormRequest } from './collection.types.js';

/**
 * A Phiếu đăng ký entered by the Front on behalf of a village, within the village's quota
 * (refused past it, with the numbers). Stored as `petitions.register` stores it: the same
 * insert, audit row, late flag and Idempotency-Key replay.
 *
 * @example const petition = await registerPaperForm(ctx, user, { planId, channel: 'village-paper-form', petitioner, content, consents });
 */
export async function registerPaperForm(
  ctx: Context,
  user: SessionUser,
  request: PaperFormRequest,
): Promise<PetitionView> {
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
  const village = await planVillage(ctx, plan, request.petitioner.villageId);
  const { quotaOf } = await villageQuotas(ctx, plan);
  const counts = await countRegistrationsByVillage(ctx.db, plan.id, VILLAGE_QUOTA_CHANNELS);
  const registered = counts.find((c) => c.villageId === village.id)?.withinQuotaChannels ?? 0;
  const refusal = quotaRefusal(quotaTally(quotaOf(village.id), registered), 1, village.name);
  if (refusal) fail(refusal);
  const schedule = planSchedule(calendar, plan);
  const { row, replayed } = await ctx.db
    .transaction()
    .execute((trx) =>
      insertRegistration(trx, ctx, user, plan, schedule, input, key && hash ? { key, hash } : null),
    );
  if (replayed && key) checkReplay(row, hash, key);
  return toPetitionView(row, calendar, ctx.today);
}
