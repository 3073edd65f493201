import { z } from 'zod';

/**
 * Follow-up task (nhiệm vụ sau đối thoại, from the conclusion notice) lifecycle.
 * Transitions live in `follow-up.machine.ts`; its deadline state (due soon, overdue,
 * extended…) is computed by `deadlines/deadline-state.ts`, not stored here.
 */
export const FOLLOW_UP_STATUSES = [
  'open', // đã giao
  'in-progress', // đang thực hiện
  'reported-done', // cơ quan báo cáo đã hoàn thành
  'verified', // văn phòng / chủ trì xác nhận hoàn thành
  'carried-over', // chuyển kỳ sau
  'cancelled', // hủy, có lý do
] as const;

export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES, {
  error: 'Trạng thái nhiệm vụ không hợp lệ.',
});
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

export const FOLLOW_UP_STATUS_LABELS = {
  open: 'Đã giao',
  'in-progress': 'Đang thực hiện',
  'reported-done': 'Báo cáo hoàn thành',
  verified: 'Đã xác nhận hoàn thành',
  'carried-over': 'Chuyển kỳ sau',
  cancelled: 'Đã hủy',
} as const satisfies Record<FollowUpStatus, string>;
