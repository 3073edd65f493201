import type { Database, PetitionPlanFacts, PetitionRecord } from '@doithoai/db';
import { describeTiming, labelOf, type PetitionEvent } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../context.js';
import { communeAuthority, notifyCitizen, notifyOfficials, trackingUrl } from './enqueue.js';

/** The chair app's page of a petition (the department and the chair both read it there). */
export const petitionLink = (id: string): string => `/chair/petitions/${encodeURIComponent(id)}`;

async function bodyName(trx: Kysely<Database>, organisationId: string): Promise<string> {
  const row = await trx
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.name ?? 'cơ quan được giao';
}

/**
 * The messages one petition step warrants, written in the step's transaction (issue 15):
 * - assigned → the body's officials; a draft answer → the chair, who approves it;
 * - forwarded or guided elsewhere (by the office, or as the conference's outcome) → the citizen,
 *   with the body (seed 002 §4.3: the citizen is told where the petition went);
 * - the written answer recorded → the citizen, with the link to the tracking page.
 * Each event id carries the petition's new version, so a retried request writes nothing twice
 * and a later, second assignment is a message of its own.
 */
export async function notifyPetitionStep(
  trx: Kysely<Database>,
  ctx: Context,
  event: PetitionEvent,
  after: PetitionRecord,
): Promise<void> {
  const eventId = `petition.${event}:${after.id}:v${after.version}`;
  const code = after.trackingCode;
  const unit = after.adminUnitCode;
  switch (event) {
    case 'assign': {
      const org = after.assignedOrganisationId;
      if (!org) return;
      const name = await bodyName(trx, org);
      const fieldLabel = after.field ? labelOf('petitionField', after.field) : 'chưa phân loại';
      await notifyOfficials(
        trx,
        ctx,
        {
          adminUnitCode: unit,
          audience: { organisationId: org },
          petitionId: after.id,
          organisationId: org,
          link: petitionLink(after.id),
        },
        'petition-assigned',
        eventId,
        { trackingCode: code, fieldLabel, bodyName: name },
      );
      return;
    }
    case 'draft-answer': {
      const org = after.assignedOrganisationId;
      await notifyOfficials(
        trx,
        ctx,
        {
          adminUnitCode: unit,
          audience: { roles: ['commune-chair'] },
          petitionId: after.id,
          organisationId: org,
          link: petitionLink(after.id),
        },
        'answer-awaiting-approval',
        eventId,
        { trackingCode: code, bodyName: org ? await bodyName(trx, org) : 'Cơ quan được giao' },
      );
      return;
    }
    case 'forward':
    case 'guide':
    case 'record-outcome': {
      const kind =
        after.status === 'forwarded'
          ? 'petition-forwarded'
          : after.status === 'guided'
            ? 'petition-guided'
            : null;
      if (!kind) return;
      await notifyCitizen(trx, ctx, after, kind, eventId, async () => ({
        communeName: await communeAuthority(trx, unit),
        trackingCode: code,
        referredTo: after.referredTo ?? 'cơ quan có thẩm quyền',
      }));
      return;
    }
    case 'record-written-answer': {
      const url = trackingUrl(ctx, code);
      await notifyCitizen(
        trx,
        ctx,
        after,
        'written-answer-ready',
        eventId,
        async () => ({
          communeName: await communeAuthority(trx, unit),
          trackingCode: code,
          trackingUrl: url,
        }),
        url,
      );
      return;
    }
    default:
      return;
  }
}

/** The registration's receipt with its tracking code, in the registration's transaction. */
export async function notifyRegistration(
  trx: Kysely<Database>,
  ctx: Context,
  plan: PetitionPlanFacts,
  petition: PetitionRecord,
): Promise<void> {
  const url = trackingUrl(ctx, petition.trackingCode);
  await notifyCitizen(
    trx,
    ctx,
    petition,
    'registration-received',
    `petition.register:${petition.id}`,
    async () => ({
      communeName: await communeAuthority(trx, petition.adminUnitCode),
      trackingCode: petition.trackingCode,
      dialogueDate: plan.timing
        ? describeTiming(plan.timing, { heldOn: plan.heldOn })
        : 'thông báo cụ thể sau',
    }),
    url,
  );
}
