import { formatVietnameseDate } from '../calendar/civil-date.js';
import {
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  type DeadlineStatus,
} from '../deadlines/deadline-state.js';
import { DomainError } from '../errors/domain-error.js';

/** The deadline states the Front may escalate to the Party secretary (kiến nghị Bí thư chỉ đạo). */
export const ESCALATABLE_STATES = [
  'overdue',
  'long-overdue',
] as const satisfies readonly DeadlineState[];

/**
 * The Front escalates to the Party secretary what is overdue (seed 000 §IV.3: MTTQ giám sát,
 * kiến nghị cấp ủy chỉ đạo) — not what is still in time or already done. Returns the refusal,
 * or null when the item is overdue. `subject` names it: "nhiệm vụ", "kiến nghị".
 *
 * @example escalationRefusal(deadlineState(calendar, { dueDate: '2026-01-09' }, '2026-01-05'), 'nhiệm vụ')?.code // 'NOT_OVERDUE'
 */
export function escalationRefusal(
  status: DeadlineStatus | null,
  subject: string,
): DomainError | null {
  if (status && (ESCALATABLE_STATES as readonly DeadlineState[]).includes(status.state))
    return null;
  const where = status
    ? `đang ở trạng thái thời hạn "${DEADLINE_STATE_LABELS[status.state]}" (hạn ${formatVietnameseDate(status.effectiveDueDate)})`
    : 'chưa có thời hạn giải quyết';
  return new DomainError(
    'NOT_OVERDUE',
    'precondition',
    `Chỉ báo cáo Bí thư Đảng ủy những việc đã quá hạn; ${subject} này ${where}.`,
    { subject, state: status?.state ?? null, dueOn: status?.effectiveDueDate ?? null },
  );
}
