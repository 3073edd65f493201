import { findConference, findPetitionByIdempotencyKey, type PetitionRecord } from '@doithoai/db';
import {
  domainError,
  RegisterPetitionInputSchema,
  requireConferenceStarted,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { requireDialogueStaff, writablePlan } from '../petitions/petition-access.js';
import { applyPetitionStep } from '../petitions/petition-command.js';
import {
  checkReplay,
  insertRegistration,
  planSchedule,
  requestHash,
  unknownVillages,
} from '../petitions/petition-intake.js';
import { parseInput } from '../petitions/parse-input.js';
import { triageStep } from '../petitions/triage-step.js';
import type { RaiseFromFloorRequest } from '../petitions/petitions.types.js';

const ACTION = 'ghi nhận ý kiến nêu tại hội nghị';

/**
 * A petition raised in person at the conference (seed 004 §II.3): registered with the channel
 * `raised-at-conference`, as a speaker appended to the speaking order, and — when the chair
 * classifies it on the spot — triaged in the same transaction, so its outcome can be recorded
 * in the same session. Idempotent with an `Idempotency-Key`, for the conference room's Wi-Fi.
 *
 * @example await raisePetitionFromFloor(ctx, user, { planId, petitioner: { fullName: 'Hà Văn Sinh' }, content, triage })
 */
export async function raisePetitionFromFloor(
  ctx: Context,
  user: SessionUser,
  request: RaiseFromFloorRequest,
): Promise<PetitionRecord> {
  const key = ctx.idempotencyKey;
  const hash = key ? requestHash(request) : null;
  if (key) {
    const stored = await findPetitionByIdempotencyKey(ctx.db, user.adminUnitCode, key);
    if (stored) {
      checkReplay(stored.requestHash, hash, key);
      return stored.petition;
    }
  }
  const plan = await writablePlan(ctx.db, user, request.planId);
  requireDialogueStaff(user, plan, ACTION);
  const conference = await findConference(ctx.db, plan.id);
  const notStarted = requireConferenceStarted(
    conference ?? { startedAt: null, endedAt: null },
    ACTION,
  );
  if (notStarted) fail(notStarted);
  const { triage, ...registration } = request;
  const input = parseInput(RegisterPetitionInputSchema, {
    ...registration,
    channel: 'raised-at-conference',
    receivedOn: ctx.today,
    wantsToSpeak: true,
  });
  if ((await unknownVillages(ctx.db, plan.adminUnitCode, [input.petitioner.villageId])).size > 0)
    fail(domainError('VILLAGE_UNKNOWN', {}));
  const schedule = planSchedule(await ctx.calendar(), plan);
  return ctx.db.transaction().execute(async (trx) => {
    const { row, replayed, storedHash } = await insertRegistration(
      trx,
      ctx,
      user,
      plan,
      schedule,
      input,
      key && hash ? { key, hash } : null,
    );
    if (replayed && key) {
      checkReplay(storedHash, hash, key);
      return row;
    }
    if (!triage) return row;
    return applyPetitionStep(
      trx,
      ctx,
      user,
      triageStep(ctx, user, { id: row.id, expectedVersion: row.version }, triage),
    );
  });
}
