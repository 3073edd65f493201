import { labelOf, type LabelKind } from '@doithoai/domain';

export type StatusKind = 'plan' | 'petition' | 'follow-up';

/** Which of the domain's label catalogue names each workflow's states. */
const STATUS_LABELS = {
  plan: 'planStatus',
  petition: 'petitionStatus',
  'follow-up': 'followUpStatus',
} as const satisfies Record<StatusKind, LabelKind>;

/**
 * The Vietnamese label of a workflow state (the domain's catalogue), or the code when unknown.
 *
 * @example statusLabel('plan', 'submitted') // 'Chờ phê duyệt'
 */
export function statusLabel(kind: StatusKind, status: string): string {
  return labelOf(STATUS_LABELS[kind], status);
}

/** How a state is coloured: a tone, not a meaning (the label carries the meaning). */
export type Tone = 'neutral' | 'info' | 'good' | 'warn' | 'bad';

const PLAN_TONES: Record<string, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  returned: 'warn',
  approved: 'good',
  announced: 'good',
  postponed: 'warn',
  held: 'good',
  concluded: 'good',
  closed: 'neutral',
  cancelled: 'bad',
};

/** @example statusTone('plan', 'returned') // 'warn' */
export function statusTone(kind: StatusKind, status: string): Tone {
  if (kind === 'plan') return PLAN_TONES[status] ?? 'neutral';
  if (/overdue|rejected|cancel/u.test(status)) return 'bad';
  if (/done|settled|closed|answered|verified/u.test(status)) return 'good';
  return 'info';
}

/** @example deadlineLabel('due-soon') // 'Sắp đến hạn' */
export function deadlineLabel(state: string): string {
  return labelOf('deadlineState', state);
}

/** @example deadlineTone('overdue') // 'bad' */
export function deadlineTone(state: string): Tone {
  if (state === 'overdue' || state === 'long-overdue' || state === 'met-late') return 'bad';
  if (state === 'due-soon' || state === 'due-today' || state === 'extended') return 'warn';
  if (state === 'met-on-time') return 'good';
  return 'info';
}
