import { formatVietnameseDate } from '../calendar/civil-date.js';
import {
  DEADLINE_STATE_LABELS,
  type DeadlineState,
  type DeadlineStatus,
} from '../deadlines/deadline-state.js';
import type { DomainError } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';

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
  return domainError('NOT_OVERDUE', {
    subject,
    where,
    state: status?.state ?? null,
    dueOn: status?.effectiveDueDate ?? null,
  });
}
