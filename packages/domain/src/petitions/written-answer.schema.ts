import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText, textList } from '../common/text.js';

/**
 * Where the department's draft answer stands with the chair: drafted (awaiting approval),
 * approved, or sent back to be redrafted (stored as `petition_answers.status`).
 */
export const ANSWER_STAGES = ['drafted', 'approved', 'sent-back'] as const;
export type AnswerStage = (typeof ANSWER_STAGES)[number];
export const ANSWER_STAGE_LABELS = {
  drafted: 'Chờ duyệt',
  approved: 'Đã duyệt',
  'sent-back': 'Đã trả lại',
} as const satisfies Record<AnswerStage, string>;

/** How the answer reached the citizen (seed 002 §4.3: to the person and to the village). */
export const AnswerDeliverySchema = z.enum(['post', 'hand-delivery', 'via-village', 'electronic'], {
  error: 'Hình thức gửi văn bản trả lời không hợp lệ.',
});
export type AnswerDelivery = z.infer<typeof AnswerDeliverySchema>;
export const ANSWER_DELIVERY_LABELS = {
  post: 'Gửi qua bưu điện',
  'hand-delivery': 'Giao trực tiếp',
  'via-village': 'Gửi qua thôn, bản',
  electronic: 'Gửi điện tử',
} as const satisfies Record<AnswerDelivery, string>;

/** docs/domain.md §6: the citizen accepts, or says the answer does not settle the matter. */
export const CitizenResponseKindSchema = z.enum(['accepted', 'not-settled'], {
  error: 'Ý kiến của công dân không hợp lệ.',
});
export type CitizenResponseKind = z.infer<typeof CitizenResponseKindSchema>;
export const CITIZEN_RESPONSE_LABELS = {
  accepted: 'Đồng ý với nội dung trả lời',
  'not-settled': 'Chưa được giải quyết thỏa đáng',
} as const satisfies Record<CitizenResponseKind, string>;

export const CitizenResponseSchema = z
  .object({
    kind: CitizenResponseKindSchema,
    note: requiredText('Ý kiến của công dân', 2000).optional(),
    recordedBy: IdSchema,
    recordedAt: IsoInstantSchema,
  })
  .refine((r) => r.kind === 'accepted' || r.note !== undefined, {
    message: 'Phải ghi rõ nội dung công dân cho rằng chưa được giải quyết.',
    path: ['note'],
  });
export type CitizenResponse = z.infer<typeof CitizenResponseSchema>;

/** Văn bản trả lời (seed 002 §4.3; seed 004 §II.4): drafted by a department, approved, sent. */
export const WrittenAnswerSchema = z
  .object({
    id: IdSchema,
    petitionId: IdSchema,
    /** Số, ký hiệu of the answer once issued, e.g. "215/UBND-VP". */
    documentReference: requiredText('Số, ký hiệu văn bản', 100).optional(),
    content: requiredText('Nội dung trả lời', 20000),
    /** The legal grounds the answer cites (luật, nghị định, quyết định…). */
    legalBasis: textList('Căn cứ pháp lý', 500),
    answeredByOrganisationId: IdSchema,
    draftedBy: IdSchema,
    approvedBy: IdSchema.optional(),
    approvedAt: IsoInstantSchema.optional(),
    sentOn: IsoDateSchema.optional(),
    deliveredVia: AnswerDeliverySchema.optional(),
    citizenResponse: CitizenResponseSchema.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.sentOn !== undefined && a.approvedBy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['approvedBy'],
        message: 'Văn bản trả lời phải được lãnh đạo duyệt trước khi gửi.',
      });
    }
    if (a.sentOn !== undefined && a.deliveredVia === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['deliveredVia'],
        message: 'Phải ghi hình thức gửi văn bản trả lời.',
      });
    }
    if (a.citizenResponse !== undefined && a.sentOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['citizenResponse'],
        message: 'Chỉ ghi ý kiến của công dân sau khi đã gửi văn bản trả lời.',
      });
    }
  });
export type WrittenAnswer = z.infer<typeof WrittenAnswerSchema>;
