import {
  appendAudit,
  findPetitionById,
  findPetitionPlan,
  insertPetition,
  listVillages,
  toPetitionRecord,
  updatePetition,
  type Database,
  type PetitionPatch,
  type PetitionPlanFacts,
  type PetitionRecord,
  type PetitionRow,
} from '@doithoai/db';
import {
  computePlanSchedule,
  isLatePetition,
  planScheduleInput,
  RegisterPetitionInputSchema,
  toSearchKey,
  transitionPetition,
  TriageSchema,
  type Competence,
  type Complexity,
  type PetitionEvent,
  type PetitionField,
  type PetitionPayloads,
  type PetitionStatus,
  type RegisterPetitionInput,
  type Urgency,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import {
  auditActor,
  machineActor,
  requireOwnCommune,
  type DemoActor,
  type DemoWorld,
} from './demo-world.js';

// The petitions' code path of the API (intake, triage, grouping and every workflow step) on the
// repository and domain functions it calls: `transitionPetition` decides, `updatePetition`
// writes over the version read, the audit row keeps before/after.

/** One workflow step, as the API's `PetitionStep`. */
export interface DemoPetitionStep<E extends PetitionEvent> {
  event: E;
  payload(petition: PetitionRecord, plan: PetitionPlanFacts): PetitionPayloads[E];
  patch?(petition: PetitionRecord, plan: PetitionPlanFacts): PetitionPatch | Promise<PetitionPatch>;
  afterSave?(db: Kysely<Database>, before: PetitionRecord): Promise<void>;
  reason?: string | null;
}

/**
 * Runs one step on the petition as it stands: the commune and department visibility, the
 * domain's decision, the write at the version read, the step's other rows, the audit row.
 *
 * @example await applyDemoPetitionStep(world, chair, at, id, { event: 'approve-answer', payload: () => ({}) })
 */
export async function applyDemoPetitionStep<E extends PetitionEvent>(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  id: string,
  step: DemoPetitionStep<E>,
): Promise<PetitionRow> {
  const row = await findPetitionById(w.db, id);
  if (!row) throw new Error(`Demo: không tìm thấy kiến nghị ${id}.`);
  requireOwnCommune(actor, row.admin_unit_code, 'kiến nghị');
  if (actor.role === 'department' && row.assigned_organisation_id !== actor.organisationId)
    throw new Error(`Demo: kiến nghị ${row.tracking_code} không giao cho cơ quan này.`);
  const plan = await findPetitionPlan(w.db, row.plan_id);
  if (!plan) throw new Error(`Demo: không tìm thấy kế hoạch ${row.plan_id}.`);
  const before = toPetitionRecord(row);
  const result = transitionPetition(row.status as PetitionStatus, step.event, machineActor(actor), {
    issuerKind: plan.issuerKind,
    ...step.payload(before, plan),
  });
  if (!result.ok) throw result.error;
  const when = at.toISOString();
  const patch = { ...(await step.patch?.(before, plan)), status: result.value.state };
  const saved = await updatePetition(w.db, row.id, row.version, patch, when);
  if (!saved) throw new Error(`Demo: kiến nghị ${row.tracking_code} đã bị thay đổi.`);
  await step.afterSave?.(w.db, before);
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: row.admin_unit_code,
    action: `petition.${step.event}`,
    entityType: 'petition',
    entityId: row.id,
    before,
    after: toPetitionRecord(saved),
    reason: step.reason ?? null,
  });
  return saved;
}

/** The plan's schedule with its recorded dates (the cut-off decides lateness). */
function scheduleOf(plan: PetitionPlanFacts) {
  return planScheduleInput(
    {
      regulationProfileId: plan.regulationProfileId,
      timing: plan.timing,
      scheduleOverrides: plan.scheduleOverrides,
      issuedOn: plan.issuedOn ?? undefined,
    },
    {
      noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
      heldOn: plan.heldOn ?? undefined,
      conclusionIssuedOn: plan.conclusionIssuedOn ?? undefined,
    },
  );
}

/**
 * Registers one petition as `petitions.register` does: the domain's input schema, the village
 * of the commune, late ones kept and flagged, the tracking code from the demo's random source.
 *
 * @example const row = await registerDemoPetition(world, office, at, { planId, channel: 'village-paper-form', … })
 */
export async function registerDemoPetition(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  request: unknown,
): Promise<PetitionRow> {
  const input: RegisterPetitionInput = RegisterPetitionInputSchema.parse(request);
  const plan = await findPetitionPlan(w.db, input.planId);
  if (!plan) throw new Error(`Demo: không tìm thấy kế hoạch ${input.planId}.`);
  requireOwnCommune(actor, plan.adminUnitCode, 'kế hoạch');
  const villageId = input.petitioner.villageId;
  if (villageId && !(await listVillages(w.db, plan.adminUnitCode)).some((v) => v.id === villageId))
    throw new Error('Thôn, bản không thuộc xã này.');
  const schedule = computePlanSchedule(w.clock.calendar, scheduleOf(plan));
  const when = at.toISOString();
  const { petitioner } = input;
  const result = await insertPetition(
    w.db,
    {
      adminUnitCode: plan.adminUnitCode,
      planId: plan.id,
      status: 'received',
      kind: input.kind,
      channel: input.channel,
      fullName: petitioner.fullName,
      phone: petitioner.phone ?? null,
      address: petitioner.address ?? null,
      villageId: petitioner.villageId ?? null,
      organisationName: petitioner.organisationName ?? null,
      content: input.content,
      searchKey: toSearchKey(`${petitioner.fullName} ${input.content} ${petitioner.address ?? ''}`),
      field: input.field ?? null,
      wantsToSpeak: input.wantsToSpeak,
      receivedOn: input.receivedOn,
      isLate: isLatePetition(input, schedule),
      consents: input.consents,
      createdBy: actor.accountId,
      now: when,
    },
    w.random.trackingCode,
  );
  if (!result.inserted) throw new Error('Demo: đăng ký trùng mã chống gửi lại.');
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: plan.adminUnitCode,
    action: 'petition.register',
    entityType: 'petition',
    entityId: result.row.id,
    after: toPetitionRecord(result.row),
  });
  return result.row;
}

export interface DemoTriage {
  field: PetitionField;
  urgency: Urgency;
  competence: Competence;
  complexity: Complexity;
  referredTo?: string;
  note?: string;
}

/**
 * `petitions.triage`: the four fields checked by the domain; a re-triage drops the assignment.
 *
 * @example triageStep(office, at, { field: 'infrastructure', urgency: 'normal', competence: 'commune', complexity: 'standard' })
 */
export function triageStep(
  actor: DemoActor,
  at: Date,
  fields: DemoTriage,
): DemoPetitionStep<'triage'> {
  TriageSchema.parse({ ...fields, triagedBy: actor.accountId, triagedAt: at.toISOString() });
  return {
    event: 'triage',
    payload: () => fields,
    patch: () => ({
      field: fields.field,
      urgency: fields.urgency,
      competence: fields.competence,
      complexity: fields.complexity,
      referred_to: fields.referredTo ?? null,
      assigned_organisation_id: null,
    }),
    reason: fields.note ?? null,
  };
}

const competenceOf = (p: PetitionRecord) => (p.competence ?? '') as Competence;

/**
 * `petitions.assign`: a body of the commune prepares the answer.
 *
 * @example assignStep(ids.bodies.economicDepartment).event // 'assign'
 */
export function assignStep(organisationId: string): DemoPetitionStep<'assign'> {
  return {
    event: 'assign',
    payload: (p) => ({ assignedOrganisationId: organisationId, competence: competenceOf(p) }),
    patch: () => ({ assigned_organisation_id: organisationId }),
  };
}

/**
 * `petitions.forward` / `petitions.guide`: reported upward, or the citizen guided elsewhere.
 *
 * @example referStep('forward', 'Sở Xây dựng tỉnh Thái Nguyên')
 */
export function referStep(
  event: 'forward' | 'guide',
  referredTo: string,
): DemoPetitionStep<'forward' | 'guide'> {
  return {
    event,
    payload: (p) => ({ competence: competenceOf(p), referredTo }),
    patch: () => ({ referred_to: referredTo }),
  };
}

/**
 * `petitions.withdraw`, recorded by an office on the citizen's behalf.
 *
 * @example withdrawStep('Sự việc đã được hòa giải.', 'Công dân có đơn rút kiến nghị.')
 */
export function withdrawStep(reason: string, onBehalfNote: string): DemoPetitionStep<'withdraw'> {
  return {
    event: 'withdraw',
    payload: () => ({ reason, onBehalfNote }),
    reason: `${reason} — ${onBehalfNote}`,
  };
}
