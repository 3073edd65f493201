import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * What the Fatherland Front records when it supervises follow-up (seed 000 §IV.3, seed 001
 * §III.1, seed 004 §IV.5). The Front reads and records; it never edits an answer.
 */
export const FINDING_KINDS = [
  'visited', // đã đến gặp công dân / kiểm tra thực tế
  'citizen-satisfied', // công dân đồng ý với kết quả
  'citizen-not-satisfied', // công dân chưa đồng ý
  'answer-inadequate', // nội dung trả lời chưa đầy đủ, chưa đúng
  'explanation-requested', // đề nghị cơ quan giải trình
  'escalated-to-secretary', // kiến nghị Bí thư Đảng ủy chỉ đạo
] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS, {
  error: 'Loại kết quả giám sát không hợp lệ.',
});
export type FindingKind = z.infer<typeof FindingKindSchema>;
export const FINDING_KIND_LABELS = {
  visited: 'Đã kiểm tra, gặp công dân',
  'citizen-satisfied': 'Công dân đồng ý',
  'citizen-not-satisfied': 'Công dân chưa đồng ý',
  'answer-inadequate': 'Trả lời chưa thỏa đáng',
  'explanation-requested': 'Đề nghị giải trình',
  'escalated-to-secretary': 'Báo cáo Bí thư Đảng ủy',
} as const satisfies Record<FindingKind, string>;

/** Kinds that are a complaint or a demand: they must say what is wrong. */
const NOTE_REQUIRED: ReadonlySet<FindingKind> = new Set([
  'citizen-not-satisfied',
  'answer-inadequate',
  'explanation-requested',
  'escalated-to-secretary',
]);

export const FindingTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('petition'), petitionId: IdSchema }),
    z.object({ kind: z.literal('task'), taskId: IdSchema }),
  ],
  { error: 'Đối tượng giám sát phải là một kiến nghị hoặc một nhiệm vụ.' },
);
export type FindingTarget = z.infer<typeof FindingTargetSchema>;

export const FindingSchema = z
  .object({
    id: IdSchema,
    planId: IdSchema,
    kind: FindingKindSchema,
    target: FindingTargetSchema,
    note: requiredText('Nội dung giám sát', 4000).optional(),
    /** The day of a visit, when it differs from the day it was recorded. */
    observedOn: IsoDateSchema.optional(),
    recordedBy: IdSchema,
    recordedAt: IsoInstantSchema,
  })
  .refine((f) => !NOTE_REQUIRED.has(f.kind) || f.note !== undefined, {
    message: 'Phải ghi rõ nội dung giám sát.',
    path: ['note'],
  });
export type Finding = z.infer<typeof FindingSchema>;
