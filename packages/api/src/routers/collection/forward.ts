import {
  appendAudit,
  insertForwarding,
  listForwardings,
  listUnforwardedPetitionIds,
} from '@doithoai/db';
import {
  domainError,
  forwardingDeadline,
  type ForwardRegistrationsInput,
  isForwardedOnTime,
  isPlanBeforeDialogue,
  PLAN_STATUS_LABELS,
  RegistrationForwardingSchema,
  REGISTRATIONS_FORWARDED,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound } from '../../errors.js';
import { writablePlan } from '../petitions/petition-access.js';
import { planSchedule } from './collection-plan.js';
import { forwardingView, type ForwardingView } from './overview.js';

/**
 * Records the Front's forwarding of every registration not yet forwarded (seed 001 §III.1) with
 * the deadline it answers to and whether it was met; audited in the same transaction. A later
 * forwarding carries what arrived since (late registrations are kept and forwarded too).
 *
 * @example const forwarding = await forwardRegistrations(ctx, user, { planId });
 */
export async function forwardRegistrations(
  ctx: Context,
  user: SessionUser,
  input: ForwardRegistrationsInput,
): Promise<ForwardingView> {
  const calendar = await ctx.calendar();
  const plan = await writablePlan(ctx.db, user, input.planId);
  // Registrations go to the chair before the conference; after it they are the conference's.
  if (!isPlanBeforeDialogue(plan.status))
    fail(
      domainError('FORWARDING_NOT_OPEN', {
        status: plan.status,
        stateLabel: PLAN_STATUS_LABELS[plan.status],
      }),
    );
  const deadline = forwardingDeadline(planSchedule(calendar, plan));
  const at = ctx.requestTime.toISOString();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const petitionIds = await listUnforwardedPetitionIds(trx, plan.id);
    const record = RegistrationForwardingSchema.safeParse({
      id: 'new',
      planId: plan.id,
      forwardedBy: user.accountId,
      forwardedAt: at,
      forwardedOn: ctx.today,
      petitionIds,
      ...(input.note ? { note: input.note } : {}),
      deadline,
      onTime: isForwardedOnTime(deadline, ctx.today),
    });
    if (!record.success) fail(domainError('NOTHING_TO_FORWARD', {}));
    const forwarding = {
      adminUnitCode: plan.adminUnitCode,
      planId: plan.id,
      forwardedBy: user.accountId,
      forwardedAt: at,
      forwardedOn: ctx.today,
      petitionIds,
      note: input.note ?? null,
      deadline,
      onTime: record.data.onTime,
    };
    const saved = await insertForwarding(trx, forwarding);
    await appendAudit(trx, {
      at,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: plan.adminUnitCode,
      action: REGISTRATIONS_FORWARDED,
      entityType: 'registration-forwarding',
      entityId: saved,
      after: { ...forwarding, count: petitionIds.length },
    });
    return saved;
  });
  const [saved] = await listForwardings(ctx.db, {
    adminUnitCodes: [plan.adminUnitCode],
    ids: [id],
  });
  if (!saved) notFound('lần gửi tổng hợp đăng ký', id);
  return forwardingView(saved);
}
