// Helpers for writing a dialogue through the API in a browser test's setup, as each role would.
import type { RouterInputs, RouterOutputs } from '@doithoai/api/client';
import type { Plan } from '@doithoai/domain';
import type { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { aChoMoiPlan } from '@doithoai/domain/testing';
import { signInApi, type ApiCaller } from './api-caller.js';
import type { World } from './harness.js';

/**
 * Vietnam 09:00 on `date`, as an ISO instant.
 *
 * @example morning('2025-11-20') // '2025-11-20T02:00:00.000Z'
 */
export const morning = (date: string) => `${date}T02:00:00.000Z`;

/** `plans.create`'s input for a new plan (not a copy of last year's). */
export type NewPlanInput = Exclude<RouterInputs['plans']['create'], { copyFromPlanId: string }>;

/**
 * A plan's content for `plans.create` (the stored fields left out).
 *
 * @example await office.plans.create.mutate(contentOf(aChoMoiPlan()));
 */
export function contentOf(plan: Plan): NewPlanInput {
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
export type PlanView = RouterOutputs['plans']['create'];

/** A plan's ref as every step takes it. */
type PlanRef = { id: string; expectedVersion: number };
/** What each plan step takes beside the plan's ref. */
type PlanStepExtras = {
  [E in 'submit' | 'approve' | 'announce' | 'hold' | 'postpone']: Omit<
    RouterInputs['plans'][E],
    keyof PlanRef
  >;
};
type PlanStepEvent = keyof PlanStepExtras;

/** The plan steps the browser tests' setups take, each through its own typed procedure. */
const PLAN_STEPS: {
  [E in PlanStepEvent]: (
    caller: ApiCaller,
    ref: PlanRef,
    extra: PlanStepExtras[E] | undefined,
  ) => Promise<PlanView>;
} = {
  submit: (caller, ref, extra) => caller.plans.submit.mutate({ ...extra, ...ref }),
  approve: (caller, ref, extra) => caller.plans.approve.mutate({ ...extra, ...ref }),
  announce: (caller, ref, extra) => caller.plans.announce.mutate({ ...extra, ...ref }),
  hold: (caller, ref, extra) => caller.plans.hold.mutate({ ...extra, ...ref }),
  postpone: (caller, ref, extra) => caller.plans.postpone.mutate({ ...extra, ...ref }),
};

/**
 * Fires a plan step (`plans.<event>`) and returns the plan's new version.
 *
 * @example plan = await planStep(secretary, 'approve', plan, { documentNumber: 14, signer });
 */
export async function planStep<E extends PlanStepEvent>(
  caller: ApiCaller,
  event: E,
  ref: PlanView,
  ...extra: object extends PlanStepExtras[E] ? [PlanStepExtras[E]?] : [PlanStepExtras[E]]
): Promise<PlanView> {
  const step = PLAN_STEPS[event];
  return step(caller, { id: ref.plan.id, expectedVersion: ref.version }, extra[0]);
}

/** A registration as the domain's test builders give it (`aLandPetitionInChoMoi()`…). */
export type PetitionSeed = Pick<
  ReturnType<typeof aLandPetitionInChoMoi>,
  'petitioner' | 'content' | 'field' | 'kind' | 'consents'
>;

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
  how: {
    receivedOn: string;
    villageId: string;
    channel?: RouterInputs['petitions']['register']['channel'];
  },
) {
  return caller.petitions.register.mutate({
    planId,
    channel: how.channel ?? 'village-paper-form',
    receivedOn: how.receivedOn,
    petitioner: { ...petition.petitioner, villageId: how.villageId },
    content: petition.content,
    field: petition.field,
    kind: petition.kind,
    consents: petition.consents,
  });
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
  let plan = await office.plans.create.mutate(contentOf(aChoMoiPlan()));
  plan = await planStep(office, 'submit', plan);
  plan = await planStep(secretary, 'approve', plan, {
    documentNumber: 14,
    signer: aChoMoiPlan().signer,
  });
  plan = await planStep(office, 'announce', plan);
  return { plan, office, secretary };
}
