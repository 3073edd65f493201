import { ROLE_LABELS, type Role } from '../accounts/role.schema.js';
import type { DomainError } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';
import { OFFICE_ROLES } from '../workflow/roles.js';
import type { PlanScope } from './plan.machine.rules.js';
import { PLAN_STATUS_LABELS, type PlanStatus } from './plan.status.js';

/**
 * A plan's text is edited only while it is with the drafting office: as a draft, or after the
 * signer returned it with comments. From submission on, the text the signer sees is the text
 * that is signed; after signing, a change is a new document (Nghị định 30/2020/NĐ-CP, Điều 10
 * for state documents; Hướng dẫn 36-HD/VPTW for Party ones), not an edit.
 */
export const PLAN_EDITABLE_STATUSES = [
  'draft',
  'returned',
] as const satisfies readonly PlanStatus[];

/** The offices draft (seed 002 §4.1); the same roles that may submit (`plan.machine.ts`). */
const EDITOR_ROLES: readonly Role[] = OFFICE_ROLES;

/**
 * Why this role may not edit a plan in this state, or null when it may. Refusals use the
 * workflow's codes (ROLE_NOT_ALLOWED, TRANSITION_NOT_ALLOWED), so the API maps them like any step.
 *
 * @example checkPlanEditable('approved', 'party-office', { issuerKind: 'party-committee' })?.message
 * // 'Không thể chỉnh sửa khi kế hoạch đang ở trạng thái "Đã phê duyệt".'
 * @example checkPlanEditable('returned', 'government-office', { issuerKind: 'peoples-committee' }) // null
 */
export function checkPlanEditable(
  status: PlanStatus,
  role: Role,
  scope: PlanScope,
): DomainError | null {
  const facts = {
    subject: 'kế hoạch',
    event: 'edit',
    eventLabel: 'chỉnh sửa',
    state: status,
    stateLabel: PLAN_STATUS_LABELS[status] ?? String(status),
    machine: 'plan',
    issuerKind: scope.issuerKind,
  };
  if (!EDITOR_ROLES.includes(role)) {
    const roleLabel = ROLE_LABELS[role] ?? String(role);
    return domainError('ROLE_NOT_ALLOWED', { ...facts, role, roleLabel, hint: '' });
  }
  if (!(PLAN_EDITABLE_STATUSES as readonly PlanStatus[]).includes(status))
    return domainError('TRANSITION_NOT_ALLOWED', facts);
  return null;
}
