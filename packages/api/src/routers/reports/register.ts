import {
  appendAudit,
  findConclusionNotice,
  findFollowUpPlan,
  listFollowUpTasks,
  listRegisterLines,
} from '@doithoai/db';
import { labelOf } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { notFound } from '../../errors.js';
import { readsCitizenContact } from '../../access.js';
import { assertReadable } from '../../tenancy.js';
import { taskView } from '../follow-up/task-view.js';

function withoutContact<T extends { phone: string | null; address: string | null }>(
  raisedBy: T,
): Omit<T, 'phone' | 'address'> {
  const { phone: _phone, address: _address, ...rest } = raisedBy;
  return rest;
}

/**
 * The petition register of a plan (sổ theo dõi; seed 002 §4.1, the dossier): every petition
 * with who raised it, its content, answer, result, responsible body, dates and follow-up tasks.
 * It carries personal data, so every call writes an audit row marked as a personal-data export
 * (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).
 *
 * @example await petitionRegister(ctx, user, { planId })
 */
export async function petitionRegister(ctx: Context, user: SessionUser, input: { planId: string }) {
  const calendar = await ctx.calendar();
  const plan = await findFollowUpPlan(ctx.db, input.planId);
  if (!plan) notFound('kế hoạch', input.planId);
  await assertReadable(ctx, user, plan.adminUnitCode, 'kế hoạch', plan.id);
  const lines = await listRegisterLines(ctx.db, plan.id);
  const tasks = await listFollowUpTasks(ctx.db, {
    adminUnitCodes: [plan.adminUnitCode],
    planIds: [plan.id],
  });
  const notice = await findConclusionNotice(ctx.db, plan.id);
  const relatedOf = (taskItemId: string | null) =>
    notice?.content.items.find((i) => i.id === taskItemId)?.relatedPetitionIds ?? [];
  // The Front keeps the register with the offices but does not answer the citizen: no phone, no
  // address (issue 17; `readsCitizenContact`, the one rule).
  const contact = readsCitizenContact(user.role);
  await appendAudit(ctx.db, {
    at: ctx.requestTime.toISOString(),
    actor: { accountId: user.accountId, role: user.role },
    adminUnitCode: plan.adminUnitCode,
    action: 'report.register',
    entityType: 'plan',
    entityId: plan.id,
    after: { petitions: lines.length, petitionIds: lines.map((l) => l.petitionId) },
    reason: 'Xuất sổ theo dõi kiến nghị (có dữ liệu cá nhân)',
    personalDataExport: true,
  });
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      documentNumber: plan.documentNumber,
      documentSymbol: plan.documentSymbol,
      year: plan.year,
      heldOn: plan.heldOn,
    },
    generatedAt: ctx.requestTime.toISOString(),
    lines: lines.map((line, index) => ({
      order: index + 1,
      ...line,
      raisedBy: contact ? line.raisedBy : withoutContact(line.raisedBy),
      statusLabel: labelOf('petitionStatus', line.status),
      followUp: tasks
        .filter(
          (t) =>
            t.petitionId === line.petitionId ||
            relatedOf(t.conclusionItemId).includes(line.petitionId),
        )
        .map((t) => {
          const view = taskView(calendar, t, ctx.today);
          return {
            taskId: view.id,
            content: view.content,
            responsibleOrganisation: view.responsibleOrganisation,
            originalDueOn: view.originalDueOn,
            dueOn: view.dueOn,
            status: view.status,
            statusLabel: view.statusLabel,
            doneOn: view.doneOn,
            deadline: view.deadline,
          };
        }),
    })),
  };
}
