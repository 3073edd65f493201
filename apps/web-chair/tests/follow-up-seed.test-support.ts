// The follow-up test's records, written through the API as each role would: a People's
// Committee dialogue of Chợ Mới (seed 000's dialogue of 10/12/2025, organised by the UBND as the
// Law on Local Government 2025, art. 43, has it), drafted by the office and approved by the
// chair; three villagers' petitions triaged; the conference held on 10/12/2025 with its outcomes.
import type { RouterInputs } from '@doithoai/api/client';
import {
  aChoMoiPlan,
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
} from '@doithoai/domain/testing';
import {
  contentOf,
  ids,
  morning,
  planStep,
  registerPetition,
  signInApi,
  type ApiCaller,
  type NewPlanInput,
  type World,
} from '@doithoai/browser-testing';

export interface HeldDialogue {
  planId: string;
  title: string;
  /** Petitions by what they are about: answered in writing later by the land body, the police. */
  land: { id: string; trackingCode: string };
  security: { id: string; trackingCode: string };
  answered: { id: string; trackingCode: string };
}

/** Next year's dialogue, drafted in December: where unresolved petitions carry over. */
export const NEXT_TITLE =
  'Tổ chức Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân xã Chợ Mới năm 2026';

export const TITLE =
  'Tổ chức Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân xã Chợ Mới năm 2025';

/** Seed 000's content as the People's Committee issues it (KH-UBND, signed TM. UBND / Chủ tịch). */
function governmentPlan(): NewPlanInput {
  const seed = aChoMoiPlan();
  return {
    ...contentOf(seed),
    issuer: { ...seed.issuer, kind: 'peoples-committee', name: 'Ủy ban nhân dân xã Chợ Mới' },
    documentSymbol: 'KH-UBND',
    title: TITLE,
    signer: {
      name: 'Nguyễn Văn Bình',
      title: 'chair',
      authority: 'on-behalf-of-peoples-committee',
    },
  };
}

interface Registered {
  id: string;
  trackingCode: string;
  version: number;
}

async function triage(
  office: ApiCaller,
  p: Registered,
  field: RouterInputs['petitions']['triage']['field'],
): Promise<Registered> {
  const triaged = await office.petitions.triage.mutate({
    id: p.id,
    expectedVersion: p.version,
    field,
    urgency: 'normal',
    competence: 'commune',
    complexity: 'standard',
  });
  return { ...p, version: triaged.version };
}

/**
 * The dialogue from draft (20/11/2025) to held (10/12/2025): the land and the night-racing
 * petitions to be answered in writing by Phòng Kinh tế xã and Công an xã, a third answered on the
 * spot. Leaves the server's clock on 10/12/2025.
 *
 * @example const dialogue = await seedHeldDialogue(world);
 */
export async function seedHeldDialogue(world: World): Promise<HeldDialogue> {
  world.setClock(morning('2025-11-20'));
  let office = await signInApi(world, 'vpub.chomoi');
  const chair = await signInApi(world, 'chutich.chomoi');
  let plan = await office.plans.create.mutate(governmentPlan());
  plan = await planStep(office, 'submit', plan);
  plan = await planStep(chair, 'approve', plan, {
    documentNumber: 215,
    signer: governmentPlan().signer,
  });
  plan = await planStep(office, 'announce', plan);

  world.setClock(morning('2025-11-25'));
  office = await signInApi(world, 'vpub.chomoi');
  const how = { receivedOn: '2025-11-25', villageId: ids.village };
  const planId = plan.plan.id;
  const land = await triage(
    office,
    await registerPetition(office, planId, aLandPetitionInChoMoi(), how),
    'land-environment',
  );
  const security = await triage(
    office,
    await registerPetition(office, planId, aSecurityPetitionInChoMoi(), how),
    'security-order',
  );
  const answered = await triage(
    office,
    await registerPetition(
      office,
      planId,
      aLandPetitionInChoMoi({
        petitioner: {
          ...aLandPetitionInChoMoi().petitioner,
          fullName: 'Lường Văn Toàn',
          phone: '0987000204',
        },
        field: 'administrative-procedures',
        content: 'Đề nghị hướng dẫn thủ tục tách thửa đất để chia cho con trai.',
      }),
      how,
    ),
    'administrative-procedures',
  );

  world.setClock(morning('2025-12-10'));
  office = await signInApi(world, 'vpub.chomoi');
  await planStep(office, 'hold', plan, { heldOn: '2025-12-10' });
  const outcome = (
    p: Registered,
    extra: Omit<RouterInputs['conference']['recordOutcome'], 'petitionId' | 'expectedVersion'>,
  ) =>
    office.conference.recordOutcome.mutate({
      petitionId: p.id,
      expectedVersion: p.version,
      ...extra,
    });
  await outcome(land, { kind: 'answer-in-writing', responsibleOrganisationId: ids.land });
  await outcome(security, { kind: 'answer-in-writing', responsibleOrganisationId: ids.police });
  await outcome(answered, {
    kind: 'answered-at-conference',
    answeredBy: { name: 'Nguyễn Văn Bình', position: 'Chủ tịch UBND xã' },
  });
  await office.plans.create.mutate({
    ...governmentPlan(),
    title: NEXT_TITLE,
    year: 2026,
    timing: { kind: 'date', date: '2026-06-10', startTime: '07:30' },
    scheduleOverrides: [],
  });
  const ref = ({ id, trackingCode }: Registered) => ({ id, trackingCode });
  return {
    planId,
    title: TITLE,
    land: ref(land),
    security: ref(security),
    answered: ref(answered),
  };
}
