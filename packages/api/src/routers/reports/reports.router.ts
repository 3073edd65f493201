import { ALL_STAFF, REPORT_READERS, SUPERVISION_READERS } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { dashboard } from './dashboard.js';
import { monthlyProgress } from './monthly-progress.js';
import { periodicReport } from './periodic.js';
import { petitionRegister } from './register.js';
import {
  DashboardInputSchema,
  MonthlyProgressInputSchema,
  PeriodicInputSchema,
  RegisterInputSchema,
} from './reports.types.js';

/**
 * Dashboards and reports computed from the records (docs/domain.md §8: "never typed twice").
 */
export const reportsRouter = router({
  dashboard: staffProcedure(ALL_STAFF)
    .input(DashboardInputSchema)
    .query(({ ctx, input }) => dashboard(ctx, ctx.user, input)),

  /** The petition register: personal data, read in the commune only; each call is logged. */
  register: staffProcedure(SUPERVISION_READERS)
    .input(RegisterInputSchema)
    .query(({ ctx, input }) => petitionRegister(ctx, ctx.user, input)),

  /** Seed 004's monthly progress report of one plan. */
  monthlyProgress: staffProcedure(REPORT_READERS)
    .input(MonthlyProgressInputSchema)
    .query(({ ctx, input }) => monthlyProgress(ctx, ctx.user, input)),

  /** The Party's periodic report on dialogue work (QĐ 11-QĐi/TW). */
  periodic: staffProcedure(REPORT_READERS)
    .input(PeriodicInputSchema)
    .query(({ ctx, input }) => periodicReport(ctx, ctx.user, input)),
});
