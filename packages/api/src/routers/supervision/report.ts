import {
  DEADLINE_STATES,
  FINDING_KINDS,
  reportingPeriodRange,
  vietnamDateAt,
  type DeadlineState,
  type FindingKind,
  type ReportingPeriod,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { readableUnits } from '../../tenancy.js';
import { findingView } from '../follow-up/finding-view.js';
import { boardPlans, boardRows, type BoardRow } from './board.js';

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Whether a line belongs to the period: due in it, met in it, or still open at its end. */
function inPeriod(row: BoardRow, from: string, to: string): boolean {
  const due = row.deadline?.effectiveDueDate ?? row.dueOn;
  if (!due) return false;
  if (due >= from && due <= to) return true;
  if (row.metOn && row.metOn >= from && row.metOn <= to) return true;
  return due < from && (!row.metOn || row.metOn > to) && row.tracked;
}

/**
 * The Front's supervision report (báo cáo kết quả giám sát): for one dialogue, or for a period
 * of the commune's dialogues, the counts by deadline state, answers on time and late, extensions,
 * the citizens' responses and the findings by kind — with the lists behind each count.
 * Computed from the records, never typed twice (docs/domain.md §8).
 *
 * @example const report = await supervisionReport(ctx, user, { period: { year: 2025, period: 'quarter', index: 4 } });
 */
export async function supervisionReport(
  ctx: Context,
  user: SessionUser,
  input: { planId?: string | undefined; period?: ReportingPeriod | undefined },
) {
  const units = await readableUnits(ctx, user);
  const range = input.period ? reportingPeriodRange(input.period) : null;
  const plans = await boardPlans(ctx, user, units, { planId: input.planId });
  const board = await boardRows(ctx, units, plans, input.planId);
  const rows = range ? board.rows.filter((r) => inPeriod(r, range.from, range.to)) : board.rows;
  const recordedOn = (at: string) => vietnamDateAt(new Date(at));
  const findings = board.findings.filter(
    (f) =>
      (!range ||
        (recordedOn(f.recordedAt) >= range.from && recordedOn(f.recordedAt) <= range.to)) &&
      (input.planId || plans.some((p) => p.id === f.planId)),
  );
  const byState = zeroes<DeadlineState | 'untracked'>([...DEADLINE_STATES, 'untracked']);
  for (const row of rows) byState[row.deadline?.state ?? 'untracked'] += 1;
  const findingsByKind = zeroes<FindingKind>(FINDING_KINDS);
  for (const f of findings) findingsByKind[f.kind] += 1;
  const responses = rows.flatMap((r) => r.citizenResponses);
  const plan = input.planId ? plans[0] : undefined;
  return {
    scope: {
      title: plan
        ? plan.title
        : `Kết quả giám sát việc giải quyết kiến nghị sau đối thoại — ${range?.label ?? 'toàn bộ'}`,
      plan: plan
        ? {
            id: plan.id,
            title: plan.title,
            heldOn: plan.heldOn,
            documentSymbol: plan.documentSymbol,
            documentNumber: plan.documentNumber,
          }
        : null,
      period: range,
      asOf: ctx.today,
      dialogues: plans.filter((p) => !range || rows.some((r) => r.planId === p.id)).length,
    },
    counts: {
      items: rows.length,
      conclusionItems: rows.filter((r) => r.kind === 'conclusion-item').length,
      petitionItems: rows.filter((r) => r.kind !== 'conclusion-item').length,
      byState,
      overdue: byState.overdue + byState['long-overdue'],
      answeredOnTime: byState['met-on-time'],
      answeredLate: byState['met-late'],
      extended: rows.filter((r) => r.extensionCount > 0).length,
      citizensSettled: responses.filter((r) => r.response === 'accepted').length,
      citizensNotSettled: responses.filter((r) => r.response === 'not-settled').length,
      findings: findings.length,
      findingsByKind,
      escalations: findingsByKind['escalated-to-secretary'],
    },
    items: rows,
    overdueItems: rows.filter(
      (r) => r.deadline?.state === 'overdue' || r.deadline?.state === 'long-overdue',
    ),
    findings: findings.map(findingView),
  };
}
