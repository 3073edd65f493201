import type { PlanStatus } from '@doithoai/domain';
import { formatDate } from '../format.js';
import { statusLabel } from '../labels.js';

/** What a plan picker reads of a plan (a `plans.list` row fits). */
export interface PlanLabelled {
  title: string;
  year: number;
  status: PlanStatus;
  numberAndSymbol?: string | null;
  dialogueDate?: string | null;
  windowFrom?: string | null;
  windowTo?: string | null;
}

/**
 * When the dialogue is: its day, else its window, else "chưa định ngày" (a draft without either
 * used to read "— – —").
 *
 * @example planWhen({ dialogueDate: null, windowFrom: '2025-07-01', windowTo: '2025-12-31' }) // '01/07/2025 – 31/12/2025'
 */
export function planWhen(plan: Pick<PlanLabelled, 'dialogueDate' | 'windowFrom' | 'windowTo'>) {
  if (plan.dialogueDate) return formatDate(plan.dialogueDate);
  if (plan.windowFrom && plan.windowTo)
    return `${formatDate(plan.windowFrom)} – ${formatDate(plan.windowTo)}`;
  return 'chưa định ngày';
}

/**
 * One plan in a picker, what tells plans apart first — the year, the number (or that it has
 * none yet), the day, the status — and the title last, where a narrow select may cut it. Two
 * plans numbered 14-KH/ĐU in different years used to read the same ("14-KH/ĐU — Tổ chức đối
 * thoại…", issue 18).
 *
 * @example planChoiceLabel({ title: 'Đối thoại năm 2025', year: 2025, status: 'approved', numberAndSymbol: '14-KH/ĐU', dialogueDate: '2025-12-10' }) // 'Năm 2025 · 14-KH/ĐU · 10/12/2025 · Đã phê duyệt — Đối thoại năm 2025'
 * @example planChoiceLabel({ title: 'Đối thoại năm 2027', year: 2027, status: 'draft' }) // 'Năm 2027 · chưa có số · chưa định ngày · Dự thảo — Đối thoại năm 2027'
 */
export function planChoiceLabel(plan: PlanLabelled): string {
  const number = plan.numberAndSymbol ?? 'chưa có số';
  return `Năm ${plan.year} · ${number} · ${planWhen(plan)} · ${statusLabel('plan', plan.status)} — ${plan.title}`;
}
