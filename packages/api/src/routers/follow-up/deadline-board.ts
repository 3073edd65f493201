import { listExtensions, listFollowUpPlans } from '@doithoai/db';
import {
  addDays,
  dayOfWeek,
  NOTICE_METHOD_LABELS,
  type DeadlineStatus,
  type IsoDate,
  type NoticeMethod,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { readableUnits } from '../../tenancy.js';
import { deadlineView } from './task-view.js';
import { loadTrackedItems, trackedItemDeadline, type TrackedItem } from './tracked-items.js';

/** The board's three columns, in the order the screen shows them. */
export const BOARD_BUCKETS = ['long-overdue', 'overdue', 'due-this-week'] as const;
export type BoardBucket = (typeof BOARD_BUCKETS)[number];
const BUCKET_LABELS = {
  'long-overdue': 'Quá hạn lâu',
  overdue: 'Quá hạn',
  'due-this-week': 'Đến hạn trong tuần này',
} as const satisfies Record<BoardBucket, string>;

/**
 * The calendar week (Monday to Sunday) holding `today`: "this week" as an office plans it.
 *
 * @example weekOf('2026-01-21') // { from: '2026-01-19', to: '2026-01-25' }
 */
export function weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const sinceMonday = (dayOfWeek(today) + 6) % 7;
  const from = addDays(today, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/**
 * Which column of the board a deadline belongs in today, or null (met, or due after this week).
 * Overdue and long overdue are the domain's states; "this week" is not yet late and due by Sunday.
 *
 * @example boardBucket({ state: 'due-soon', effectiveDueDate: '2026-01-21' }, '2026-01-19') // 'due-this-week'
 */
export function boardBucket(
  deadline: Pick<DeadlineStatus, 'state' | 'effectiveDueDate'> | null,
  today: IsoDate,
): BoardBucket | null {
  if (!deadline) return null;
  if (deadline.state === 'long-overdue' || deadline.state === 'overdue') return deadline.state;
  if (deadline.state === 'met-on-time' || deadline.state === 'met-late') return null;
  return deadline.effectiveDueDate <= weekOf(today).to ? 'due-this-week' : null;
}

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
        label: BUCKET_LABELS[key],
        count: inBucket.length,
        groups: [...bodies.values()].sort((a, b) =>
          (a.organisation?.name ?? '~').localeCompare(b.organisation?.name ?? '~', 'vi'),
        ),
      };
    }),
  };
}
