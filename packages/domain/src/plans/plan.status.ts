import { z } from 'zod';

/**
 * Plan lifecycle (docs/domain.md §1): draft → submitted → approved (numbered, signed) or returned
 * with comments → announced → held → concluded → closed; postponed or cancelled with a reason.
 * Transitions live in `plan.machine.ts`.
 */
export const PLAN_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'announced',
  'postponed',
  'held',
  'concluded',
  'closed',
  'cancelled',
] as const;

export const PlanStatusSchema = z.enum(PLAN_STATUSES, {
  error: 'Trạng thái kế hoạch không hợp lệ.',
});
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const PLAN_STATUS_LABELS = {
  draft: 'Dự thảo',
  submitted: 'Chờ phê duyệt',
  returned: 'Trả lại để chỉnh sửa',
  approved: 'Đã phê duyệt',
  announced: 'Đã thông báo',
  postponed: 'Tạm hoãn',
  held: 'Đã tổ chức đối thoại',
  concluded: 'Đã ban hành kết luận',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
} as const satisfies Record<PlanStatus, string>;
