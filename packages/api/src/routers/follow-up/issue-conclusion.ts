import {
  appendAudit,
  findConclusionNotice,
  findFollowUpPetitions,
  findFollowUpPlan,
  findOrganisationsOfUnit,
  findFollowUpTask,
  insertConclusionNotice,
  insertFollowUpTask,
  markPlanConcluded,
  newId,
  type ConclusionNoticeItem,
  type Database,
  type FollowUpPlanFacts,
} from '@doithoai/db';
import {
  conclusionIssueRefusal,
  conclusionItemDeadline,
  conclusionTimeliness,
  domainError,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound, staleVersion } from '../../errors.js';
import { assertWritable } from '../../tenancy.js';
import type { IssueConclusionInput } from './follow-up.types.js';
import { noticeView, type NoticeView } from './notice-view.js';
import { conclusionPermission } from './conclusion-permission.js';
import { assertNoticeConventions } from './notice-conventions.js';
import { noticeReference, scheduleInputOfFacts } from './follow-up-schedule.js';
import { taskSnapshot, taskView, type TaskView } from './task-view.js';
import { TASK_NOUN } from './task-load.js';

import { notifyConclusionPublished } from '../../notifications/follow-up-notifications.js';

const PLAN = 'kế hoạch';

/** The commune's bodies and the plan's petitions the notice names, or NOT_FOUND. */
async function loadReferences(
  trx: Kysely<Database>,
  plan: FollowUpPlanFacts,
  input: IssueConclusionInput,
) {
  const organisationIds = [...new Set(input.items.map((i) => i.responsibleOrganisationId))];
  const organisations = await findOrganisationsOfUnit(trx, plan.adminUnitCode, organisationIds);
  for (const id of organisationIds)
    if (!organisations.some((o) => o.id === id)) notFound('cơ quan được giao', id);
  const petitionIds = [...new Set(input.items.flatMap((i) => i.relatedPetitionIds))];
  const petitions = await findFollowUpPetitions(trx, petitionIds);
  for (const id of petitionIds)
    if (!petitions.some((p) => p.id === id && p.planId === plan.id)) notFound('kiến nghị', id);
  return { petitions };
}

/**
 * Issues the conclusion notice of a held dialogue (Thông báo kết luận, seed 004 §II.4): one
 * follow-up task per assignment, due on the date the notice writes or else by the profile's
 * written-answer rule; the plan is marked concluded on the notice's date; whether the notice met
 * the profile's `conclusion-notice` deadline is returned. One transaction, with audit rows.
 *
 * @example await issueConclusion(ctx, user, { planId, expectedVersion: 5, documentSymbol: 'TB-UBND', position, items })
 */
export async function issueConclusion(
  ctx: Context,
  user: SessionUser,
  input: IssueConclusionInput,
): Promise<{ notice: NoticeView; tasks: TaskView[] }> {
  // Before the transaction: on SQLite the transaction holds the only connection.
  const calendar: WorkingCalendar = await ctx.calendar();
  const at = ctx.requestTime.toISOString();
  const issuedOn = input.issuedOn ?? ctx.today;
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await findFollowUpPlan(trx, input.planId);
    if (!plan) notFound(PLAN, input.planId);
    assertWritable(user, plan.adminUnitCode, PLAN, plan.id);
    const existing = await findConclusionNotice(trx, plan.id);
    if (existing) {
      fail(
        domainError('CONCLUSION_ALREADY_ISSUED', {
          noticeId: existing.id,
          noticeReference: noticeReference(plan, existing),
        }),
      );
    }
    const refused = conclusionPermission(plan, user);
    if (refused) fail(refused);
    if (plan.version !== input.expectedVersion) staleVersion('Kế hoạch');
    assertNoticeConventions(plan, input);
    const heldOn = plan.heldOn ?? plan.dialogueDate ?? issuedOn;
    const refusal = conclusionIssueRefusal({
      heldOn,
      issuedOn,
      today: ctx.today,
      itemDueDates: input.items.map((i) => i.dueOn),
    });
    if (refusal) fail(refusal);
    const { petitions } = await loadReferences(trx, plan, input);
    const reference = noticeReference(plan, {
      documentNumber: input.documentNumber ?? null,
      documentSymbol: input.documentSymbol,
      issuedOn,
    });

    const items: ConclusionNoticeItem[] = [];
    for (const item of input.items) {
      const deadline = conclusionItemDeadline(calendar, {
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
        trx,
        {
          adminUnitCode: plan.adminUnitCode,
          planId: plan.id,
          // A task answering one petition is that petition's follow-up; several stay on the item.
          petitionId:
            item.relatedPetitionIds.length === 1 ? (item.relatedPetitionIds[0] ?? null) : null,
          conclusionItemId: id,
          content: item.content,
          responsibleOrganisationId: item.responsibleOrganisationId,
          ruleId: deadline.ruleId,
          dueOn: deadline.dueOn,
          createdBy: user.accountId,
        },
        at,
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
      documentNumber: input.documentNumber ?? null,
      documentSymbol: input.documentSymbol,
      issuedOn,
      content: {
        position: input.position,
        signer: input.signer ?? null,
        publishedVia: input.publishedVia,
        ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
        items,
      },
      createdBy: user.accountId,
    };
    const noticeId = await insertConclusionNotice(trx, notice, at);
    // A plan concluded earlier by `plans.conclude` only gains its notice date: the history and
    // the audit say so instead of recording a second conclusion.
    const concludedBefore = plan.status === 'concluded';
    const marked = await markPlanConcluded(trx, {
      planId: plan.id,
      expectedVersion: input.expectedVersion,
      issuedOn,
      by: user.accountId,
      at,
      comment: reference,
      event: concludedBefore ? 'conclusion-notice' : 'conclude',
    });
    if (!marked) staleVersion('Kế hoạch');

    const actor = { accountId: user.accountId, role: user.role };
    const timeliness = conclusionTimeliness(
      calendar,
      scheduleInputOfFacts({ ...plan, conclusionIssuedOn: issuedOn }),
      issuedOn,
    );
    await appendAudit(trx, {
      at,
      actor,
      adminUnitCode: plan.adminUnitCode,
      action: concludedBefore ? 'plan.conclusion-notice' : 'plan.conclude',
      entityType: 'plan',
      entityId: plan.id,
      before: {
        status: plan.status,
        version: plan.version,
        conclusionIssuedOn: plan.conclusionIssuedOn,
      },
      after: { status: 'concluded', version: plan.version + 1, conclusionIssuedOn: issuedOn },
      reason: reference,
    });
    await appendAudit(trx, {
      at,
      actor,
      adminUnitCode: plan.adminUnitCode,
      action: 'conclusion.issue',
      entityType: 'conclusion-notice',
      entityId: noticeId,
      after: { ...notice, timeliness: timeliness?.status.state ?? null },
    });
    const tasks: TaskView[] = [];
    for (const item of items) {
      const task = (await findFollowUpTask(trx, item.taskId)) ?? notFound(TASK_NOUN, item.taskId);
      await appendAudit(trx, {
        at,
        actor,
        adminUnitCode: plan.adminUnitCode,
        action: 'follow-up.create',
        entityType: 'follow-up-task',
        entityId: task.id,
        after: taskSnapshot(task),
        reason: reference,
      });
      tasks.push(taskView(calendar, task, ctx.today));
    }
    await notifyConclusionPublished(trx, ctx, plan, noticeId);
    const organisations = await findOrganisationsOfUnit(
      trx,
      plan.adminUnitCode,
      items.map((i) => i.responsibleOrganisationId),
    );
    return {
      notice: noticeView(calendar, plan, { id: noticeId, createdAt: at, ...notice }, organisations),
      tasks,
    };
  });
}
