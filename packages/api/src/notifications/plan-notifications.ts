import type { Database } from '@doithoai/db';
import { isPartyIssuer, issuerHeadRoles, type Plan } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../context.js';
import { notifyOfficials } from './enqueue.js';

/**
 * A plan submitted for approval tells the head of its issuer (the secretary for a Party plan, the
 * chair for a government one: the plan machine's `issuerHeadRoles`), in the submission's
 * transaction. One message per submission (the version it was submitted at).
 */
export async function notifyPlanSubmitted(
  trx: Kysely<Database>,
  ctx: Context,
  plan: Plan,
  version: number,
): Promise<void> {
  const app = isPartyIssuer(plan.issuer.kind) ? '/party' : '/chair';
  await notifyOfficials(
    trx,
    ctx,
    {
      adminUnitCode: plan.adminUnitCode,
      audience: { roles: issuerHeadRoles(plan.issuer.kind) },
      link: `${app}/plans/${encodeURIComponent(plan.id)}`,
    },
    'plan-awaiting-approval',
    `plan.submit:${plan.id}:v${version}`,
    { planTitle: plan.title },
  );
}

/**
 * The Front's escalation (seed 000 §IV.3: kiến nghị Bí thư chỉ đạo) tells the Party secretary,
 * in the finding's transaction.
 */
export async function notifyEscalation(
  trx: Kysely<Database>,
  ctx: Context,
  finding: { id: string; adminUnitCode: string; subject: string; note: string | null },
): Promise<void> {
  await notifyOfficials(
    trx,
    ctx,
    {
      adminUnitCode: finding.adminUnitCode,
      audience: { roles: ['party-secretary'] },
      link: '/party/findings',
    },
    'front-escalation',
    `finding.escalate:${finding.id}`,
    { subject: finding.subject, note: finding.note ?? '' },
  );
}
