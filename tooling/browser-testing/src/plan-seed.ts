// Helpers for writing a dialogue through the API in a browser test's setup, as each role would.
import type { Plan } from '@doithoai/domain';
import { aChoMoiPlan } from '@doithoai/domain/testing';
import { signInApi, type ApiCaller } from './api-caller.js';
import type { World } from './harness.js';

/**
 * Vietnam 09:00 on `date`, as an ISO instant.
 *
 * @example morning('2025-11-20') // '2025-11-20T02:00:00.000Z'
 */
export const morning = (date: string) => `${date}T02:00:00.000Z`;

/**
 * A plan's content for `plans.create` (the stored fields left out).
 *
 * @example await office.mutate('plans.create', contentOf(aChoMoiPlan()));
 */
export function contentOf(plan: Plan): Record<string, unknown> {
  const {
    id: _id,
    status: _status,
    documentNumber: _number,
    issuedOn: _issued,
    statusReason: _reason,
    returnComments: _comments,
    ...content
  } = plan;
  return content;
}

/** A plan as `plans.*` mutations return it. */
export interface PlanView {
  plan: { id: string };
  version: number;
}

/**
 * Fires a plan step (`plans.<event>`) and returns the plan's new version.
 *
 * @example plan = await planStep(secretary, 'approve', plan, { documentNumber: 14, signer });
 */
export async function planStep(
  caller: ApiCaller,
  event: string,
  ref: PlanView,
  extra: object = {},
): Promise<PlanView> {
  return caller.mutate<PlanView>(`plans.${event}`, {
    id: ref.plan.id,
    expectedVersion: ref.version,
    ...extra,
  });
}

/** A registration as the domain's test builders give it (`aLandPetitionInChoMoi()`…). */
export interface PetitionSeed {
  petitioner: object;
  content: string;
  field?: string | null;
  kind: string;
  consents: unknown;
}

/**
 * Registers `petition` on `planId` through `petitions.register` (a village's paper form unless
 * told otherwise) and returns its id, tracking code and version.
 *
 * @example const land = await registerPetition(office, planId, aLandPetitionInChoMoi(), { receivedOn: '2025-11-25', villageId });
 */
export function registerPetition(
  caller: ApiCaller,
  planId: string,
  petition: PetitionSeed,
  how: { receivedOn: string; villageId: string; channel?: string },
) {
  return caller.mutate<{ id: string; trackingCode: string; version: number }>(
    'petitions.register',
    {
      planId,
      channel: how.channel ?? 'village-paper-form',
      receivedOn: how.receivedOn,
      petitioner: { ...petition.petitioner, villageId: how.villageId },
      content: petition.content,
      field: petition.field,
      kind: petition.kind,
      consents: petition.consents,
    },
  );
}

/**
 * Seed 000 (Chợ Mới's Party-led dialogue of 10/12/2025) as the Party would write it on
 * 20/11/2025: drafted and submitted by the office (`vpdu.chomoi`), approved as 14-KH/ĐU by the
 * secretary (`bithu.chomoi`), announced. Leaves the server's clock on 20/11/2025.
 *
 * @example const { plan, office } = await announcedChoMoiPlan(world);
 */
export async function announcedChoMoiPlan(world: World) {
  world.setClock(morning('2025-11-20'));
  const office = await signInApi(world, 'vpdu.chomoi');
  const secretary = await signInApi(world, 'bithu.chomoi');
  let plan = await office.mutate<PlanView>('plans.create', contentOf(aChoMoiPlan()));
  plan = await planStep(office, 'submit', plan);
  plan = await planStep(secretary, 'approve', plan, {
    documentNumber: 14,
    signer: aChoMoiPlan().signer,
  });
  plan = await planStep(office, 'announce', plan);
  return { plan, office, secretary };
}
