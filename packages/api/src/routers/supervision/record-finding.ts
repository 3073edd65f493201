import { appendAudit, insertFinding, listFindings } from '@doithoai/db';
import {
  escalationRefusal,
  FindingSchema,
  type FindingKind,
  type FindingTarget,
} from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound } from '../../errors.js';
import { notifyEscalation } from '../../notifications/plan-notifications.js';
import { assertWritable } from '../../tenancy.js';
import { findingView, type FindingView } from '../follow-up/finding-view.js';
import { resolveTarget } from './supervision-target.js';

/**
 * Records a Front finding (the domain's FindingSchema decides which kinds need a note). An
 * escalation to the Party secretary (`escalated-to-secretary`) is refused unless the target is
 * overdue per `deadlineState` — whichever procedure records it. Audited; never edited after.
 *
 * @example await recordFinding(ctx, user, { kind: 'visited', target: { kind: 'task', taskId } })
 */
export async function recordFinding(
  ctx: Context,
  user: SessionUser,
  input: {
    kind: FindingKind;
    target: FindingTarget;
    note?: string | undefined;
    observedOn?: string | undefined;
  },
): Promise<FindingView> {
  // Before the transaction: on SQLite the transaction holds the only connection.
  const calendar = await ctx.calendar();
  const at = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const target = await resolveTarget(trx, calendar, input.target, ctx.today);
    assertWritable(user, target.adminUnitCode, target.subject, target.targetId);
    if (input.kind === 'escalated-to-secretary') {
      const refusal = escalationRefusal(target.deadline, target.subject);
      if (refusal) fail(refusal);
    }
    const note = input.note === '' ? undefined : input.note;
    const parsed = FindingSchema.safeParse({
      id: 'new',
      planId: target.planId,
      kind: input.kind,
      target: input.target,
      ...(note === undefined ? {} : { note }),
      ...(input.observedOn ? { observedOn: input.observedOn } : {}),
      recordedBy: user.accountId,
      recordedAt: at,
    });
    if (!parsed.success) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: parsed.error.issues.map((i) => i.message).join(' '),
        cause: parsed.error,
      });
    }
    const finding = {
      adminUnitCode: target.adminUnitCode,
      planId: target.planId,
      targetType: target.targetType,
      targetId: target.targetId,
      kind: input.kind,
      note: note ?? null,
      observedOn: input.observedOn ?? null,
      recordedBy: user.accountId,
      recordedAt: at,
    };
    const id = await insertFinding(trx, finding);
    await appendAudit(trx, {
      at,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: target.adminUnitCode,
      action: input.kind === 'escalated-to-secretary' ? 'finding.escalate' : 'finding.record',
      entityType: 'finding',
      entityId: id,
      after: { ...finding, deadlineState: target.deadline?.state ?? null },
    });
    if (input.kind === 'escalated-to-secretary') {
      const late = target.deadline?.workingDaysLate ?? 0;
      await notifyEscalation(trx, ctx, {
        id,
        adminUnitCode: target.adminUnitCode,
        subject: `${target.subject} quá hạn ${late} ngày làm việc`,
        note: finding.note,
      });
    }
    const [saved] = await listFindings(trx, { adminUnitCodes: [target.adminUnitCode], ids: [id] });
    if (!saved) notFound('kết quả giám sát', id);
    return findingView(saved);
  });
}
