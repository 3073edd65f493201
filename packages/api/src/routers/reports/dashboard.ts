import {
  countOpenTasksByBodyAndDueDate,
  countOwedAnswersByDueDate,
  countPetitionsByField,
  countPetitionsByStatus,
  countPetitionsByVillage,
  listFollowUpPlans,
} from '@doithoai/db';
import {
  computePlanSchedule,
  DEADLINE_STATE_LABELS,
  deadlineState,
  PLAN_STATUSES_AHEAD,
  withPlanDeadlineStates,
  type DeadlineState,
  labelOf,
  OWING_WRITTEN_ANSWER_STATUSES,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { scheduleInputOfFacts } from '../follow-up/follow-up-schedule.js';
import { reportUnits } from './report-scope.js';

/** How a task's deadline state counts on the dashboard. */
const BUCKET = {
  upcoming: null,
  'due-soon': 'dueSoon',
  'due-today': 'dueToday',
  overdue: 'overdue',
  'long-overdue': 'longOverdue',
  extended: null,
  'met-on-time': null,
  'met-late': null,
} as const satisfies Record<DeadlineState, string | null>;
type Bucket = 'dueSoon' | 'dueToday' | 'overdue' | 'longOverdue';

/**
 * The dashboard of one year's plans: petitions by state, field and village; the upcoming
 * dialogues with their next deadline. Open work — follow-up tasks per responsible body and the
 * written answers still owed — counts whatever year its dialogue was: a 2025 task overdue is
 * still overdue on the 2026 dashboard (issue 18). Counts are aggregate SQL (GROUP BY) scoped to the communes and the year; deadline
 * states come from the domain's `deadlineState`.
 *
 * @example await dashboard(ctx, user, { year: 2025 })
 */
export async function dashboard(
  ctx: Context,
  user: SessionUser,
  input: { year: number; adminUnitCode?: string | undefined },
) {
  const calendar = await ctx.calendar();
  const units = await reportUnits(ctx, user, input.adminUnitCode);
  const scope = { adminUnitCodes: units, year: input.year };
  const byStatus = await countPetitionsByStatus(ctx.db, scope);
  const byField = await countPetitionsByField(ctx.db, scope);
  const byVillage = await countPetitionsByVillage(ctx.db, scope);
  const taskGroups = await countOpenTasksByBodyAndDueDate(ctx.db, { adminUnitCodes: units });
  const answerGroups = await countOwedAnswersByDueDate(
    ctx.db,
    { adminUnitCodes: units },
    OWING_WRITTEN_ANSWER_STATUSES,
  );
  const bucketOf = (dueOn: string) =>
    BUCKET[deadlineState(calendar, { dueDate: dueOn }, ctx.today).state];

  const bodies = new Map<
    string,
    { organisationId: string; name: string; open: number } & Record<Bucket, number>
  >();
  for (const group of taskGroups) {
    const body = bodies.get(group.organisationId) ?? {
      organisationId: group.organisationId,
      name: group.organisationName,
      open: 0,
      dueSoon: 0,
      dueToday: 0,
      overdue: 0,
      longOverdue: 0,
    };
    body.open += group.count;
    const bucket = bucketOf(group.dueOn);
    if (bucket) body[bucket] += group.count;
    bodies.set(group.organisationId, body);
  }
  const byBody = [...bodies.values()];
  const total = (bucket: Bucket) => byBody.reduce((sum, b) => sum + b[bucket], 0);
  const owed = { open: 0, dueSoon: 0, dueToday: 0, overdue: 0, longOverdue: 0 };
  for (const group of answerGroups) {
    owed.open += group.count;
    const bucket = bucketOf(group.dueOn);
    if (bucket) owed[bucket] += group.count;
  }

  const upcoming = await listFollowUpPlans(ctx.db, {
    adminUnitCodes: units,
    year: input.year,
    statuses: PLAN_STATUSES_AHEAD,
    dialogueOnOrAfter: ctx.today,
  });
  return {
    year: input.year,
    asOf: ctx.today,
    adminUnitCodes: units,
    petitions: {
      total: byStatus.reduce((sum, s) => sum + s.count, 0),
      byStatus: byStatus.map((s) => ({
        ...s,
        label: labelOf('petitionStatus', s.status),
      })),
      byField: byField.map((f) => ({
        ...f,
        label: f.field ? labelOf('petitionField', f.field) : 'Chưa phân loại',
      })),
      byVillage,
    },
    /** Written answers owed after the dialogues, every year (the petitions' answer deadline). */
    owedAnswers: owed,
    followUp: {
      byResponsibleBody: byBody,
      dueSoon: total('dueSoon'),
      dueToday: total('dueToday'),
      overdue: total('overdue'),
      longOverdue: total('longOverdue'),
    },
    upcomingDialogues: upcoming.map((plan) => {
      const entries = withPlanDeadlineStates(
        calendar,
        computePlanSchedule(calendar, scheduleInputOfFacts(plan)),
        {
          noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
          conclusionIssuedOn: plan.conclusionIssuedOn ?? undefined,
        },
        ctx.today,
      );
      const next = entries
        .flatMap(({ dueDate, ...e }) =>
          dueDate && dueDate >= ctx.today && !e.metOn ? [{ ...e, dueDate }] : [],
        )
        .sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1))[0];
      return {
        planId: plan.id,
        adminUnitCode: plan.adminUnitCode,
        title: plan.title,
        status: plan.status,
        dialogueDate: plan.dialogueDate,
        nextDeadline: next
          ? {
              ruleId: next.ruleId,
              label: next.label,
              dueDate: next.dueDate,
              responsible: next.responsible,
              source: next.source,
              state: next.deadline?.state ?? null,
              stateLabel: next.deadline ? DEADLINE_STATE_LABELS[next.deadline.state] : null,
            }
          : null,
      };
    }),
  };
}
