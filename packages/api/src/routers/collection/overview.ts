import {
  countRegistrationsByVillage,
  listForwardings,
  listUnforwardedPetitionIds,
  type ForwardingRecord,
} from '@doithoai/db';
import {
  deadlineState,
  forwardingDeadline,
  quotaTally,
  type QuotaTally,
  VILLAGE_QUOTA_CHANNELS,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { readableUnits } from '../../tenancy.js';
import { deadlineView } from '../follow-up/task-view.js';
import { readablePlan } from '../petitions/petition-access.js';
import { planSchedule, villageQuotas } from './collection-plan.js';

/** A forwarding as the apps show it, with the petitions it carried. */
export function forwardingView(record: ForwardingRecord) {
  const { adminUnitCode: _unit, ...rest } = record;
  return { ...rest, count: record.petitionIds.length };
}
export type ForwardingView = ReturnType<typeof forwardingView>;

/**
 * The Front's deadline for forwarding, with the schedule's explanation and its state today.
 *
 * @example (await forwardingDeadlineView(calendar, plan, today))?.dueDate // '2025-12-04'
 */
export function forwardingDeadlineView(
  calendar: WorkingCalendar,
  plan: Parameters<typeof planSchedule>[1],
  today: string,
) {
  const schedule = planSchedule(calendar, plan);
  const deadline = forwardingDeadline(schedule);
  // The deadline is read from one of the schedule's entries: the entry is there whenever it is.
  const entry = deadline && schedule.find((e) => e.ruleId === deadline.ruleId);
  if (!deadline || !entry) return null;
  return {
    ...deadline,
    responsible: entry.responsible,
    explanation: entry.explanation,
    state: deadlineView(deadlineState(calendar, { dueDate: deadline.dueDate }, today)),
  };
}

/** One village's registrations against its quota; `villageId` null for those naming no village. */
type VillageTally = QuotaTally & {
  villageId: string | null;
  name: string;
  total: number;
  late: number;
  forwarded: number;
};

/**
 * Collection before the dialogue, on one screen: the forwarding deadline (rule and source), the
 * tally per village against its quota, what is still to forward, and the forwardings so far.
 *
 * @example const { villages, deadline } = await collectionOverview(ctx, user, { planId });
 */
export async function collectionOverview(
  ctx: Context,
  user: SessionUser,
  input: { planId: string },
) {
  const plan = await readablePlan(ctx, user, input.planId);
  const calendar = await ctx.calendar();
  const { villages, quotaOf } = await villageQuotas(ctx, plan);
  const counts = await countRegistrationsByVillage(ctx.db, plan.id, VILLAGE_QUOTA_CHANNELS);
  const countOf = (villageId: string | null) => counts.find((c) => c.villageId === villageId);
  const tally: VillageTally[] = villages.map((v) => {
    const count = countOf(v.id);
    return {
      villageId: v.id,
      name: v.name,
      ...quotaTally(quotaOf(v.id), count?.withinQuotaChannels ?? 0),
      total: count?.registrations ?? 0,
      late: count?.late ?? 0,
      forwarded: count?.forwarded ?? 0,
    };
  });
  const unplaced = countOf(null);
  if (unplaced)
    tally.push({
      villageId: null,
      name: 'Không ghi thôn, bản',
      ...quotaTally(undefined, unplaced.withinQuotaChannels),
      total: unplaced.registrations,
      late: unplaced.late,
      forwarded: unplaced.forwarded,
    });
  const forwardings = await listForwardings(ctx.db, {
    adminUnitCodes: await readableUnits(ctx, user),
    planId: plan.id,
  });
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      status: plan.status,
      timing: plan.timing ?? null,
      heldOn: plan.heldOn,
    },
    deadline: forwardingDeadlineView(calendar, plan, ctx.today),
    villages: tally,
    totals: {
      registrations: counts.reduce((s, c) => s + c.registrations, 0),
      forwarded: counts.reduce((s, c) => s + c.forwarded, 0),
      toForward: (await listUnforwardedPetitionIds(ctx.db, plan.id)).length,
    },
    forwardings: forwardings.map(forwardingView),
  };
}
