// The steering test's records, written through the API as each role would: seed 000's dialogue
// drafted, approved (14-KH/ĐU), announced and held, two petitions, the secretary's conclusion,
// then the Front's finding and its escalation of the task that went overdue.
import { insertOrganisation, insertVillage } from '@doithoai/db';
import type { Plan } from '@doithoai/domain';
import {
  aChoMoiPlan,
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
} from '@doithoai/domain/testing';
import { signInApi, type ApiCaller } from './api-caller.js';
import type { Prepare, World } from './harness.js';

/** Bodies and villages of the commune, written with the db repositories before the server starts. */
export const ORGANISATIONS = { police: 'Công an xã', land: 'Phòng Kinh tế xã' } as const;
export const ids = { police: '', land: '', village: '' };

export const prepareCommune: Prepare = async (db, communeCode, at) => {
  ids.village = await insertVillage(
    db,
    { adminUnitCode: communeCode, name: 'Bản Mỳ', kind: 'ban' },
    at,
  );
  ids.police = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'police', name: ORGANISATIONS.police },
    at,
  );
  ids.land = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'department', name: ORGANISATIONS.land },
    at,
  );
};

/** Vietnam 09:00 on `date`. */
export const morning = (date: string) => `${date}T02:00:00.000Z`;

/** A plan's content for `plans.create` (the stored fields left out). */
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

interface PlanView {
  plan: { id: string };
  version: number;
}

/** Fires a plan step and returns the new version. */
async function step(caller: ApiCaller, event: string, ref: PlanView, extra: object = {}) {
  const after = await caller.mutate<PlanView>(`plans.${event}`, {
    id: ref.plan.id,
    expectedVersion: ref.version,
    ...extra,
  });
  return after;
}

export interface SteeringRecords {
  planId: string;
  policeTaskId: string;
  escalationNote: string;
  findingNote: string;
}

/**
 * Seed 000's dialogue from draft to concluded, then the Front's supervision on 15/01/2026.
 * Leaves the server's clock on 15/01/2026.
 *
 * @example const records = await seedConcludedDialogue(world);
 */
export async function seedConcludedDialogue(world: World): Promise<SteeringRecords> {
  world.setClock(morning('2025-11-20'));
  let office = await signInApi(world, 'vpdu.chomoi');
  let secretary = await signInApi(world, 'bithu.chomoi');
  let plan = await office.mutate<PlanView>('plans.create', contentOf(aChoMoiPlan()));
  plan = await step(office, 'submit', plan);
  plan = await step(secretary, 'approve', plan, {
    documentNumber: 14,
    signer: aChoMoiPlan().signer,
  });
  plan = await step(office, 'announce', plan);
  const register = (petition: ReturnType<typeof aLandPetitionInChoMoi>) =>
    office.mutate<{ id: string }>('petitions.register', {
      planId: plan.plan.id,
      channel: 'village-paper-form',
      receivedOn: '2025-11-25',
      petitioner: { ...petition.petitioner, villageId: ids.village },
      content: petition.content,
      field: petition.field,
      kind: petition.kind,
      consents: petition.consents,
    });
  const land = await register(aLandPetitionInChoMoi());
  await register(aSecurityPetitionInChoMoi());

  world.setClock(morning('2025-12-10'));
  office = await signInApi(world, 'vpdu.chomoi');
  plan = await step(office, 'hold', plan);

  world.setClock(morning('2025-12-12'));
  secretary = await signInApi(world, 'bithu.chomoi');
  const issued = await secretary.mutate<{
    tasks: { id: string; responsibleOrganisation: { id: string } }[];
  }>('followUp.issueConclusion', {
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
  const policeTaskId = issued.tasks.find((t) => t.responsibleOrganisation.id === ids.police)!.id;

  world.setClock(morning('2026-01-15'));
  const front = await signInApi(world, 'mttq.chomoi');
  const findingNote = 'Đã kiểm tra thực tế: chưa thấy tổ tuần tra ban đêm trên tuyến liên thôn.';
  const escalationNote = 'Việc tuần tra quá hạn từ 24/12/2025, đề nghị Bí thư chỉ đạo Công an xã.';
  const target = { kind: 'task', taskId: policeTaskId };
  await front.mutate('supervision.recordFinding', {
    kind: 'visited',
    target,
    note: findingNote,
    observedOn: '2026-01-14',
  });
  await front.mutate('supervision.escalate', { target, note: escalationNote });
  return { planId: plan.plan.id, policeTaskId, escalationNote, findingNote };
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
  let plan = await office.mutate<PlanView>('plans.create', {
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
