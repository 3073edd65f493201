// The steering test's records, written through the API as each role would: seed 000's dialogue
// drafted, approved (14-KH/ĐU), announced and held, two petitions, the secretary's conclusion,
// then the Front's finding and its escalation of the task that went overdue.
import {
  aChoMoiPlan,
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import {
  announcedChoMoiPlan,
  contentOf,
  ids,
  morning,
  planStep as step,
  registerPetition,
  signInApi,
  type World,
} from '@doithoai/browser-testing';

export { ids, ORGANISATIONS, prepareCommune } from '@doithoai/browser-testing';

export interface SteeringRecords {
  planId: string;
  policeTaskId: string;
  escalationNote: string;
  findingNote: string;
  /** The Front's finding on the security petition, which no conclusion line names. */
  petitionFindingNote: string;
  /** That petition's tracking code. */
  securityCode: string;
}

/**
 * Seed 000's dialogue from draft to concluded, then the Front's supervision on 15/01/2026.
 * Leaves the server's clock on 15/01/2026.
 *
 * @example const records = await seedConcludedDialogue(world);
 */
export async function seedConcludedDialogue(world: World): Promise<SteeringRecords> {
  const announced = await announcedChoMoiPlan(world);
  let { plan, office } = announced;
  const register = (petition: ReturnType<typeof aLandPetitionInChoMoi>) =>
    registerPetition(office, plan.plan.id, petition, {
      receivedOn: '2025-11-25',
      villageId: ids.village,
    });
  const land = await register(aLandPetitionInChoMoi());
  const security = await register(aSecurityPetitionInChoMoi());

  world.setClock(morning('2025-12-10'));
  office = await signInApi(world, 'vpdu.chomoi');
  plan = await step(office, 'hold', plan);

  world.setClock(morning('2025-12-12'));
  const secretary = await signInApi(world, 'bithu.chomoi');
  const issued = await secretary.followUp.issueConclusion.mutate({
    planId: plan.plan.id,
    expectedVersion: plan.version,
    documentNumber: 20,
    documentSymbol: 'TB/ĐU',
    position: 'Đảng ủy xã tiếp thu ý kiến của Nhân dân, giao các cơ quan giải quyết dứt điểm.',
    items: [
      {
        content: 'Tăng cường tuần tra tuyến đường liên thôn vào ban đêm, xử lý đua xe.',
        responsibleOrganisationId: ids.police,
        dueOn: '2025-12-24',
      },
      {
        content:
          'Đo đạc lại ranh giới thửa đất, trả lời bằng văn bản về hồ sơ cấp Giấy chứng nhận.',
        responsibleOrganisationId: ids.land,
        relatedPetitionIds: [land.id],
      },
    ],
  });
  const policeTaskId = present(
    issued.tasks.find((t) => t.responsibleOrganisation.id === ids.police),
    'the police task of the conclusion',
  ).id;

  world.setClock(morning('2026-01-15'));
  const front = await signInApi(world, 'mttq.chomoi');
  const findingNote = 'Đã kiểm tra thực tế: chưa thấy tổ tuần tra ban đêm trên tuyến liên thôn.';
  const escalationNote = 'Việc tuần tra quá hạn từ 24/12/2025, đề nghị Bí thư chỉ đạo Công an xã.';
  const target = { kind: 'task' as const, taskId: policeTaskId };
  await front.supervision.recordFinding.mutate({
    kind: 'visited',
    target,
    note: findingNote,
    observedOn: '2026-01-14',
  });
  await front.supervision.escalate.mutate({ target, note: escalationNote });
  const petitionFindingNote =
    'Công dân chưa đồng ý: vẫn còn thanh thiếu niên đua xe ban đêm trên tuyến liên thôn.';
  await front.supervision.recordFinding.mutate({
    kind: 'citizen-not-satisfied',
    target: { kind: 'petition', petitionId: security.id },
    note: petitionFindingNote,
  });
  return {
    planId: plan.plan.id,
    policeTaskId,
    escalationNote,
    findingNote,
    petitionFindingNote,
    securityCode: security.trackingCode,
  };
}

/**
 * A 2026 plan approved for 10/03/2026 and then postponed by the secretary: ready to reschedule.
 *
 * @example const planId = await seedPostponedPlan(world);
 */
export async function seedPostponedPlan(world: World): Promise<string> {
  const office = await signInApi(world, 'vpdu.chomoi');
  const secretary = await signInApi(world, 'bithu.chomoi');
  const seed = aChoMoiPlan();
  let plan = await office.plans.create.mutate({
    ...contentOf(seed),
    year: 2026,
    title:
      'Kế hoạch tổ chức Hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân xã Chợ Mới năm 2026',
    timing: { kind: 'date', date: '2026-03-10', startTime: '07:30' },
    scheduleOverrides: [],
  });
  plan = await step(office, 'submit', plan);
  plan = await step(secretary, 'approve', plan, { documentNumber: 3, signer: seed.signer });
  await step(secretary, 'postpone', plan, { reason: 'Trùng lịch họp của Huyện ủy.' });
  return plan.plan.id;
}

/** The title of the first-half dialogue of 2025 that was drafted for August and never approved. */
export const STALE_TITLE =
  'Kế hoạch tổ chức Hội nghị đối thoại trực tiếp đợt 1 giữa người đứng đầu cấp ủy với Nhân dân xã Chợ Mới năm 2025';

/**
 * Issue 18: a plan for 20/08/2025, drafted and submitted on 01/07/2025 and still waiting for
 * approval when the browser opens. Sets the server's clock to 01/07/2025; the caller moves it on.
 *
 * @example const staleId = await seedStaleSubmittedPlan(world);
 */
export async function seedStaleSubmittedPlan(world: World): Promise<string> {
  world.setClock(morning('2025-07-01'));
  const office = await signInApi(world, 'vpdu.chomoi');
  const plan = await office.plans.create.mutate({
    ...contentOf(aChoMoiPlan()),
    title: STALE_TITLE,
    timing: { kind: 'date', date: '2025-08-20', startTime: '07:30' },
    scheduleOverrides: [],
  });
  return (await step(office, 'submit', plan)).plan.id;
}
