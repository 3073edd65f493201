import type { FindingKind } from '@doithoai/domain';

/** What a board line is, for the finding's target: its task, or else its petition. */
export function targetOf(item: { taskId: string | null; petitionId: string | null }) {
  return item.taskId
    ? { kind: 'task' as const, taskId: item.taskId }
    : { kind: 'petition' as const, petitionId: item.petitionId ?? '' };
}

/** A stable key for a board line. */
export const itemKey = (item: { taskId: string | null; petitionId: string | null }) =>
  item.taskId ? `task:${item.taskId}` : `petition:${item.petitionId}`;

/** Only what is overdue goes to the secretary (the server refuses the rest: NOT_OVERDUE). */
export const isEscalatable = (state: string | null | undefined) =>
  state === 'overdue' || state === 'long-overdue';

/** The findings recorded from the board's form; an escalation has its own button. */
export const RECORDED_KINDS = [
  'visited',
  'citizen-satisfied',
  'citizen-not-satisfied',
  'answer-inadequate',
  'explanation-requested',
] as const satisfies readonly FindingKind[];
