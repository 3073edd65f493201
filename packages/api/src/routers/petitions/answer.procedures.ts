import {
  findLatestPetitionAnswer,
  insertPetitionAnswer,
  updatePetitionAnswer,
  type PetitionRecord,
} from '@doithoai/db';
import type { PetitionOutcome } from '@doithoai/domain';
import type { StaffContext } from '../../context.js';
import { DEPARTMENTS, LEADERS, WRITTEN_ANSWER_RECORDERS } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { runPetitionStep } from './petition-command.js';
import { toPetitionView } from './petition-view.js';
import {
  DraftAnswerRequestSchema,
  PetitionTargetSchema,
  RecordWrittenAnswerRequestSchema,
  SendBackAnswerRequestSchema,
} from './petitions.types.js';

async function view(ctx: StaffContext, row: PetitionRecord) {
  return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
}

/**
 * Answers (seed 002 §4.1, §4.3): the assigned department drafts, the leader approves or sends
 * back, the written answer is recorded once sent. Every draft stays in `petition_answers`.
 */
export const answerProcedures = {
  draftAnswer: staffProcedure(DEPARTMENTS)
    .input(DraftAnswerRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const now = ctx.requestTime.toISOString();
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'draft-answer',
        payload: (p) => ({
          assignedOrganisationId: p.assignedOrganisationId ?? '',
          answer: input.content,
        }),
        afterSave: async (trx, before) => {
          await insertPetitionAnswer(trx, {
            petitionId: before.id,
            // After the conference the draft is the written answer; before it, the briefing.
            stage: before.status === 'awaiting-written-answer' ? 'written' : 'before-conference',
            content: input.content,
            legalBasis: input.legalBasis ?? null,
            draftedBy: user.accountId,
            draftedAt: now,
          });
        },
      });
      return view(ctx, row);
    }),

  approveAnswer: staffProcedure(LEADERS)
    .input(PetitionTargetSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const now = ctx.requestTime.toISOString();
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'approve-answer',
        payload: () => ({}),
        afterSave: async (trx, before) => {
          const draft = await findLatestPetitionAnswer(trx, before.id, { statuses: ['drafted'] });
          if (draft)
            await updatePetitionAnswer(trx, draft.id, {
              status: 'approved',
              decidedBy: user.accountId,
              decidedAt: now,
            });
        },
      });
      return view(ctx, row);
    }),

  sendBackAnswer: staffProcedure(LEADERS)
    .input(SendBackAnswerRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const now = ctx.requestTime.toISOString();
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'send-back-answer',
        payload: (p) => ({
          comment: input.comment,
          conferenceOutcome: p.conferenceOutcome as PetitionOutcome | null,
        }),
        afterSave: async (trx, before) => {
          const answer = await findLatestPetitionAnswer(trx, before.id, {
            statuses: ['drafted', 'approved'],
            unsent: true,
          });
          if (answer)
            await updatePetitionAnswer(trx, answer.id, {
              status: 'sent-back',
              decidedBy: user.accountId,
              decidedAt: now,
              decisionComment: input.comment,
            });
        },
        reason: input.comment,
      });
      return view(ctx, row);
    }),

  /** The written answer went out (number, date); for a forwarded petition, the level's reply. */
  recordWrittenAnswer: staffProcedure(WRITTEN_ANSWER_RECORDERS)
    .input(RecordWrittenAnswerRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const now = ctx.requestTime.toISOString();
      const sentOn = input.sentOn ?? ctx.today;
      const row = await runPetitionStep(ctx, user, {
        ...input,
        event: 'record-written-answer',
        payload: (p) => ({
          answerDocument: input.documentRef,
          ...(p.assignedOrganisationId ? { assignedOrganisationId: p.assignedOrganisationId } : {}),
        }),
        patch: () => ({ answeredOn: sentOn }),
        afterSave: async (trx, before) => {
          const approved = await findLatestPetitionAnswer(trx, before.id, {
            statuses: ['approved'],
            unsent: true,
          });
          if (approved) {
            // The approved draft's legal basis stands; one typed now fills it only when missing.
            await updatePetitionAnswer(trx, approved.id, {
              sentOn: sentOn,
              documentRef: input.documentRef,
              ...(input.legalBasis && !approved.legalBasis ? { legalBasis: input.legalBasis } : {}),
            });
            return;
          }
          const answer = await insertPetitionAnswer(trx, {
            petitionId: before.id,
            stage: 'written',
            content: input.content ?? `Văn bản trả lời số ${input.documentRef}`,
            legalBasis: input.legalBasis ?? null,
            status: 'approved',
            draftedBy: user.accountId,
            draftedAt: now,
            decidedBy: user.accountId,
            decidedAt: now,
          });
          await updatePetitionAnswer(trx, answer.id, {
            sentOn: sentOn,
            documentRef: input.documentRef,
          });
        },
      });
      return view(ctx, row);
    }),
};
