import {
  findConclusionNotice,
  findFollowUpPlan,
  findOrganisationsOfUnit,
  listAuditForEntity,
  listExtensions,
  listFindings,
  listFollowUpTasks,
} from '@doithoai/db';
import { availableFollowUpEvents } from '@doithoai/domain';
import { notFound } from '../../errors.js';
import { assertReadable, readableUnits } from '../../tenancy.js';
import { PETITION_READERS, SUPERVISION_READERS } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { ListTasksInputSchema, PlanRefSchema, TaskRefSchema } from './follow-up.types.js';
import { dateSources } from './date-source.js';
import { findingView } from './finding-view.js';
import { noticeView } from './notice-view.js';
import { loadReadableTask } from './task-load.js';
import { taskView } from './task-view.js';

export const taskReadProcedures = {
  /**
   * Tasks by plan, year, responsible body, state and deadline state (computed with the domain's
   * `deadlineState`). A department sees its own tasks only.
   */
  list: staffProcedure(PETITION_READERS)
    .input(ListTasksInputSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const calendar = await ctx.calendar();
      let body = input.responsibleOrganisationId;
      if (user.role === 'department') {
        if (!user.organisationId || (body && body !== user.organisationId)) return [];
        body = user.organisationId;
      }
      const tasks = await listFollowUpTasks(ctx.db, {
        adminUnitCodes: await readableUnits(ctx, user),
        planIds: input.planId ? [input.planId] : undefined,
        year: input.year,
        responsibleOrganisationId: body,
        statuses: input.statuses,
      });
      // Each row says where its date comes from (the rule and its clause, or the notice).
      const sources = new Map<string, ReturnType<typeof dateSources>>();
      for (const planId of new Set(tasks.map((t) => t.planId))) {
        const plan = await findFollowUpPlan(ctx.db, planId);
        if (plan)
          sources.set(
            planId,
            dateSources(calendar, plan, await findConclusionNotice(ctx.db, planId)),
          );
      }
      const views = tasks.map((task) => ({
        ...taskView(calendar, task, ctx.today),
        dateSource: sources.get(task.planId)?.ofTask(task) ?? null,
      }));
      const wanted = input.deadlineStates;
      return wanted ? views.filter((v) => v.deadline && wanted.includes(v.deadline.state)) : views;
    }),

  /** One task with its extensions, the Front's findings, its audit trail and the caller's buttons. */
  get: staffProcedure(PETITION_READERS)
    .input(TaskRefSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const calendar = await ctx.calendar();
      const task = await loadReadableTask(ctx, user, input.id);
      const plan =
        (await findFollowUpPlan(ctx.db, task.planId)) ?? notFound('kế hoạch', task.planId);
      const notice = await findConclusionNotice(ctx.db, task.planId);
      const seesFindings = (SUPERVISION_READERS as readonly string[]).includes(user.role);
      const findings = seesFindings
        ? await listFindings(ctx.db, {
            adminUnitCodes: [task.adminUnitCode],
            targetType: 'follow-up-task',
            targetIds: [task.id],
          })
        : null;
      const audit = await listAuditForEntity(ctx.db, 'follow-up-task', task.id);
      return {
        task: taskView(calendar, task, ctx.today),
        dateSource: dateSources(calendar, plan, notice).ofTask(task),
        extensions: await listExtensions(ctx.db, [task.id]),
        findings: findings?.map(findingView) ?? null,
        audit: audit.map((row) => ({
          at: row.at,
          action: row.action,
          actorAccountId: row.actorAccountId,
          actorRole: row.actorRole,
          before: row.before,
          after: row.after,
          reason: row.reason,
        })),
        availableEvents: availableFollowUpEvents(task.status, user.role, {
          issuerKind: task.issuerKind,
          responsibleOrganisationId: task.responsibleOrganisation.id,
        }),
      };
    }),

  /** The plan's conclusion notice, with whether it met its deadline; null before it is issued. */
  conclusion: staffProcedure(PETITION_READERS)
    .input(PlanRefSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const plan = await findFollowUpPlan(ctx.db, input.planId);
      if (!plan) notFound('kế hoạch', input.planId);
      await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
      const notice = await findConclusionNotice(ctx.db, plan.id);
      if (!notice) return null;
      const organisations = await findOrganisationsOfUnit(
        ctx.db,
        plan.adminUnitCode,
        notice.content.items.map((i) => i.responsibleOrganisationId),
      );
      return noticeView(await ctx.calendar(), plan, notice, organisations);
    }),
};
