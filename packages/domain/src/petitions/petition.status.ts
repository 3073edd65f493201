import { z } from 'zod';

/**
 * Petition (ý kiến, kiến nghị, phản ánh) lifecycle, docs/domain.md §3–6. Duplicates are grouped
 * (a link), not a state; nothing is deleted (a citizen's withdrawal is a state).
 * Transitions live in `petition.machine.ts`.
 */
export const PETITION_STATUSES = [
  'received', // tiếp nhận
  'triaged', // đã phân loại (lĩnh vực, thẩm quyền, mức độ)
  'assigned', // đã giao cơ quan chuẩn bị nội dung trả lời
  'answer-drafted', // cơ quan đã dự thảo trả lời, chờ duyệt
  'answer-approved', // lãnh đạo đã duyệt nội dung trả lời
  'answered-at-conference', // đã trả lời tại hội nghị
  'awaiting-written-answer', // xác minh, trả lời bằng văn bản sau
  'forwarded', // chuyển cấp có thẩm quyền
  'guided', // hướng dẫn đến cơ quan khác
  'answered', // đã trả lời bằng văn bản
  'settled', // công dân chấp nhận, kết thúc
  'not-settled', // công dân cho rằng chưa giải quyết thỏa đáng
  'carried-over', // chuyển sang kỳ đối thoại sau (có liên kết lịch sử)
  'withdrawn', // công dân rút kiến nghị
] as const;

export const PetitionStatusSchema = z.enum(PETITION_STATUSES, {
  error: 'Trạng thái kiến nghị không hợp lệ.',
});
export type PetitionStatus = z.infer<typeof PetitionStatusSchema>;

export const PETITION_STATUS_LABELS = {
  received: 'Đã tiếp nhận',
  triaged: 'Đã phân loại',
  assigned: 'Đã giao chuẩn bị trả lời',
  'answer-drafted': 'Chờ duyệt trả lời',
  'answer-approved': 'Đã duyệt trả lời',
  'answered-at-conference': 'Đã trả lời tại hội nghị',
  'awaiting-written-answer': 'Chờ trả lời bằng văn bản',
  forwarded: 'Đã chuyển cấp có thẩm quyền',
  guided: 'Đã hướng dẫn cơ quan khác',
  answered: 'Đã trả lời bằng văn bản',
  settled: 'Đã giải quyết xong',
  'not-settled': 'Công dân chưa đồng ý',
  'carried-over': 'Chuyển kỳ đối thoại sau',
  withdrawn: 'Công dân đã rút',
} as const satisfies Record<PetitionStatus, string>;

/**
 * The states in which the commune still owes the written answer due on the petition's
 * `answerDueOn` (seed 002 §4.3): whatever year the dialogue was, these are live work.
 */
export const OWING_WRITTEN_ANSWER_STATUSES = [
  'awaiting-written-answer',
  'answer-drafted',
  'answer-approved',
] as const satisfies readonly PetitionStatus[];

/** Done with, or in another body's hands: nothing is left for the commune's inbox to do. */
const NO_ACTION_LEFT: readonly PetitionStatus[] = [
  'settled',
  'withdrawn',
  'forwarded',
  'guided',
  'carried-over',
];

/**
 * What the commune still has to act on: to triage, assign, draft, approve, send, or record the
 * citizen's response. The inbox opens on these (issue 18: it listed the oldest, already settled
 * petitions first); "Tất cả" shows the rest.
 */
export const PETITION_STATUSES_NEEDING_ACTION: readonly PetitionStatus[] = PETITION_STATUSES.filter(
  (status) => !NO_ACTION_LEFT.includes(status),
);
