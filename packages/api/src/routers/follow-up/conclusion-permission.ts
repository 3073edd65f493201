import type { FollowUpPlanFacts } from '@doithoai/db';
import {
  domainError,
  issuerHeadRoles,
  PLAN_STATUS_LABELS,
  ROLE_LABELS,
  transitionPlan,
  type Actor,
  type DomainError,
} from '@doithoai/domain';
import type { SessionUser } from '../../context.js';

/** The signed-in user as the domain's state machines see them. */
export function actorOf(user: SessionUser): Actor {
  return {
    role: user.role,
    userId: user.accountId,
    ...(user.organisationId ? { organisationId: user.organisationId } : {}),
  };
}

/**
 * Whether `user` may issue the plan's conclusion notice: the plan machine's `conclude` decides
 * (a held dialogue, concluded by the head of its issuer). A plan already marked concluded
 * without its notice (by `plans.conclude`) may still receive it, from the same head.
 *
 * @example conclusionPermission(plan, chair) // null, or the domain's refusal
 */
export function conclusionPermission(
  plan: FollowUpPlanFacts,
  user: SessionUser,
): DomainError | null {
  if (plan.status === 'concluded') {
    if (issuerHeadRoles(plan.issuerKind).includes(user.role)) return null;
    return domainError('ROLE_NOT_ALLOWED', {
      roleLabel: ROLE_LABELS[user.role],
      eventLabel: 'ban hành kết luận',
      subject: 'kế hoạch',
      stateLabel: PLAN_STATUS_LABELS[plan.status],
      hint: '',
    });
  }
  const result = transitionPlan(plan.status, 'conclude', actorOf(user), {
    issuerKind: plan.issuerKind,
  });
  return result.ok ? null : result.error;
}
