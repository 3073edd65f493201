import { findFollowUpPlan, listFollowUpPetitions } from '@doithoai/db';
import { domainError, reportingPeriodRange } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound } from '../../errors.js';
import { assertReadable } from '../../tenancy.js';
import { deadlineView } from '../follow-up/task-view.js';
import { loadTrackedItems, trackedItemDeadline } from '../follow-up/tracked-items.js';

const within = (date: string | null, from: string, to: string) =>
  date !== null && date >= from && date <= to;

/**
 * Seed 004 §IV: the government office "lập danh mục kiến nghị của Nhân dân, theo dõi tiến độ
 * giải quyết, báo cáo Chủ tịch UBND xã định kỳ hàng tháng". For one plan and month, as the
 * records stood at the month's end (or today, for the current month):
 * - received / answered: petitions received, answered (in the month; up to its end);
 * - overdue: tracked items (conclusion tasks, petitions' follow-up) past their date and not done
 *   at the report date — `inMonth` those whose date fell in the month; `metLate` those done late;
 * - extended: items given more time (an extension decided in the month; up to its end);
 * and the list of the overdue items.
 *
 * @example await monthlyProgress(ctx, user, { planId, month: '2026-01' })
 */
export async function monthlyProgress(
  ctx: Context,
  user: SessionUser,
  input: { planId: string; month: string },
) {
  const [year, month] = input.month.split('-').map(Number) as [number, number];
  const { from, to, label } = reportingPeriodRange({ year, period: 'month', index: month });
  if (from > ctx.today)
    fail(domainError('REPORT_PERIOD_NOT_STARTED', { from, periodLabel: label }));
  const asOf = to < ctx.today ? to : ctx.today;
  const calendar = await ctx.calendar();
  const plan = await findFollowUpPlan(ctx.db, input.planId);
  if (!plan) notFound('kế hoạch', input.planId);
  await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
  const petitions = await listFollowUpPetitions(ctx.db, [plan.id]);
  const items = (await loadTrackedItems(ctx.db, calendar, [plan])).map((item) => ({
    item,
    deadline: trackedItemDeadline(calendar, item, asOf),
  }));
  const overdue = items.flatMap(({ item, deadline }) =>
    deadline?.state === 'overdue' || deadline?.state === 'long-overdue' ? [{ item, deadline }] : [],
  );
  const metLate = items.filter(({ deadline }) => deadline?.state === 'met-late');
  const extendedBy = (end: string, start = '0000-01-01') =>
    items.filter(({ item }) => item.extensions.some((e) => within(e.decidedOn, start, end))).length;

  return {
    plan: { id: plan.id, title: plan.title, documentSymbol: plan.documentSymbol },
    month: input.month,
    label: `Báo cáo tiến độ giải quyết kiến nghị ${label.toLowerCase()}`,
    from,
    to,
    asOf,
    received: {
      inMonth: petitions.filter((p) => within(p.receivedOn, from, to)).length,
      upToMonth: petitions.filter((p) => p.receivedOn <= to).length,
    },
    answered: {
      inMonth: petitions.filter((p) => within(p.answeredOn, from, asOf)).length,
      upToMonth: petitions.filter((p) => within(p.answeredOn, '0000-01-01', asOf)).length,
    },
    overdue: {
      inMonth: overdue.filter(({ deadline }) => within(deadline.effectiveDueDate, from, to)).length,
      upToMonth: overdue.length,
      metLateInMonth: metLate.filter(({ item }) => within(item.metOn, from, asOf)).length,
      metLateUpToMonth: metLate.length,
    },
    extended: { inMonth: extendedBy(asOf, from), upToMonth: extendedBy(asOf) },
    overdueItems: overdue.map(({ item, deadline }) => ({
      kind: item.kind,
      taskId: item.taskId,
      petitionId: item.petitionId,
      content: item.content,
      responsibleOrganisation: item.responsibleOrganisation,
      status: item.status,
      statusLabel: item.statusLabel,
      dateSource: item.dateSource,
      deadline: deadlineView(deadline),
    })),
  };
}
