import { procedure, requireUser, router } from '../trpc.js';
import { CONCLUSION_ISSUERS } from './follow-up/follow-up-access.js';
import { IssueConclusionInputSchema } from './follow-up/follow-up.types.js';
import { issueConclusion } from './follow-up/issue-conclusion.js';
import { taskEventProcedures } from './follow-up/task-events.procedures.js';
import { taskReadProcedures } from './follow-up/task-read.procedures.js';

/**
 * After the dialogue (DOMAIN.md §6): the conclusion notice (`issueConclusion`, `conclusion`),
 * the follow-up tasks it creates (`list`, `get`) and one mutation per step of a task (`start`,
 * `reportDone`, `verify`, `reopen`, `extend`, `carryOver`, `cancel`).
 */
export const followUpRouter = router({
  /**
   * The head of the issuer (Bí thư for a Party-led dialogue, Chủ tịch UBND for a government one)
   * issues the notice; the offices draft it outside this call.
   */
  issueConclusion: procedure
    .meta({ access: CONCLUSION_ISSUERS })
    .input(IssueConclusionInputSchema)
    .mutation(({ ctx, input }) => issueConclusion(ctx, requireUser(ctx), input)),
  ...taskReadProcedures,
  ...taskEventProcedures,
});
