import { newId, type Database } from '@doithoai/db';
import {
  isPlanAfterDialogue,
  toSearchKey,
  type Petition,
  type Plan,
  type PlanStatus,
  type RuleId,
} from '@doithoai/domain';
import { aLandPetitionInChoMoi, aSonTayHaPlan } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import { insertTestPlan } from '@doithoai/db/testing';
import type { TestApi } from '../../test-api.test-support.js';
import { type Outputs } from '../../test-client.test-support.js';

/*
 * Test data for the follow-up, supervision and reports suites. Plans and petitions are written
 * straight into their tables (other features own their repositories): a seed plan moved to the
 * suite's commune and held on a given day, and seed petitions in a given state.
 */

let documentNumber = 100;

/**
 * A seed plan stored as held (or another state) in `adminUnitCode`, dialogue on `heldOn`.
 *
 * @example const plan = await insertPlanRow(db, aSonTayHaPlan(), { adminUnitCode: '02086', heldOn: '2025-12-10' });
 */
export async function insertPlanRow(
  db: Kysely<Database>,
  seed: Plan,
  options: {
    adminUnitCode: string;
    heldOn: string;
    status?: PlanStatus;
    year?: number;
    noticeIssuedOn?: string | null;
  },
): Promise<{ id: string; version: number }> {
  const status = options.status ?? 'held';
  const held = isPlanAfterDialogue(status);
  const plan: Plan = {
    ...seed,
    id: newId(),
    adminUnitCode: options.adminUnitCode,
    issuer: { ...seed.issuer, adminUnitCode: options.adminUnitCode },
    year: options.year ?? seed.year,
    timing: { kind: 'date', date: options.heldOn },
    status,
    documentNumber: documentNumber++,
    issuedOn: '2025-07-15',
    returnComments: [],
  };
  delete plan.statusReason;
  return insertTestPlan(db, plan, {
    recorded: {
      noticeIssuedOn: options.noticeIssuedOn ?? null,
      heldOn: held ? options.heldOn : null,
    },
    at: '2025-08-01T01:00:00.000Z',
  });
}

/**
 * A seed petition stored under a plan, in a given state, with its triage and deadlines.
 *
 * @example await insertPetitionRow(db, aLandPetitionInChoMoi(), { planId, adminUnitCode: '02086', status: 'awaiting-written-answer', complexity: 'complex' });
 */
export async function insertPetitionRow(
  db: Kysely<Database>,
  seed: Petition,
  options: {
    planId: string;
    adminUnitCode: string;
    status?: string;
    complexity?: 'standard' | 'complex';
    villageId?: string | null;
    assignedOrganisationId?: string | null;
    receivedOn?: string;
    answerDueOn?: string | null;
    /** The rule that gave `answerDueOn`, as the conference outcome stores it beside the date. */
    answerDueRule?: RuleId | null;
    answeredOn?: string | null;
    field?: string | null;
  },
): Promise<string> {
  const id = newId();
  const at = '2025-08-01T01:00:00.000Z';
  await db
    .insertInto('petitions')
    .values({
      id,
      admin_unit_code: options.adminUnitCode,
      plan_id: options.planId,
      tracking_code: `T${id.slice(0, 8).toUpperCase()}`,
      status: options.status ?? 'awaiting-written-answer',
      channel: seed.channel,
      full_name: seed.petitioner.fullName,
      phone: seed.petitioner.phone ?? null,
      address: seed.petitioner.address ?? null,
      village_id: options.villageId ?? null,
      organisation_name: null,
      content: seed.content,
      search_key: toSearchKey(seed.content),
      field: options.field === undefined ? (seed.field ?? null) : options.field,
      urgency: 'normal',
      competence: 'commune',
      complexity: options.complexity ?? 'standard',
      assigned_organisation_id: options.assignedOrganisationId ?? null,
      referred_to: null,
      wants_to_speak: seed.wantsToSpeak ? 1 : 0,
      speaking_order: null,
      received_on: options.receivedOn ?? seed.receivedOn,
      is_late: seed.isLate ? 1 : 0,
      duplicate_group_id: null,
      carried_over_from_id: null,
      next_plan_id: null,
      conference_outcome: null,
      answer_due_on: options.answerDueOn ?? null,
      answer_due_rule: options.answerDueRule ?? null,
      answered_on: options.answeredOn ?? null,
      consent_json: JSON.stringify(seed.consents),
      idempotency_key: null,
      idempotency_hash: null,
      version: 1,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** An instant at 10:00 in Vietnam on `date`, for `api.setNow`. */
export const vietnamMorning = (date: string) => `${date}T03:00:00.000Z`;

/** What `followUp.issueConclusion` returns. */
export type IssuedData = Outputs['followUp']['issueConclusion'];
/** A follow-up task as `followUp.*` returns it. */
export type TaskData = IssuedData['tasks'][number];

/**
 * Seed 004's conclusion (số 12/TB-UBND) for a plan of the suite's commune: the land petition to
 * the land department (due by the profile's rule), a night patrol to the police by 31/12/2025.
 *
 * @example await chair.followUp.issueConclusion.mutate(sonTayHaConclusion(api, planId, petitionId))
 */
export function sonTayHaConclusion(
  api: TestApi,
  planId: string,
  landPetitionId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    planId,
    expectedVersion: 1,
    documentNumber: 12,
    documentSymbol: 'TB-UBND',
    position: 'UBND xã tiếp thu ý kiến của Nhân dân, giao các cơ quan giải quyết dứt điểm.',
    items: [
      {
        content:
          'Đo đạc lại ranh giới thửa đất, trả lời bằng văn bản về hồ sơ cấp Giấy chứng nhận.',
        responsibleOrganisationId: api.tenant.organisations.landDepartment,
        relatedPetitionIds: [landPetitionId],
      },
      {
        content: 'Tăng cường tuần tra tuyến đường liên thôn vào ban đêm.',
        responsibleOrganisationId: api.tenant.organisations.police,
        dueOn: '2025-12-31',
      },
    ],
    ...overrides,
  };
}

/**
 * What the follow-up suites start from: seed 004's plan held on 10/12/2025 in the suite's commune
 * and a land petition assigned to its land department.
 *
 * @example const { sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api);
 */
export async function heldSonTayHaWithLandPetition(api: TestApi) {
  const db = api.handle.db;
  const adminUnitCode = api.tenant.communeCode;
  const sonTayHa = await insertPlanRow(db, aSonTayHaPlan(), {
    adminUnitCode,
    heldOn: '2025-12-10',
  });
  const landPetition = await insertPetitionRow(db, aLandPetitionInChoMoi(), {
    planId: sonTayHa.id,
    adminUnitCode,
    assignedOrganisationId: api.tenant.organisations.landDepartment,
  });
  return { sonTayHa, landPetition };
}
