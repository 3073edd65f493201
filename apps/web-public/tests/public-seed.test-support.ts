// The staff side of the public pages' journey, through the API as each role would: seed 000
// announced by the Party; then, once a citizen has registered online, the commune triages,
// decides at the conference to answer in writing, drafts, approves and sends the answer; then
// the dialogue is recorded as held and its conclusion notice issued.
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import {
  ids,
  morning,
  planStep,
  present,
  signInApi,
  type PlanView,
  type World,
} from '@doithoai/browser-testing';

export const CITIZEN = aLandPetitionInChoMoi().petitioner;
export const ANSWER = `UBND xã trả lời ông ${CITIZEN.fullName} (điện thoại ${CITIZEN.phone}, ${CITIZEN.address}): công chức địa chính đo đạc lại ranh giới thửa đất trước ngày 15/01/2026; hồ sơ cấp Giấy chứng nhận đang được thẩm định.`;

interface Petition {
  id: string;
  version: number;
  trackingCode: string;
}

/** The petitions of the plan as the office lists them. */
export async function staffPetitions(world: World, planId: string): Promise<Petition[]> {
  const office = await signInApi(world, 'vpub.chomoi');
  return (await office.petitions.list.query({ planId })).items;
}

/**
 * The commune's work on the petition with `code`, from triage (01/12/2025) to the letter sent
 * on 19/12/2025 and recorded on 22/12/2025. Leaves the server's clock on 22/12/2025.
 */
export async function answerInWriting(world: World, planId: string, code: string): Promise<void> {
  world.setClock(morning('2025-12-01'));
  let petition = present(
    (await staffPetitions(world, planId)).find((p) => p.trackingCode === code),
    `the petition ${code}`,
  );
  const ref = () => ({ id: petition.id, expectedVersion: petition.version });
  const office = await signInApi(world, 'vpub.chomoi');
  petition = await office.petitions.triage.mutate({
    ...ref(),
    field: 'land-environment',
    urgency: 'normal',
    competence: 'commune',
    complexity: 'standard',
  });
  world.setClock(morning('2025-12-10'));
  const chair = await signInApi(world, 'chutich.chomoi');
  petition = await chair.conference.recordOutcome.mutate({
    petitionId: petition.id,
    expectedVersion: petition.version,
    kind: 'answer-in-writing',
    responsibleOrganisationId: ids.land,
  });
  world.setClock(morning('2025-12-15'));
  const department = await signInApi(world, 'phongkt.chomoi');
  petition = await department.petitions.draftAnswer.mutate({
    ...ref(),
    content: ANSWER,
    legalBasis: 'Luật Đất đai 2024',
  });
  world.setClock(morning('2025-12-16'));
  const approver = await signInApi(world, 'chutich.chomoi');
  petition = await approver.petitions.approveAnswer.mutate(ref());
  world.setClock(morning('2025-12-22'));
  const sender = await signInApi(world, 'vpub.chomoi');
  await sender.petitions.recordWrittenAnswer.mutate({
    ...ref(),
    documentRef: '215/UBND-KT',
    sentOn: '2025-12-19',
  });
}

/** The dialogue recorded as held on 10/12/2025 and its conclusion notice issued on 27/12/2025. */
export async function holdAndConclude(world: World, plan: PlanView, petitionId: string) {
  world.setClock(morning('2025-12-27'));
  const office = await signInApi(world, 'vpdu.chomoi');
  const held = await planStep(office, 'hold', plan, { heldOn: '2025-12-10' });
  const secretary = await signInApi(world, 'bithu.chomoi');
  await secretary.followUp.issueConclusion.mutate({
    planId: plan.plan.id,
    expectedVersion: held.version,
    documentNumber: 45,
    documentSymbol: 'TB/ĐU',
    position: `Đảng ủy xã ghi nhận ý kiến của ông ${CITIZEN.fullName}; giao các cơ quan giải quyết dứt điểm.`,
    items: [
      {
        content: `Đo đạc lại ranh giới thửa đất của hộ ông ${CITIZEN.fullName} (${CITIZEN.address}, ${CITIZEN.phone}).`,
        responsibleOrganisationId: ids.land,
        relatedPetitionIds: [petitionId],
      },
    ],
  });
}
