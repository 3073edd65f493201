import { ROLES, type Role } from '@doithoai/domain';
import { procedure, requireUser, router } from '../../trpc.js';
import { SUPERVISION_READERS } from '../follow-up/follow-up-access.js';
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
 * Who reads the dashboard: every role working in a commune, and the province's viewers across
 * its communes. A citizen follows a petition by its tracking code; the administrator manages
 * accounts, not dialogues.
 */
const DASHBOARD_READERS: Role[] = ROLES.filter((role) => role !== 'citizen' && role !== 'admin');

/** Reports sent upward are read by the commune's leaders and offices, the Front and the province. */
const REPORT_READERS = [
  ...SUPERVISION_READERS,
  'province-viewer',
] as const satisfies readonly Role[];

/**
 * Dashboards and reports computed from the records (DOMAIN.md §8: "never typed twice").
 */
export const reportsRouter = router({
  dashboard: procedure
    .meta({ access: DASHBOARD_READERS })
    .input(DashboardInputSchema)
    .query(({ ctx, input }) => dashboard(ctx, requireUser(ctx), input)),

  /** The petition register: personal data, read in the commune only; each call is logged. */
  register: procedure
    .meta({ access: SUPERVISION_READERS })
    .input(RegisterInputSchema)
    .query(({ ctx, input }) => petitionRegister(ctx, requireUser(ctx), input)),

  /** Seed 004's monthly progress report of one plan. */
  monthlyProgress: procedure
    .meta({ access: REPORT_READERS })
    .input(MonthlyProgressInputSchema)
    .query(({ ctx, input }) => monthlyProgress(ctx, requireUser(ctx), input)),

  /** The Party's periodic report on dialogue work (QĐ 11-QĐi/TW). */
  periodic: procedure
    .meta({ access: REPORT_READERS })
    .input(PeriodicInputSchema)
    .query(({ ctx, input }) => periodicReport(ctx, requireUser(ctx), input)),
});
