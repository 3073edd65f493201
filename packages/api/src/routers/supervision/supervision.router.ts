import { listFindings } from '@doithoai/db';
import { readableUnits } from '../../tenancy.js';
import { FRONT, SUPERVISION_READERS } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { findingView } from '../follow-up/finding-view.js';
import { supervisionBoard } from './board.js';
import { recordFinding } from './record-finding.js';
import { supervisionReport } from './report.js';
import {
  BoardInputSchema,
  EscalateInputSchema,
  ListFindingsInputSchema,
  RecordFindingInputSchema,
  SupervisionReportInputSchema,
} from './supervision.types.js';

/**
 * Front supervision of follow-up (giám sát; seed 000 §IV.3, seed 001 §III.1, seed 004 §IV.5).
 * The Front records findings and escalates what is overdue; everyone who leads reads them.
 * Findings are a record: there is deliberately no procedure to edit or delete one.
 */
export const supervisionRouter = router({
  recordFinding: staffProcedure(FRONT)
    .input(RecordFindingInputSchema)
    .mutation(({ ctx, input }) => recordFinding(ctx, ctx.user, input)),

  /** An overdue item reported to the Party secretary (kiến nghị Bí thư Đảng ủy chỉ đạo). */
  escalate: staffProcedure(FRONT)
    .input(EscalateInputSchema)
    .mutation(({ ctx, input }) =>
      recordFinding(ctx, ctx.user, { ...input, kind: 'escalated-to-secretary' }),
    ),

  /** Findings by plan, target or kind, newest first. */
  list: staffProcedure(SUPERVISION_READERS)
    .input(ListFindingsInputSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const target = input.target;
      const findings = await listFindings(ctx.db, {
        adminUnitCodes: await readableUnits(ctx, user),
        planId: input.planId,
        kind: input.kind,
        ...(target?.kind === 'task'
          ? { targetType: 'follow-up-task', targetIds: [target.taskId] }
          : {}),
        ...(target?.kind === 'petition'
          ? { targetType: 'petition', targetIds: [target.petitionId] }
          : {}),
      });
      return findings.map(findingView);
    }),

  board: staffProcedure(SUPERVISION_READERS)
    .input(BoardInputSchema)
    .query(({ ctx, input }) => supervisionBoard(ctx, ctx.user, input)),

  /** The supervision report of a dialogue or a period: counts and the lists behind them. */
  report: staffProcedure(SUPERVISION_READERS)
    .input(SupervisionReportInputSchema)
    .query(({ ctx, input }) => supervisionReport(ctx, ctx.user, input)),
});
