import type { RouterOutputs } from '@doithoai/api/client';

/** `supervision.list`: a Front finding with who recorded it. */
export type Finding = RouterOutputs['supervision']['list'][number];
/** `supervision.board`: a tracked item (conclusion line, petition follow-up) with its deadline. */
export type BoardItem = RouterOutputs['supervision']['board'][number];
/** `followUp.list`: a follow-up task with its deadline state. */
export type Task = RouterOutputs['followUp']['list'][number];

/**
 * The board item a finding is about: the task itself, or the petition (or an item answering it).
 *
 * @example itemOf(finding, board)?.responsibleOrganisation?.name // 'Công an xã'
 */
export function itemOf(finding: Finding, board: readonly BoardItem[]): BoardItem | undefined {
  const target = finding.target;
  if (target.kind === 'task') return board.find((item) => item.taskId === target.taskId);
  if (target.kind === 'petition')
    return (
      board.find((item) => item.petitionId === target.petitionId) ??
      board.find((item) => item.relatedPetitionIds.includes(target.petitionId))
    );
  return undefined;
}

/** The Front's reports to the secretary (kiến nghị Bí thư chỉ đạo) come first. */
export const isEscalation = (finding: Finding) => finding.kind === 'escalated-to-secretary';
