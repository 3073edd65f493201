import type { Database, NewPetitionRow, NewPlanRow } from '@doithoai/db';
import {
  computePlanSchedule,
  createVietnamWorkingCalendar,
  isLateRegistration,
  PetitionSchema,
  PlanContentSchema,
  PlanSchema,
  planScheduleInput,
  toSearchKey,
  type Petition,
  type Plan,
  type PlanStatus,
} from '@doithoai/domain';
import { SEED_PLANS, type SeedPlanKey } from '@doithoai/domain/testing';
import type { Kysely } from 'kysely';
import type { CommuneRole, DemoCommuneKey } from './demo-communes.js';
import type { DemoIds } from './demo-ids.js';
import { choMoiDemoPetitions, sonTayHaDemoPetitions } from './demo-petitions.js';

// The demo's dialogues, written straight into the tables (plans, plan_versions, petitions) from
// the seed plans, so that a fresh demo database is consistent on its own.
// TODO(main session): switch to the plans and petitions repositories once they are merged.

interface DemoPlan {
  key: SeedPlanKey;
  commune: DemoCommuneKey;
  /** Who drafted it; null for seed 002, a district plan recorded from the archive. */
  draftedBy: CommuneRole | null;
  /**
   * ILLUSTRATIVE numbers and dates: the seed texts are unsigned drafts, so the demo signs two of
   * them to have dialogues open for registrations. The others stay as the seeds have them.
   */
  approval?: { documentNumber: number; issuedOn: string; by: CommuneRole };
  petitions?: { drafts: () => Petition[]; recordedBy: CommuneRole };
}

const DEMO_PLANS: readonly DemoPlan[] = [
  {
    key: 'choMoi2025',
    commune: 'choMoi',
    draftedBy: 'party-office',
    approval: { documentNumber: 14, issuedOn: '2025-11-24', by: 'party-secretary' },
    petitions: { drafts: choMoiDemoPetitions, recordedBy: 'party-office' },
  },
  { key: 'khoenOn2025', commune: 'khoenOn', draftedBy: 'government-office' },
  { key: 'thanUyen2023', commune: 'khoenOn', draftedBy: null },
  { key: 'vinhBao2026', commune: 'vinhBao', draftedBy: 'party-office' },
  {
    key: 'sonTayHa2025',
    commune: 'sonTayHa',
    draftedBy: 'government-office',
    approval: { documentNumber: 231, issuedOn: '2025-09-29', by: 'commune-chair' },
    petitions: { drafts: sonTayHaDemoPetitions, recordedBy: 'government-office' },
  },
];

function planRow(plan: Plan, version: number, createdBy: string | null, now: string): NewPlanRow {
  const content = PlanContentSchema.parse(plan);
  const timing = content.timing;
  return {
    id: plan.id,
    admin_unit_code: content.adminUnitCode,
    issuer_kind: content.issuer.kind,
    document_symbol: content.documentSymbol,
    document_number: plan.documentNumber ?? null,
    year: content.year,
    title: content.title,
    search_key: toSearchKey(content.title),
    regulation_profile_id: content.regulationProfileId,
    status: plan.status,
    dialogue_date: timing?.kind === 'date' ? timing.date : null,
    window_from: timing?.kind === 'window' ? timing.from : null,
    window_to: timing?.kind === 'window' ? timing.to : null,
    issued_on: plan.issuedOn ?? null,
    notice_issued_on: null,
    held_on: null,
    conclusion_issued_on: null,
    status_reason: null,
    content_json: JSON.stringify(content),
    return_comments_json: JSON.stringify(plan.returnComments),
    version,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
  };
}

function petitionRow(
  petition: Petition,
  plan: Plan,
  recordedBy: string,
  now: string,
): NewPetitionRow {
  const schedule = computePlanSchedule(createVietnamWorkingCalendar(), planScheduleInput(plan));
  const p = PetitionSchema.parse({
    ...petition,
    isLate: isLateRegistration(petition.receivedOn, schedule),
  });
  const { petitioner } = p;
  return {
    id: p.id,
    admin_unit_code: p.adminUnitCode,
    plan_id: p.planId,
    tracking_code: p.trackingCode,
    status: p.status,
    channel: p.channel,
    full_name: petitioner.fullName,
    phone: petitioner.phone ?? null,
    address: petitioner.address ?? null,
    village_id: petitioner.villageId ?? null,
    organisation_name: petitioner.organisationName ?? null,
    kind: p.kind,
    content: p.content,
    search_key: toSearchKey(`${petitioner.fullName} ${p.content} ${petitioner.address ?? ''}`),
    field: p.field ?? null,
    wants_to_speak: p.wantsToSpeak ? 1 : 0,
    received_on: p.receivedOn,
    is_late: p.isLate ? 1 : 0,
    consent_json: JSON.stringify(p.consents),
    version: 1,
    created_by: recordedBy,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Inserts the five seed plans (two signed and numbered for the demo, the others as submitted in
 * the seeds), each with its version history, and a few registrations for the Chợ Mới and
 * Sơn Tây Hạ dialogues (late ones flagged from the plan's schedule). Runs inside the demo's
 * transaction, after the communes and accounts exist.
 *
 * @example await seedDemoDialogues(trx, ids)
 */
export async function seedDemoDialogues(
  db: Kysely<Database>,
  ids: DemoIds,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  for (const demo of DEMO_PLANS) {
    const accounts = ids.communes[demo.commune].accounts;
    const drafter = demo.draftedBy ? accounts[demo.draftedBy] : null;
    const seed = SEED_PLANS[demo.key];
    const plan = PlanSchema.parse(
      demo.approval
        ? {
            ...seed,
            status: 'approved',
            documentNumber: demo.approval.documentNumber,
            issuedOn: demo.approval.issuedOn,
          }
        : seed,
    );
    // The history a plan would have had: drafted, submitted, then (for two) approved.
    const steps: { status: PlanStatus; event: string; by: string | null }[] = [
      { status: 'draft', event: 'create', by: drafter },
      { status: 'submitted', event: 'submit', by: drafter },
    ];
    if (demo.approval)
      steps.push({ status: 'approved', event: 'approve', by: accounts[demo.approval.by] });
    await db
      .insertInto('plans')
      .values(planRow(plan, steps.length, drafter, at))
      .execute();
    for (const [index, step] of steps.entries()) {
      await db
        .insertInto('plan_versions')
        .values({
          id: `${plan.id}-v${index + 1}`,
          plan_id: plan.id,
          version: index + 1,
          status: step.status,
          event: step.event,
          content_json: JSON.stringify(PlanContentSchema.parse(plan)),
          comment: index === 0 ? 'Dữ liệu minh họa: kế hoạch theo văn bản mẫu.' : null,
          changed_by: step.by,
          changed_at: at,
        })
        .execute();
    }
    if (demo.petitions) {
      const recordedBy = accounts[demo.petitions.recordedBy];
      for (const petition of demo.petitions.drafts()) {
        await db
          .insertInto('petitions')
          .values(petitionRow(petition, plan, recordedBy, at))
          .execute();
      }
    }
  }
}
