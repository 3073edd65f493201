import { PETITION_READERS, SUPERVISION_READERS, planEventRoles } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { conclusionDraft } from './conclusion-draft.js';
import { deadlineBoard } from './deadline-board.js';
import { BoardInputSchema, IssueConclusionInputSchema, PlanRefSchema } from './follow-up.types.js';
import { issueConclusion } from './issue-conclusion.js';
import { taskEventProcedures } from './task-events.procedures.js';
import { taskReadProcedures } from './task-read.procedures.js';

/**
 * After the dialogue (docs/domain.md §6): the conclusion notice (`issueConclusion`, `conclusion`,
 * `conclusionDraft`), the deadline board (`deadlineBoard`), the follow-up tasks it creates (`list`,
 * `get`) and one mutation per step of a task (`start`, `reportDone`, `verify`, `reopen`, `extend`,
 * `carryOver`, `cancel`).
 */
export const followUpRouter = router({
  /**
   * The head of the issuer (Bí thư for a Party-led dialogue, Chủ tịch UBND for a government one)
   * issues the notice; the offices draft it outside this call.
   */
  issueConclusion: staffProcedure(planEventRoles('conclude'))
    .input(IssueConclusionInputSchema)
    .mutation(({ ctx, input }) => issueConclusion(ctx, ctx.user, input)),
  /**
   * The conclusion screen: the notice once issued; before that a draft from the conference
   * outcomes, the profile's deadline for the notice (rule and clause) and whether I may issue.
   */
  conclusionDraft: staffProcedure(SUPERVISION_READERS)
    .input(PlanRefSchema)
    .query(({ ctx, input }) => conclusionDraft(ctx, ctx.user, input)),
  /** Hạn xử lý: long overdue, overdue and due this week, by responsible body, each with its rule. */
  deadlineBoard: staffProcedure(PETITION_READERS)
    .input(BoardInputSchema)
    .query(({ ctx, input }) => deadlineBoard(ctx, ctx.user, input)),
  // the tasks
  list: taskReadProcedures.list,
  get: taskReadProcedures.get,
  conclusion: taskReadProcedures.conclusion,
  // one mutation per step of a task
  start: taskEventProcedures.start,
  reportDone: taskEventProcedures.reportDone,
  verify: taskEventProcedures.verify,
  reopen: taskEventProcedures.reopen,
  extend: taskEventProcedures.extend,
  carryOver: taskEventProcedures.carryOver,
  cancel: taskEventProcedures.cancel,
});
