import { countRegistrationsByVillage } from '@doithoai/db';
import { quotaRefusal, quotaTally, VILLAGE_QUOTA_CHANNELS } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import type { PetitionView } from '../petitions/petition-view.js';
import { registerOnePetition } from '../petitions/register-one.js';
import { planVillage, villageQuotas } from './collection-plan.js';
import type { PaperFormRequest } from './collection.types.js';

/**
 * A Phiếu đăng ký entered by the Front on behalf of a village, within the village's quota
 * (refused past it, with the numbers). Stored as `petitions.register` stores it: the same
 * insert, audit row, late flag and Idempotency-Key replay.
 *
 * @example const petition = await registerPaperForm(ctx, user, { planId, channel: 'village-paper-form', petitioner, content, consents });
 */
export function registerPaperForm(
  ctx: Context,
  user: SessionUser,
  request: PaperFormRequest,
): Promise<PetitionView> {
  return registerOnePetition(ctx, user, request, async (plan) => {
    const village = await planVillage(ctx, plan, request.petitioner.villageId);
    const { quotaOf } = await villageQuotas(ctx, plan);
    const counts = await countRegistrationsByVillage(ctx.db, plan.id, VILLAGE_QUOTA_CHANNELS);
    const registered = counts.find((c) => c.villageId === village.id)?.withinQuotaChannels ?? 0;
    const refusal = quotaRefusal(quotaTally(quotaOf(village.id), registered), 1, village.name);
    if (refusal) fail(refusal);
  });
}
