import {
  findConclusionNotice,
  findFollowUpPlan,
  insertExtension,
  listFindings,
  type Database,
  type FollowUpTaskRecord,
} from '@doithoai/db';
import { domainError, ExtensionSchema } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import { fail, notFound } from '../../errors.js';
import { followUpEventRoles } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import {
  CancelTaskInputSchema,
  CarryOverTaskInputSchema,
  ExtendTaskInputSchema,
  ReopenTaskInputSchema,
  ReportDoneInputSchema,
  StartTaskInputSchema,
  VerifyTaskInputSchema,
} from './follow-up.types.js';
import {
  everyCitizenMessaged,
  notifyExtension,
} from '../../notifications/follow-up-notifications.js';
import { fireTaskEvent } from './task-change.js';

/**
 * Whether a task answers a citizen's petition — its own, or one its conclusion item names — so
 * an extension must be told to the citizen (seed 004 §II.4).
 */
async function concernsPetition(trx: Kysely<Database>, task: FollowUpTaskRecord) {
  if (task.petitionId) return true;
  if (!task.conclusionItemId) return false;
  const notice = await findConclusionNotice(trx, task.planId);
  const item = notice?.content.items.find((i) => i.id === task.conclusionItemId);
  return (item?.relatedPetitionIds.length ?? 0) > 0;
}

/** The extension as the domain's schema accepts it (dates and how the citizen was told), or BAD_REQUEST. */
function validExtension(extension: unknown): void {
  const parsed = ExtensionSchema.safeParse(extension);
  if (parsed.success) return;
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: parsed.error.issues.map((i) => i.message).join(' '),
    cause: parsed.error,
  });
}

/*
 * One mutation per step of a follow-up task. `access` lists the roles the domain could ever
 * allow for the step; `transitionFollowUp` then decides for this task (its issuer, its
 * responsible body, its state, the payload).
 */
export const taskEventProcedures = {
  start: staffProcedure(followUpEventRoles('start'))
    .input(StartTaskInputSchema)
    .mutation(({ ctx, input }) =>
      fireTaskEvent(ctx, ctx.user, input, 'start', () => ({ payload: {} })),
    ),

  /** The responsible body reports the work done; the completion date is today. */
  reportDone: staffProcedure(followUpEventRoles('report-done'))
    .input(ReportDoneInputSchema)
    .mutation(({ ctx, input }) =>
      fireTaskEvent(ctx, ctx.user, input, 'report-done', () => ({
        payload: { report: input.report ?? '' },
        changes: { report: input.report ?? null, doneOn: ctx.today },
      })),
    ),

  /** An office or leader certifies the report; never the body that did the work. */
  verify: staffProcedure(followUpEventRoles('verify'))
    .input(VerifyTaskInputSchema)
    .mutation(({ ctx, input }) =>
      fireTaskEvent(ctx, ctx.user, input, 'verify', () => ({ payload: {} })),
    ),

  /** Back to work, often on the strength of a Front finding; the completion date is cleared. */
  reopen: staffProcedure(followUpEventRoles('reopen'))
    .input(ReopenTaskInputSchema)
    .mutation(({ ctx, input }) => {
      const { user } = ctx;
      return fireTaskEvent(ctx, user, input, 'reopen', async (task, trx) => {
        if (input.findingId) {
          const [finding] = await listFindings(trx, {
            adminUnitCodes: [task.adminUnitCode],
            ids: [input.findingId],
          });
          if (!finding) notFound('kết quả giám sát', input.findingId);
        }
        const reason = input.reason ?? '';
        return {
          payload: { reason, ...(input.findingId ? { findingId: input.findingId } : {}) },
          changes: { doneOn: null, statusReason: reason },
          reason,
          audit: { findingId: input.findingId ?? null },
        };
      });
    }),

  /**
   * Gia hạn: a later date with a reason, and — for a citizen's petition — when and how the
   * citizen was told. The due date moves; the extension row keeps the previous one.
   */
  extend: staffProcedure(followUpEventRoles('extend'))
    .input(ExtendTaskInputSchema)
    .mutation(({ ctx, input }) => {
      const { user } = ctx;
      const reason = input.reason ?? '';
      return fireTaskEvent(ctx, user, input, 'extend', async (task, trx) => {
        const extension = {
          previousDueOn: task.dueOn,
          newDueOn: input.newDueOn,
          reason,
          citizenInformed: input.citizenInformed,
          informedOn: input.informedOn ?? null,
          informedHow: input.informedHow ?? null,
        };
        return {
          payload: {
            currentDueOn: task.dueOn,
            newDueOn: input.newDueOn,
            reason,
            concernsPetition: await concernsPetition(trx, task),
            citizenInformed: input.citizenInformed,
            citizenMessaged: await everyCitizenMessaged(trx, ctx, task),
          },
          validate: () =>
            validExtension({
              ...extension,
              informedOn: input.informedOn,
              informedHow: input.informedHow,
              decidedBy: user.accountId,
              decidedAt: ctx.requestTime.toISOString(),
            }),
          changes: { dueOn: input.newDueOn },
          record: async (tx) => {
            const id = await insertExtension(
              tx,
              { taskId: task.id, ...extension, decidedBy: user.accountId },
              ctx.requestTime.toISOString(),
            );
            await notifyExtension(tx, ctx, task, { id, newDueOn: input.newDueOn, reason });
          },
          reason,
          audit: { extension },
        };
      });
    }),

  /** Unfinished work moves to the next dialogue's agenda, linked to its history. */
  carryOver: staffProcedure(followUpEventRoles('carry-over'))
    .input(CarryOverTaskInputSchema)
    .mutation(({ ctx, input }) =>
      fireTaskEvent(ctx, ctx.user, input, 'carry-over', async (task, trx) => {
        if (input.nextPlanId) {
          const next = await findFollowUpPlan(trx, input.nextPlanId);
          if (!next || next.adminUnitCode !== task.adminUnitCode)
            notFound('kế hoạch đối thoại kỳ sau', input.nextPlanId);
          // The plan exists: naming the task's own plan is a wrong choice, not a missing plan.
          if (next.id === task.planId)
            fail(
              domainError('NEXT_PLAN_IS_CURRENT', {
                planId: next.id,
                currentDialogue: 'kỳ đối thoại đã giao nhiệm vụ',
              }),
            );
        }
        const reason = input.reason ?? '';
        return {
          payload: { reason, nextPlanId: input.nextPlanId ?? '' },
          changes: { nextPlanId: input.nextPlanId ?? null, statusReason: reason },
          reason,
        };
      }),
    ),

  cancel: staffProcedure(followUpEventRoles('cancel'))
    .input(CancelTaskInputSchema)
    .mutation(({ ctx, input }) => {
      const reason = input.reason ?? '';
      return fireTaskEvent(ctx, ctx.user, input, 'cancel', () => ({
        payload: { reason },
        changes: { statusReason: reason },
        reason,
      }));
    }),
};
