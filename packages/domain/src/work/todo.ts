import { z } from 'zod';
import type { Role } from '../accounts/role.schema.js';
import { formatVietnameseDate, IsoDateSchema } from '../calendar/civil-date.js';
import {
  DEADLINE_STATE_LABELS,
  DeadlineStateSchema,
  type DeadlineState,
  type DeadlineStatus,
} from '../deadlines/deadline-state.js';

/**
 * "Việc cần làm" (issue 15): what waits for each role on its home page — the secretary's plans to
 * approve and the Front's escalations, the chair's drafts to approve, a body's petitions and tasks
 * due, the office's approved answers not yet sent — each with its deadline state from the
 * deadline engine and one link to it.
 */
export const TODO_KINDS = [
  'plan-to-approve', // kế hoạch chờ phê duyệt
  'front-escalation', // Mặt trận kiến nghị Bí thư chỉ đạo (việc quá hạn còn chưa xong)
  'draft-to-approve', // dự thảo trả lời chờ duyệt
  'petition-due', // kiến nghị, nhiệm vụ của cơ quan đến hạn
  'answer-to-send', // trả lời đã duyệt, chưa gửi công dân
] as const;
export const TodoKindSchema = z.enum(TODO_KINDS, { error: 'Loại việc cần làm không hợp lệ.' });
export type TodoKind = z.infer<typeof TodoKindSchema>;
export const TODO_KIND_LABELS = {
  'plan-to-approve': 'Kế hoạch chờ phê duyệt',
  'front-escalation': 'Mặt trận kiến nghị chỉ đạo',
  'draft-to-approve': 'Dự thảo trả lời chờ duyệt',
  'petition-due': 'Việc được giao đến hạn',
  'answer-to-send': 'Trả lời đã duyệt, chưa gửi',
} as const satisfies Record<TodoKind, string>;

/**
 * Which lists each role's home page shows (issue 15). The state machines then decide, item by
 * item, what this role may act on (the plan's issuer, the petition's plan).
 */
export const TODO_KINDS_BY_ROLE = {
  'party-secretary': ['plan-to-approve', 'front-escalation'],
  'party-office': ['answer-to-send'],
  'commune-chair': ['plan-to-approve', 'draft-to-approve'],
  'government-office': ['answer-to-send'],
  department: ['petition-due'],
  'front-chair': [],
  'front-officer': [],
  village: [],
  citizen: [],
  'province-viewer': [],
  admin: [],
} as const satisfies Record<Role, readonly TodoKind[]>;

/**
 * The kinds of work a role sees.
 *
 * @example todoKindsFor('commune-chair') // ['plan-to-approve', 'draft-to-approve']
 */
export function todoKindsFor(role: Role): readonly TodoKind[] {
  return TODO_KINDS_BY_ROLE[role];
}

/** One piece of work as the api finds it: what, where, and its deadline (null: none yet). */
export interface TodoCandidate {
  kind: TodoKind;
  /** The record it is about (a plan, petition, task or finding): one line per record and kind. */
  id: string;
  title: string;
  /** A second line: the tracking code, the body, the plan. */
  detail: string | null;
  /** Where one click opens it (a path of an app). */
  link: string;
  deadline: Pick<
    DeadlineStatus,
    'state' | 'effectiveDueDate' | 'workingDaysLeft' | 'workingDaysLate'
  > | null;
}

export const TodoItemSchema = z.object({
  kind: TodoKindSchema,
  kindLabel: z.string(),
  id: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  link: z.string(),
  deadlineState: DeadlineStateSchema.nullable(),
  dueOn: IsoDateSchema.nullable(),
  /** "Quá hạn — hạn 09/01/2026, quá 3 ngày làm việc": the state in words, never a code. */
  deadlineLabel: z.string(),
});
export type TodoItem = z.infer<typeof TodoItemSchema>;

/** Most pressing first; work without a date last. */
const URGENCY: readonly DeadlineState[] = [
  'long-overdue',
  'overdue',
  'due-today',
  'due-soon',
  'extended',
  'upcoming',
];
const isDone = (state: DeadlineState) => state === 'met-on-time' || state === 'met-late';

function deadlineLabel(deadline: TodoCandidate['deadline']): string {
  if (!deadline) return 'Chưa có hạn';
  const label = DEADLINE_STATE_LABELS[deadline.state];
  const due = formatVietnameseDate(deadline.effectiveDueDate);
  if (deadline.state === 'overdue' || deadline.state === 'long-overdue')
    return `${label} — hạn ${due}, quá ${deadline.workingDaysLate} ngày làm việc`;
  if (deadline.state === 'due-today') return `${label} — hạn ${due}`;
  const left = deadline.workingDaysLeft;
  return left === null
    ? `${label} — hạn ${due}`
    : `${label} — hạn ${due}, còn ${left} ngày làm việc`;
}

/**
 * The to-do list from the candidates: work already met drops out, the rest runs from the longest
 * overdue to the latest due (then without a date), each with its state in words.
 *
 * @example buildTodoList([{ kind: 'petition-due', id: 'p1', title: 'Kiến nghị CMX4-D8LA', detail: null, link: '/chair/petitions/p1', deadline: { state: 'overdue', effectiveDueDate: '2026-01-09', workingDaysLeft: null, workingDaysLate: 3 } }])[0]?.deadlineLabel
 * // 'Quá hạn — hạn 09/01/2026, quá 3 ngày làm việc'
 */
export function buildTodoList(candidates: readonly TodoCandidate[]): TodoItem[] {
  const rank = (c: TodoCandidate) =>
    c.deadline ? URGENCY.indexOf(c.deadline.state) : URGENCY.length;
  return candidates
    .filter((c) => !c.deadline || !isDone(c.deadline.state))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.deadline?.effectiveDueDate ?? '').localeCompare(b.deadline?.effectiveDueDate ?? '') ||
        a.title.localeCompare(b.title, 'vi'),
    )
    .map((c) => ({
      kind: c.kind,
      kindLabel: TODO_KIND_LABELS[c.kind],
      id: c.id,
      title: c.title,
      detail: c.detail,
      link: c.link,
      deadlineState: c.deadline?.state ?? null,
      dueOn: c.deadline?.effectiveDueDate ?? null,
      deadlineLabel: deadlineLabel(c.deadline),
    }));
}
