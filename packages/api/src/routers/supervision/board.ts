import { findFollowUpPlan, listFindings, listFollowUpPlans } from '@doithoai/db';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { assertReadable, readableUnits } from '../../tenancy.js';
import { deadlineView } from '../follow-up/task-view.js';
import { loadTrackedItems, trackedItemDeadline } from '../follow-up/tracked-items.js';

/**
 * The supervision board (bảng theo dõi giám sát): every line of the conclusion notices and every
 * petition's follow-up of a plan (or of a year's plans), with the responsible body, the due date,
 * its state today, the rule or notice behind the date, and how many findings the Front recorded.
 *
 * @example await supervisionBoard(ctx, user, { planId })
 */
export async function supervisionBoard(
  ctx: Context,
  user: SessionUser,
  input: { planId?: string | undefined; year?: number | undefined },
) {
  const calendar = await ctx.calendar();
  const units = await readableUnits(ctx, user);
  let plans;
  if (input.planId) {
    const plan = await findFollowUpPlan(ctx.db, input.planId);
    if (!plan) notFound('kế hoạch', input.planId);
    await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
    plans = [plan];
  } else {
    plans = await listFollowUpPlans(ctx.db, { adminUnitCodes: units, year: input.year });
  }
  const items = await loadTrackedItems(ctx.db, calendar, plans);
  const findings = await listFindings(ctx.db, {
    adminUnitCodes: units,
    ...(input.planId ? { planId: input.planId } : {}),
  });
  const findingsOf = (item: (typeof items)[number]) =>
    findings.filter(
      (f) =>
        (f.targetType === 'follow-up-task' && f.targetId === item.taskId) ||
        (f.targetType === 'petition' && item.relatedPetitionIds.includes(f.targetId)),
    );
  return items.map((item) => {
    const deadline = trackedItemDeadline(calendar, item, ctx.today);
    const about = findingsOf(item);
    const { extensions, ...rest } = item;
    return {
      ...rest,
      extensionCount: extensions.length,
      deadline: deadline ? deadlineView(deadline) : null,
      findingCount: about.length,
      lastFinding: about[0] ? { kind: about[0].kind, recordedAt: about[0].recordedAt } : null,
    };
  });
}
