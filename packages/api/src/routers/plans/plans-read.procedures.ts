import {
  findConference,
  findLastPlanOfIssuer,
  findPlanVersionContent,
  listPlans,
  listPlanVersions,
} from '@doithoai/db';
import {
  availablePlanEvents,
  checkPlanEditable,
  computePlanSchedule,
  formatDocumentNumber,
  missingFieldsForSubmission,
  planDocumentAvailability,
  withPlanDeadlineStates,
} from '@doithoai/domain';
import { notFound } from '../../errors.js';
import { readableUnits } from '../../tenancy.js';
import { ALL_STAFF, OFFICES } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import {
  LastPlanOfIssuerInputSchema,
  ListPlansInputSchema,
  PlanRefSchema,
  PlanScheduleInputSchema,
  PlanVersionRefSchema,
} from './plans.types.js';
import { loadReadablePlan, PLAN_NOUN } from './plans-load.js';
import { planView, recordedEvents, scheduleInputOf } from './plans-view.js';

/** The read side of `plans`: the list, one plan with everything a screen needs, its schedule. */
export const planReadProcedures = {
  list: staffProcedure(ALL_STAFF)
    .input(ListPlansInputSchema)
    .query(async ({ ctx, input = {} }) => {
      const { user } = ctx;
      const units = await readableUnits(ctx, user);
      const { adminUnitCode, status, ...filter } = input;
      const plans = await listPlans(ctx.db, {
        ...filter,
        adminUnitCodes: adminUnitCode ? units.filter((u) => u === adminUnitCode) : units,
        statuses: status === undefined ? undefined : [status].flat(),
      });
      return plans.map((plan) => ({
        ...plan,
        numberAndSymbol:
          plan.documentNumber === null
            ? null
            : formatDocumentNumber({
                number: plan.documentNumber,
                symbol: plan.documentSymbol,
                issuerKind: plan.issuerKind,
              }),
      }));
    }),

  get: staffProcedure(ALL_STAFF)
    .input(PlanRefSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const record = await loadReadablePlan(ctx, user, input.id);
      const { plan } = record;
      const scope = { issuerKind: plan.issuer.kind };
      const calendar = await ctx.calendar();
      const conference = await findConference(ctx.db, plan.id);
      return {
        ...planView(record),
        schedule: computePlanSchedule(calendar, scheduleInputOf(record)),
        // Which documents have content yet, and why not (issue 18): the pages offer only these.
        documents: planDocumentAvailability({
          status: plan.status,
          approved: plan.documentNumber !== undefined,
          conferenceStarted: Boolean(conference?.startedAt),
          conclusionIssued: Boolean(record.recorded.conclusionIssuedOn),
        }),
        history: await listPlanVersions(ctx.db, plan.id),
        availableEvents: availablePlanEvents(plan.status, user.role, scope),
        canEdit: checkPlanEditable(plan.status, user.role, scope) === null,
        missingForSubmission: missingFieldsForSubmission(plan),
      };
    }),

  /** One version's text as it stood (e.g. the draft the secretary returned). */
  version: staffProcedure(ALL_STAFF)
    .input(PlanVersionRefSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      await loadReadablePlan(ctx, user, input.id);
      const content = await findPlanVersionContent(ctx.db, input.id, input.version);
      if (!content) notFound(`phiên bản ${input.version} của ${PLAN_NOUN}`, input.id);
      return { version: input.version, content };
    }),

  /** Every deadline of the plan with its state as of `asOf` (default: today in Vietnam). */
  schedule: staffProcedure(ALL_STAFF)
    .input(PlanScheduleInputSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const record = await loadReadablePlan(ctx, user, input.id);
      const calendar = await ctx.calendar();
      const asOf = input.asOf ?? ctx.today;
      const schedule = computePlanSchedule(calendar, scheduleInputOf(record));
      return {
        asOf,
        entries: withPlanDeadlineStates(calendar, schedule, recordedEvents(record), asOf),
      };
    }),

  /** The issuer's latest plan in the caller's commune: what "copy last year's plan" offers. */
  lastOfIssuer: staffProcedure(OFFICES)
    .input(LastPlanOfIssuerInputSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const record = await findLastPlanOfIssuer(ctx.db, {
        ...input,
        adminUnitCode: user.adminUnitCode,
      });
      return record ? planView(record) : null;
    }),
};
