// Types a plan into the shared plan form (@doithoai/ui, the Party and chair apps), field by
// field, as the office would.
import type { Plan } from '@doithoai/domain';
import { formatVietnameseDate } from '@doithoai/domain';
import type { Page } from 'playwright-core';

const add = (page: Page, name: string) =>
  page.getByRole('button', { name: `Thêm ${name}`, exact: true }).click();
const vn = (date: string | undefined) => (date ? formatVietnameseDate(date) : '');

/**
 * Fills every part of the blank form with `plan`'s content (seed 000 in the Party journey, seed
 * 004 in the chair's).
 *
 * @example await typePlan(page, aChoMoiPlan());
 */
export async function typePlan(page: Page, plan: Plan): Promise<void> {
  await page.fill('#issuer-name', plan.issuer.name);
  await page.fill('#symbol', plan.documentSymbol);
  await page.fill('#year', String(plan.year));
  await page.fill('#title', plan.title);
  await page.selectOption('#profile', plan.regulationProfileId);
  for (const [i, basis] of plan.legalBases.entries()) {
    await add(page, 'căn cứ');
    await page.selectOption(`#lb-${i}-relation`, basis.relation);
    await page.selectOption(`#lb-${i}-type`, basis.documentType);
    await page.fill(`#lb-${i}-reference`, basis.reference ?? '');
    await page.fill(`#lb-${i}-issued-on`, vn(basis.issuedOn));
    await page.fill(`#lb-${i}-issuer`, basis.issuer ?? '');
    await page.fill(`#lb-${i}-title`, basis.title);
  }
  await page.fill('#purposes', plan.purposes.join('\n'));
  await page.fill('#requirements', plan.requirements.join('\n'));
  for (const [i, topic] of plan.topics.entries()) {
    await add(page, 'nội dung');
    await page.selectOption(`#topic-${i}-field`, topic.field);
    await page.fill(`#topic-${i}-label`, topic.label);
  }
  for (const [i, section] of plan.contentSections.entries()) {
    await add(page, 'mục');
    await page.fill(`#section-${i}-heading`, section.heading);
    await page.fill(`#section-${i}-paragraphs`, section.paragraphs.join('\n'));
  }
  await page.selectOption('#format', plan.format);
  if (plan.timing?.kind === 'date') {
    await page.selectOption('#timing-kind', 'date');
    await page.fill('#timing-date', vn(plan.timing.date));
    await page.fill('#timing-note', plan.timing.note ?? '');
  } else if (plan.timing?.kind === 'window') {
    await page.selectOption('#timing-kind', 'window');
    await page.fill('#timing-from', vn(plan.timing.from));
    await page.fill('#timing-to', vn(plan.timing.to));
    await page.fill('#timing-note', plan.timing.note ?? '');
  }
  await page.fill('#venue-name', plan.venue?.name ?? '');
  for (const [i, chair] of plan.chairs.entries()) {
    await add(page, 'người chủ trì');
    await page.selectOption(`#chair-${i}-role`, chair.role);
    await page.fill(`#chair-${i}-position`, chair.position);
    await page.fill(`#chair-${i}-name`, chair.name ?? '');
  }
  for (const [i, group] of plan.participantGroups.entries()) {
    await add(page, 'thành phần');
    await page.selectOption(`#group-${i}-kind`, group.kind);
    await page.selectOption(`#group-${i}-quota`, group.quotaAllocation);
    await page.fill(`#group-${i}-description`, group.description);
    if (group.quotaAllocation === 'per-unit') {
      await page.fill(`#group-${i}-units`, String(group.unitCount));
      await page.fill(`#group-${i}-per-unit`, String(group.perUnitQuota));
      const lines = group.composition.map((c) => `${c.role}: ${c.count}`);
      await page.fill(`#group-${i}-composition`, lines.join('\n'));
    }
  }
  for (const [i, task] of plan.tasks.entries()) {
    await add(page, 'nhiệm vụ');
    await page.fill(`#task-${i}-assignee`, task.assignee);
    await page.selectOption(`#task-${i}-kind`, task.organisationKind ?? '');
    await page.setChecked(`#task-${i}-request`, task.isRequest);
    await page.fill(`#task-${i}-duties`, task.duties.join('\n'));
  }
  for (const [i, recipient] of plan.recipients.entries()) {
    await add(page, 'nơi nhận');
    await page.fill(`#recipient-${i}-name`, recipient.name);
    await page.selectOption(`#recipient-${i}-copy`, recipient.copyKind ?? '');
    await page.selectOption(`#recipient-${i}-purpose`, recipient.purpose);
  }
  for (const [i, override] of plan.scheduleOverrides.entries()) {
    await add(page, 'thời hạn riêng');
    await page.selectOption(`#override-${i}-rule`, override.ruleId);
    await page.fill(`#override-${i}-date`, vn(override.date));
    await page.fill(`#override-${i}-reason`, override.reason);
  }
  if (plan.signer) {
    await page.selectOption('#signer-authority', plan.signer.authority);
    await page.selectOption('#signer-title', plan.signer.title);
    await page.fill('#signer-name', plan.signer.name);
  }
}
