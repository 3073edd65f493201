import { listPetitionStatusesOfPlan } from '@doithoai/db';
import {
  computePlanSchedule,
  countPetitionsKeepingPlanOpen,
  diffSchedules,
  missingFieldsForSubmission,
  type PlanPayloads,
  type PlanTiming,
} from '@doithoai/domain';
import { planEventRoles } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import {
  AnnouncePlanInputSchema,
  ApprovePlanInputSchema,
  ClosePlanInputSchema,
  ConcludePlanInputSchema,
  HoldPlanInputSchema,
  ReasonInputSchema,
  ReschedulePlanInputSchema,
  ReturnPlanInputSchema,
  SubmitPlanInputSchema,
} from './plans.types.js';
import { firePlanEvent } from './plans-change.js';
import { planView, scheduleInputOf } from './plans-view.js';
import { notifyPlanSubmitted } from '../../notifications/plan-notifications.js';

/*
 * One mutation per lifecycle step. `access` lists the roles the domain could ever allow for
 * the step; `transitionPlan` then decides for this plan (its issuer, its state, the payload).
 * Texts and numbers the domain requires are passed as the caller sent them, possibly missing:
 * the domain's guards read payloads defensively and refuse in Vietnamese.
 */

export const planEventProcedures = {
  submit: staffProcedure(planEventRoles('submit'))
    .input(SubmitPlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(
        ctx,
        ctx.user,
        input,
        'submit',
        async (current, trx) => {
          // Written in the submission's transaction; a refused submission rolls it back.
          await notifyPlanSubmitted(trx, ctx, current.plan, current.version + 1);
          return { payload: { missingFields: missingFieldsForSubmission(current.plan) } };
        },
      );
      return planView(after);
    }),

  return: staffProcedure(planEventRoles('return'))
    .input(ReturnPlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const comment = input.comment ?? '';
      const { after } = await firePlanEvent(ctx, user, input, 'return', (current) => ({
        payload: { comment },
        plan: {
          returnComments: [
            ...current.plan.returnComments,
            { at: ctx.requestTime.toISOString(), by: user.accountId, comment },
          ],
        },
        comment,
      }));
      return planView(after);
    }),

  approve: staffProcedure(planEventRoles('approve'))
    .input(ApprovePlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'approve', (current) => {
        const signer = input.signer ?? current.plan.signer;
        return {
          payload: { documentNumber: input.documentNumber, signer } as PlanPayloads['approve'],
          plan: {
            documentNumber: input.documentNumber,
            signer,
            issuedOn: input.issuedOn ?? ctx.today,
          },
        };
      });
      return planView(after);
    }),

  announce: staffProcedure(planEventRoles('announce'))
    .input(AnnouncePlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'announce', (current) => ({
        payload: {
          dialogueDate: current.plan.timing?.kind === 'date' ? current.plan.timing.date : null,
        },
        recorded: { noticeIssuedOn: input.noticeIssuedOn ?? ctx.today },
      }));
      return planView(after);
    }),

  postpone: staffProcedure(planEventRoles('postpone'))
    .input(ReasonInputSchema)
    .mutation(async ({ ctx, input }) => {
      const reason = input.reason ?? '';
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'postpone', () => ({
        payload: { reason },
        plan: { statusReason: reason },
        comment: reason,
      }));
      return planView(after);
    }),

  /** A new date for a postponed plan: back to approved, every deadline recomputed; returns what moved. */
  reschedule: staffProcedure(planEventRoles('reschedule'))
    .input(ReschedulePlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      // Before the transaction: on SQLite the transaction holds the only connection.
      const calendar = await ctx.calendar();
      const reason = input.reason ?? '';
      const { before, after } = await firePlanEvent(
        ctx,
        ctx.user,
        input,
        'reschedule',
        (current) => {
          const previous = current.plan.timing;
          const timing: PlanTiming = {
            kind: 'date',
            date: input.newDialogueDate ?? '',
            ...(previous?.kind === 'date' && previous.startTime
              ? { startTime: previous.startTime }
              : {}),
          };
          return {
            payload: {
              newDialogueDate: input.newDialogueDate,
              reason,
            } as PlanPayloads['reschedule'],
            plan: { timing, statusReason: undefined },
            // The new date needs a new notice (seeds 002, 004: ≥ 7 working days before it).
            recorded: { noticeIssuedOn: null },
            comment: reason,
          };
        },
      );
      return {
        ...planView(after),
        changes: diffSchedules(
          computePlanSchedule(calendar, scheduleInputOf(before)),
          computePlanSchedule(calendar, scheduleInputOf(after)),
        ),
      };
    }),

  hold: staffProcedure(planEventRoles('hold'))
    .input(HoldPlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'hold', () => ({
        payload: {},
        recorded: { heldOn: input.heldOn ?? ctx.today },
      }));
      return planView(after);
    }),

  conclude: staffProcedure(planEventRoles('conclude'))
    .input(ConcludePlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'conclude', () => ({
        payload: {},
        recorded: { conclusionIssuedOn: input.conclusionIssuedOn ?? ctx.today },
      }));
      return planView(after);
    }),

  close: staffProcedure(planEventRoles('close'))
    .input(ClosePlanInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { after } = await firePlanEvent(
        ctx,
        ctx.user,
        input,
        'close',
        async (current, trx) => ({
          payload: {
            openPetitionCount: countPetitionsKeepingPlanOpen(
              await listPetitionStatusesOfPlan(trx, current.plan.id),
            ),
          },
        }),
      );
      return planView(after);
    }),

  cancel: staffProcedure(planEventRoles('cancel'))
    .input(ReasonInputSchema)
    .mutation(async ({ ctx, input }) => {
      const reason = input.reason ?? '';
      const { after } = await firePlanEvent(ctx, ctx.user, input, 'cancel', () => ({
        payload: { reason },
        plan: { statusReason: reason },
        comment: reason,
      }));
      return planView(after);
    }),
};
