import {
  appendAudit,
  findConclusionNotice,
  findFollowUpPetitions,
  findFollowUpPlan,
  findFollowUpTask,
  findOrganisationsOfUnit,
  insertConclusionNotice,
  insertFollowUpTask,
  markPlanConcluded,
  newId,
  type ConclusionNoticeItem,
  type FollowUpPlanFacts,
} from '@doithoai/db';
import {
  checkPlanConventions,
  conclusionIssueRefusal,
  conclusionItemDeadline,
  conclusionTimeliness,
  formatDocumentNumber,
  formatVietnameseDate,
  planScheduleInput,
  transitionPlan,
  vietnamDateAt,
  type IsoDate,
  type PublicationChannel,
  type Signer,
} from '@doithoai/domain';
import { z } from 'zod';
import { taskSnapshot } from './demo-follow-up-steps.js';
import {
  auditActor,
  machineActor,
  requireOwnCommune,
  type DemoActor,
  type DemoWorld,
} from './demo-world.js';

// `followUp.issueConclusion` on the repository and domain functions it calls: the notice, one
// follow-up task per assignment (due on the date the notice writes, else by the profile's
// written-answer rule), the plan marked concluded, audit rows for all of it.

export interface DemoConclusionInput {
  planId: string;
  documentNumber: number;
  documentSymbol: string;
  issuedOn: IsoDate;
  position: string;
  signer?: Signer;
  publishedVia: PublicationChannel[];
  publishedOn?: IsoDate;
  items: {
    content: string;
    responsibleOrganisationId: string;
    dueOn?: IsoDate;
    relatedPetitionIds: string[];
  }[];
}

/** "Thông báo kết luận số 15-TB/ĐU ngày 17/12/2025", as the API cites a notice. */
function noticeReference(plan: FollowUpPlanFacts, input: DemoConclusionInput): string {
  const number = formatDocumentNumber({
    number: input.documentNumber,
    symbol: input.documentSymbol,
    issuerKind: plan.issuerKind,
  });
  return `Thông báo kết luận số ${number} ngày ${formatVietnameseDate(input.issuedOn)}`;
}

/** The notice follows its issuer's conventions (the domain's `checkPlanConventions`). */
function checkNoticeConventions(plan: FollowUpPlanFacts, input: DemoConclusionInput): void {
  z.unknown()
    .superRefine((_, ctx) =>
      checkPlanConventions(
        {
          issuer: {
            kind: plan.issuerKind,
            name: 'cơ quan ban hành',
            adminUnitCode: plan.adminUnitCode,
          },
          documentSymbol: input.documentSymbol,
          signer: input.signer,
        },
        ctx,
      ),
    )
    .parse(input);
}

/**
 * Issues the conclusion notice of a held dialogue with its follow-up tasks.
 *
 * @example const { taskIds } = await issueDemoConclusion(world, secretary, at, { planId, documentNumber: 15, documentSymbol: 'TB/ĐU', … })
 */
export async function issueDemoConclusion(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  input: DemoConclusionInput,
): Promise<{ noticeId: string; taskIds: string[] }> {
  const when = at.toISOString();
  const plan = await findFollowUpPlan(w.db, input.planId);
  if (!plan) throw new Error(`Demo: không tìm thấy kế hoạch ${input.planId}.`);
  requireOwnCommune(actor, plan.adminUnitCode, 'kế hoạch');
  if (await findConclusionNotice(w.db, plan.id))
    throw new Error('Kế hoạch này đã có Thông báo kết luận.');
  const allowed = transitionPlan(plan.status, 'conclude', machineActor(actor), {
    issuerKind: plan.issuerKind,
  });
  if (!allowed.ok) throw allowed.error;
  checkNoticeConventions(plan, input);
  const heldOn = plan.heldOn ?? plan.dialogueDate ?? input.issuedOn;
  const refusal = conclusionIssueRefusal({
    heldOn,
    issuedOn: input.issuedOn,
    today: vietnamDateAt(at),
    itemDueDates: input.items.map((i) => i.dueOn),
  });
  if (refusal) throw refusal;
  const bodies = [...new Set(input.items.map((i) => i.responsibleOrganisationId))];
  if ((await findOrganisationsOfUnit(w.db, plan.adminUnitCode, bodies)).length !== bodies.length)
    throw new Error('Demo: cơ quan được giao không thuộc xã.');
  const petitions = await findFollowUpPetitions(w.db, [
    ...new Set(input.items.flatMap((i) => i.relatedPetitionIds)),
  ]);
  if (petitions.some((p) => p.planId !== plan.id)) throw new Error('Demo: kiến nghị của kỳ khác.');
  const reference = noticeReference(plan, input);

  const items: ConclusionNoticeItem[] = [];
  for (const item of input.items) {
    const deadline = conclusionItemDeadline(w.clock.calendar, {
      profileId: plan.regulationProfileId,
      dialogueDate: heldOn,
      overrides: plan.scheduleOverrides,
      givenDueOn: item.dueOn,
      relatedComplexities: petitions
        .filter((p) => item.relatedPetitionIds.includes(p.id))
        .map((p) => p.complexity),
      noticeReference: reference,
    });
    const id = newId();
    const taskId = await insertFollowUpTask(
      w.db,
      {
        adminUnitCode: plan.adminUnitCode,
        planId: plan.id,
        petitionId: item.relatedPetitionIds.length === 1 ? item.relatedPetitionIds[0]! : null,
        conclusionItemId: id,
        content: item.content,
        responsibleOrganisationId: item.responsibleOrganisationId,
        ruleId: deadline.ruleId,
        dueOn: deadline.dueOn,
        createdBy: actor.accountId,
      },
      when,
    );
    items.push({
      id,
      content: item.content,
      responsibleOrganisationId: item.responsibleOrganisationId,
      dueOn: deadline.dueOn,
      dueOnGiven: item.dueOn !== undefined,
      ruleId: deadline.ruleId,
      source: deadline.source,
      explanation: deadline.explanation,
      relatedPetitionIds: item.relatedPetitionIds,
      taskId,
    });
  }
  const notice = {
    planId: plan.id,
    adminUnitCode: plan.adminUnitCode,
    documentNumber: input.documentNumber,
    documentSymbol: input.documentSymbol,
    issuedOn: input.issuedOn,
    content: {
      position: input.position,
      signer: input.signer ?? null,
      publishedVia: input.publishedVia,
      ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
      items,
    },
    createdBy: actor.accountId,
  };
  const noticeId = await insertConclusionNotice(w.db, notice, when);
  const marked = await markPlanConcluded(w.db, {
    planId: plan.id,
    expectedVersion: plan.version,
    issuedOn: input.issuedOn,
    by: actor.accountId,
    at: when,
    comment: reference,
  });
  if (!marked) throw new Error('Demo: kế hoạch đã bị thay đổi.');
  const timeliness = conclusionTimeliness(
    w.clock.calendar,
    planScheduleInput(
      {
        regulationProfileId: plan.regulationProfileId,
        timing: plan.timing ?? undefined,
        scheduleOverrides: plan.scheduleOverrides,
        issuedOn: plan.issuedOn ?? undefined,
      },
      {
        issuedOn: plan.issuedOn ?? undefined,
        noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
        heldOn,
        conclusionIssuedOn: input.issuedOn,
      },
    ),
    input.issuedOn,
  );
  const audit = { at: when, actor: auditActor(actor), adminUnitCode: plan.adminUnitCode };
  await appendAudit(w.db, {
    ...audit,
    action: 'plan.conclude',
    entityType: 'plan',
    entityId: plan.id,
    before: {
      status: plan.status,
      version: plan.version,
      conclusionIssuedOn: plan.conclusionIssuedOn,
    },
    after: { status: 'concluded', version: plan.version + 1, conclusionIssuedOn: input.issuedOn },
    reason: reference,
  });
  await appendAudit(w.db, {
    ...audit,
    action: 'conclusion.issue',
    entityType: 'conclusion-notice',
    entityId: noticeId,
    after: { ...notice, timeliness: timeliness?.status.state ?? null },
  });
  for (const item of items) {
    const task = (await findFollowUpTask(w.db, item.taskId))!;
    await appendAudit(w.db, {
      ...audit,
      action: 'follow-up.create',
      entityType: 'follow-up-task',
      entityId: task.id,
      after: taskSnapshot(task),
      reason: reference,
    });
  }
  return { noticeId, taskIds: items.map((i) => i.taskId) };
}
