import {
  findConclusionNotice,
  findPetitionsByIds,
  listPetitions,
  type Database,
  type FollowUpTaskRecord,
} from '@doithoai/db';
import { formatVietnameseDate, type IsoDate } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../context.js';
import { citizenChannelOf, communeAuthority, notifyCitizen, trackingUrl } from './enqueue.js';

/** The petitions a task answers: its own, or those its conclusion item names. */
export async function petitionIdsOfTask(
  trx: Kysely<Database>,
  task: FollowUpTaskRecord,
): Promise<string[]> {
  if (task.petitionId) return [task.petitionId];
  if (!task.conclusionItemId) return [];
  const notice = await findConclusionNotice(trx, task.planId);
  const item = notice?.content.items.find((i) => i.id === task.conclusionItemId);
  return [...(item?.relatedPetitionIds ?? [])];
}

/**
 * Seed 004 §II.4: when an answer needs more time, the citizen is told the new date and why. In
 * the extension's transaction, one message per petition the task answers.
 */
export async function notifyExtension(
  trx: Kysely<Database>,
  ctx: Context,
  task: FollowUpTaskRecord,
  extension: { id: string; newDueOn: IsoDate; reason: string },
): Promise<void> {
  const ids = await petitionIdsOfTask(trx, task);
  if (ids.length === 0) return;
  const eventId = `follow-up.extend:${task.id}:${extension.newDueOn}`;
  for (const petition of await findPetitionsByIds(trx, ids))
    await notifyCitizen(
      trx,
      ctx,
      petition,
      'answer-extended',
      eventId,
      async () => ({
        communeName: await communeAuthority(trx, petition.adminUnitCode),
        trackingCode: petition.trackingCode,
        newDueOn: formatVietnameseDate(extension.newDueOn),
        reason: extension.reason,
      }),
      null,
      extension.id,
    );
}

/**
 * Whether every citizen a task answers will be sent the extension message (a phone number, the
 * consent to be contacted by phone, a channel on and not refused): the message then tells them,
 * and its delivery marks the step (seed 004 §II.4).
 */
export async function everyCitizenMessaged(
  trx: Kysely<Database>,
  ctx: Context,
  task: FollowUpTaskRecord,
): Promise<boolean> {
  const ids = await petitionIdsOfTask(trx, task);
  if (ids.length === 0) return false;
  for (const petition of await findPetitionsByIds(trx, ids))
    if (!(await citizenChannelOf(trx, ctx, petition))) return false;
  return true;
}

/**
 * The conclusion notice issued (seed 004 §II.4): every citizen of the dialogue's petitions who can
 * be reached is told, with the link to follow their petition — in the notice's transaction, once
 * per notice. A withdrawn petition's citizen is not written to.
 */
export async function notifyConclusionPublished(
  trx: Kysely<Database>,
  ctx: Context,
  plan: { id: string; adminUnitCode: string },
  noticeId: string,
): Promise<void> {
  const { petitions } = await listPetitions(trx, {
    adminUnitCodes: [plan.adminUnitCode],
    planId: plan.id,
    limit: 5000,
  });
  const communeName = await communeAuthority(trx, plan.adminUnitCode);
  for (const petition of petitions) {
    if (petition.status === 'withdrawn' || petition.planId !== plan.id) continue;
    const url = trackingUrl(ctx, petition.trackingCode);
    await notifyCitizen(
      trx,
      ctx,
      petition,
      'conclusion-published',
      `conclusion.issue:${noticeId}`,
      () => Promise.resolve({ communeName, trackingCode: petition.trackingCode, trackingUrl: url }),
      url,
    );
  }
}
