import {
  appendAudit,
  findPlanById,
  insertPlan,
  listPetitionStatusesOfPlan,
  savePlan,
  type PlanRecord,
  type RecordedPlanDates,
} from '@doithoai/db';
import {
  checkPlanEditable,
  countPetitionsKeepingPlanOpen,
  missingFieldsForSubmission,
  PlanSchema,
  transitionPlan,
  type IsoDate,
  type Plan,
  type PlanEvent,
  type PlanPayloads,
  type Signer,
} from '@doithoai/domain';
import {
  auditActor,
  machineActor,
  requireOwnCommune,
  type DemoActor,
  type DemoWorld,
} from './demo-world.js';

// The plans' code path of the API (`plans.create`, `plans.update` and one step per lifecycle
// event), on the repository and domain functions it calls: the domain's `transitionPlan`
// decides, `savePlan` writes over the version read and records `plan_versions`, and an audit
// row keeps before/after — in the commune's transaction.

/** The audit trail's picture of a plan, as the API's `auditSnapshot`. */
function snapshot(record: PlanRecord) {
  const { plan } = record;
  return {
    status: plan.status,
    version: record.version,
    documentNumber: plan.documentNumber ?? null,
    issuedOn: plan.issuedOn ?? null,
    signer: plan.signer?.name ?? null,
    timing: plan.timing ?? null,
    statusReason: plan.statusReason ?? null,
    returnComments: plan.returnComments.length,
    ...record.recorded,
  };
}

/**
 * Stores a new draft (created, or copied from last year's plan) as version 1, audited.
 *
 * @example await createDemoPlan(world, world.as('party-office'), at, newPlanDraft(id, input))
 */
export async function createDemoPlan(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  draft: Plan,
  copiedFrom: string | null = null,
): Promise<PlanRecord> {
  const plan = PlanSchema.parse(draft);
  requireOwnCommune(actor, plan.adminUnitCode, 'kế hoạch');
  const when = at.toISOString();
  const record = await insertPlan(w.db, plan, {
    event: copiedFrom ? 'copy' : 'create',
    comment: null,
    by: actor.accountId,
    at: when,
  });
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: plan.adminUnitCode,
    action: 'plan.create',
    entityType: 'plan',
    entityId: plan.id,
    after: { ...snapshot(record), title: plan.title, year: plan.year, copiedFrom },
  });
  return record;
}

interface Change {
  plan: Plan;
  recorded: RecordedPlanDates;
  comment: string | null;
  audit?: { before: Record<string, unknown>; after: Record<string, unknown> };
}

async function changeDemoPlan(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  id: string,
  action: string,
  decide: (current: PlanRecord) => Change | Promise<Change>,
): Promise<PlanRecord> {
  const before = await findPlanById(w.db, id);
  if (!before) throw new Error(`Demo: không tìm thấy kế hoạch ${id}.`);
  requireOwnCommune(actor, before.plan.adminUnitCode, 'kế hoạch');
  const step = await decide(before);
  const plan = PlanSchema.parse(step.plan);
  const when = at.toISOString();
  const saved = await savePlan(w.db, {
    plan,
    recorded: step.recorded,
    expectedVersion: before.version,
    change: { event: action, comment: step.comment, by: actor.accountId, at: when },
  });
  if (!saved.ok) throw new Error(`Demo: không lưu được kế hoạch ${id} (${saved.reason}).`);
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: plan.adminUnitCode,
    action: `plan.${action}`,
    entityType: 'plan',
    entityId: plan.id,
    before: { ...snapshot(before), ...step.audit?.before },
    after: { ...snapshot(saved.record), ...step.audit?.after },
    reason: step.comment,
  });
  return saved.record;
}

/**
 * The office edits a draft or a returned plan (`plans.update`), the changed parts audited.
 *
 * @example await editDemoPlan(world, office, at, planId, { timing: { kind: 'date', date: '2026-11-27' } })
 */
export function editDemoPlan(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  id: string,
  changes: Partial<Plan>,
): Promise<PlanRecord> {
  return changeDemoPlan(w, actor, at, id, 'update', (current) => {
    const refusal = checkPlanEditable(current.plan.status, actor.role, {
      issuerKind: current.plan.issuer.kind,
    });
    if (refusal) throw refusal;
    const plan: Plan = { ...current.plan, ...changes };
    const read = (p: Plan, key: string) => (p as Record<string, unknown>)[key] ?? null;
    const keys = Object.keys(changes).filter(
      (k) => JSON.stringify(read(current.plan, k)) !== JSON.stringify(read(plan, k)),
    );
    const pick = (p: Plan) => ({ changed: Object.fromEntries(keys.map((k) => [k, read(p, k)])) });
    return {
      plan,
      recorded: current.recorded,
      comment: null,
      audit: { before: pick(current.plan), after: pick(plan) },
    };
  });
}

interface EventStep<E extends PlanEvent> {
  payload: PlanPayloads[E];
  plan?: Partial<Plan>;
  recorded?: Partial<RecordedPlanDates>;
  comment?: string | null;
}

function fireDemoPlanEvent<E extends PlanEvent>(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  id: string,
  event: E,
  step: (current: PlanRecord) => EventStep<E> | Promise<EventStep<E>>,
): Promise<PlanRecord> {
  return changeDemoPlan(w, actor, at, id, event, async (current) => {
    const { payload, plan, recorded, comment } = await step(current);
    const result = transitionPlan(current.plan.status, event, machineActor(actor), {
      issuerKind: current.plan.issuer.kind,
      ...payload,
    });
    if (!result.ok) throw result.error;
    return {
      plan: { ...current.plan, ...plan, status: result.value.state },
      recorded: { ...current.recorded, ...recorded },
      comment: comment ?? null,
    };
  });
}

/** The lifecycle steps the demo walks its plans through, each as its API procedure does it. */
export const demoPlanEvents = {
  submit: (w: DemoWorld, actor: DemoActor, at: Date, id: string) =>
    fireDemoPlanEvent(w, actor, at, id, 'submit', (current) => ({
      payload: { missingFields: missingFieldsForSubmission(current.plan) },
    })),
  return: (w: DemoWorld, actor: DemoActor, at: Date, id: string, comment: string) =>
    fireDemoPlanEvent(w, actor, at, id, 'return', (current) => ({
      payload: { comment },
      plan: {
        returnComments: [
          ...current.plan.returnComments,
          { at: at.toISOString(), by: actor.accountId, comment },
        ],
      },
      comment,
    })),
  approve: (
    w: DemoWorld,
    actor: DemoActor,
    at: Date,
    id: string,
    input: { documentNumber: number; issuedOn: IsoDate; signer?: Signer },
  ) =>
    fireDemoPlanEvent(w, actor, at, id, 'approve', (current) => {
      const signer = input.signer ?? current.plan.signer;
      return {
        payload: { documentNumber: input.documentNumber, signer } as PlanPayloads['approve'],
        plan: { documentNumber: input.documentNumber, signer, issuedOn: input.issuedOn },
      };
    }),
  announce: (w: DemoWorld, actor: DemoActor, at: Date, id: string, noticeIssuedOn: IsoDate) =>
    fireDemoPlanEvent(w, actor, at, id, 'announce', (current) => ({
      payload: {
        dialogueDate: current.plan.timing?.kind === 'date' ? current.plan.timing.date : null,
      },
      recorded: { noticeIssuedOn },
    })),
  hold: (w: DemoWorld, actor: DemoActor, at: Date, id: string, heldOn: IsoDate) =>
    fireDemoPlanEvent(w, actor, at, id, 'hold', () => ({ payload: {}, recorded: { heldOn } })),
  conclude: (w: DemoWorld, actor: DemoActor, at: Date, id: string, conclusionIssuedOn: IsoDate) =>
    fireDemoPlanEvent(w, actor, at, id, 'conclude', () => ({
      payload: {},
      recorded: { conclusionIssuedOn },
    })),
  close: (w: DemoWorld, actor: DemoActor, at: Date, id: string) =>
    fireDemoPlanEvent(w, actor, at, id, 'close', async (current) => ({
      payload: {
        openPetitionCount: countPetitionsKeepingPlanOpen(
          await listPetitionStatusesOfPlan(w.db, current.plan.id),
        ),
      },
    })),
};
