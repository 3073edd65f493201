import {
  findFollowUpPlan,
  latestCitizenResponses,
  listFindings,
  listFollowUpPlans,
  type FindingRecord,
  type FollowUpPlanFacts,
} from '@doithoai/db';
import { CITIZEN_RESPONSE_LABELS } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { assertReadable, readableUnits } from '../../tenancy.js';
import { deadlineView } from '../follow-up/task-view.js';
import { loadTrackedItems, trackedItemDeadline } from '../follow-up/tracked-items.js';

/**
 * The board's lines for some plans, with the findings recorded on them and the citizens' own
 * word on the answers (settled or not). The board and the supervision report read this.
 *
 * @example const { rows, findings } = await boardRows(ctx, units, plans);
 */
export async function boardRows(
  ctx: Context,
  units: readonly string[],
  plans: readonly FollowUpPlanFacts[],
  planId?: string,
) {
  const calendar = await ctx.calendar();
  const items = await loadTrackedItems(ctx.db, calendar, plans);
  const findings: FindingRecord[] = await listFindings(ctx.db, {
    adminUnitCodes: units,
    ...(planId ? { planId } : {}),
  });
  const responses = await latestCitizenResponses(ctx.db, [
    ...new Set(items.flatMap((i) => i.relatedPetitionIds)),
  ]);
  const findingsOf = (item: (typeof items)[number]) =>
    findings.filter(
      (f) =>
        (f.targetType === 'follow-up-task' && f.targetId === item.taskId) ||
        (f.targetType === 'petition' && item.relatedPetitionIds.includes(f.targetId)),
    );
  const rows = items.map((item) => {
    const deadline = trackedItemDeadline(calendar, item, ctx.today);
    const about = findingsOf(item);
    const { extensions, ...rest } = item;
    return {
      ...rest,
      extensionCount: extensions.length,
      deadline: deadline ? deadlineView(deadline) : null,
      findingCount: about.length,
      lastFinding: about[0] ? { kind: about[0].kind, recordedAt: about[0].recordedAt } : null,
      citizenResponses: responses
        .filter((r) => item.relatedPetitionIds.includes(r.petitionId))
        .map((r) => ({ ...r, label: CITIZEN_RESPONSE_LABELS[r.response] })),
    };
  });
  return { rows, findings };
}
export type BoardRow = Awaited<ReturnType<typeof boardRows>>['rows'][number];

/**
 * The plans a board or report covers: one plan (readable by the caller), or a year's.
 *
 * @example const plans = await boardPlans(ctx, user, units, { planId });
 */
export async function boardPlans(
  ctx: Context,
  user: SessionUser,
  units: readonly string[],
  input: { planId?: string | undefined; year?: number | undefined },
): Promise<FollowUpPlanFacts[]> {
  if (input.planId) {
    const plan = await findFollowUpPlan(ctx.db, input.planId);
    if (!plan) notFound('kế hoạch', input.planId);
    await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
    return [plan];
  }
  return listFollowUpPlans(ctx.db, { adminUnitCodes: units, year: input.year });
}

/**
 * The supervision board (bảng theo dõi giám sát): every line of the conclusion notices and every
 * petition's follow-up of a plan (or of a year's plans), with the responsible body, the due date,
 * its state today, the rule or notice behind the date, how many findings the Front recorded, and
 * what the citizen said of the answer.
 *
 * @example await supervisionBoard(ctx, user, { planId })
 */
export async function supervisionBoard(
  ctx: Context,
  user: SessionUser,
  input: { planId?: string | undefined; year?: number | undefined },
) {
  const units = await readableUnits(ctx, user);
  const plans = await boardPlans(ctx, user, units, input);
  return (await boardRows(ctx, units, plans, input.planId)).rows;
}
