import { listExtensions, listFollowUpPlans } from '@doithoai/db';
import {
  BOARD_BUCKET_LABELS,
  BOARD_BUCKETS,
  boardBucket,
  NOTICE_METHOD_LABELS,
  weekOf,
  type BoardBucket,
  type DeadlineStatus,
  type NoticeMethod,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { readableUnits } from '../../tenancy.js';
import { deadlineView } from './task-view.js';
import { loadTrackedItems, trackedItemDeadline, type TrackedItem } from './tracked-items.js';

type Row = ReturnType<typeof boardRow>;

function boardRow(
  item: TrackedItem,
  deadline: DeadlineStatus,
  extension: Awaited<ReturnType<typeof listExtensions>>[number] | undefined,
) {
  return {
    kind: item.kind,
    planId: item.planId,
    planTitle: item.planTitle,
    taskId: item.taskId,
    petitionId: item.petitionId,
    content: item.content,
    responsibleOrganisation: item.responsibleOrganisation,
    statusLabel: item.statusLabel,
    originalDueOn: item.originalDueOn,
    dueOn: deadline.effectiveDueDate,
    deadline: deadlineView(deadline),
    /** The rule (and its clause) or the notice the first date comes from. */
    dateSource: item.dateSource,
    /** The latest extension: why the date moved, and how the citizen was told. */
    extension: extension
      ? {
          previousDueOn: extension.previousDueOn,
          newDueOn: extension.newDueOn,
          reason: extension.reason,
          citizenInformed: extension.citizenInformed,
          informedOn: extension.informedOn,
          informedHowLabel: extension.informedHow
            ? (NOTICE_METHOD_LABELS[extension.informedHow as NoticeMethod] ?? extension.informedHow)
            : null,
        }
      : null,
  };
}

/**
 * Hạn xử lý: what is long overdue, overdue and due this week across the caller's dialogues
 * (conclusion tasks, petitions' tasks, petitions owed a written answer), each column grouped by
 * responsible body, the rule behind every date. A department sees its own body's rows only.
 *
 * @example await deadlineBoard(ctx, user, { year: 2025 })
 */
export async function deadlineBoard(
  ctx: Context,
  user: SessionUser,
  input: { year?: number | undefined },
) {
  const calendar = await ctx.calendar();
  const plans = await listFollowUpPlans(ctx.db, {
    adminUnitCodes: await readableUnits(ctx, user),
    year: input.year,
  });
  let items = await loadTrackedItems(ctx.db, calendar, plans);
  if (user.role === 'department')
    items = items.filter((i) => i.responsibleOrganisation?.id === (user.organisationId ?? '-'));
  const extensions = await listExtensions(
    ctx.db,
    items.flatMap((i) => (i.taskId ? [i.taskId] : [])),
  );
  const rows: (Row & { bucket: BoardBucket })[] = [];
  for (const item of items) {
    const deadline = trackedItemDeadline(calendar, item, ctx.today);
    const bucket = boardBucket(deadline, ctx.today);
    if (!deadline || !bucket) continue;
    const latest = extensions.filter((e) => e.taskId === item.taskId).at(-1);
    rows.push({ ...boardRow(item, deadline, latest), bucket });
  }
  rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return {
    today: ctx.today,
    week: weekOf(ctx.today),
    buckets: BOARD_BUCKETS.map((key) => {
      const inBucket = rows.filter((r) => r.bucket === key);
      const bodies = new Map<
        string,
        { organisation: Row['responsibleOrganisation']; rows: Row[] }
      >();
      for (const { bucket: _bucket, ...row } of inBucket) {
        const id = row.responsibleOrganisation?.id ?? '';
        const group = bodies.get(id) ?? { organisation: row.responsibleOrganisation, rows: [] };
        group.rows.push(row);
        bodies.set(id, group);
      }
      return {
        key,
        label: BOARD_BUCKET_LABELS[key],
        count: inBucket.length,
        groups: [...bodies.values()].sort((a, b) =>
          (a.organisation?.name ?? '~').localeCompare(b.organisation?.name ?? '~', 'vi'),
        ),
      };
    }),
  };
}
