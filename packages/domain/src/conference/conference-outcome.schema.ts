import { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * What happened to each petition at the conference (seed 004 §II.3; seed 002 §4.2): answered
 * there; to be verified and answered in writing; beyond the commune's authority, reported to
 * the competent level; another body's responsibility, the citizen guided to it.
 */
export const PetitionOutcomeKindSchema = z.enum(
  ['answered-at-conference', 'answer-in-writing', 'forwarded-upward', 'guided-to-other-body'],
  {
    error: 'Kết quả xử lý tại hội nghị không hợp lệ.',
  },
);
export type PetitionOutcomeKind = z.infer<typeof PetitionOutcomeKindSchema>;
export const PETITION_OUTCOME_KIND_LABELS = {
  'answered-at-conference': 'Đã trả lời tại hội nghị',
  'answer-in-writing': 'Xác minh, trả lời bằng văn bản sau',
  'forwarded-upward': 'Báo cáo cấp có thẩm quyền',
  'guided-to-other-body': 'Hướng dẫn đến cơ quan khác',
} as const satisfies Record<PetitionOutcomeKind, string>;

export const ConferenceOutcomeSchema = z
  .object({
    petitionId: IdSchema,
    kind: PetitionOutcomeKindSchema,
    /** The leader the chair called on to answer (seed 002 §4.2). */
    answeredBy: z
      .object({
        name: requiredText('Họ và tên người trả lời', 200).optional(),
        position: requiredText('Chức vụ người trả lời', 300),
      })
      .optional(),
    /** The department that must answer in writing. */
    responsibleOrganisationId: IdSchema.optional(),
    /** The competent level or the other body. */
    referredTo: requiredText('Cơ quan tiếp nhận', 300).optional(),
    note: requiredText('Ghi chú', 4000).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'answered-at-conference' && o.answeredBy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['answeredBy'],
        message: 'Phải ghi người trả lời tại hội nghị.',
      });
    }
    if (o.kind === 'answer-in-writing' && o.responsibleOrganisationId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['responsibleOrganisationId'],
        message: 'Phải giao cơ quan trả lời bằng văn bản.',
      });
    }
    if (
      (o.kind === 'forwarded-upward' || o.kind === 'guided-to-other-body') &&
      o.referredTo === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredTo'],
        message: 'Phải ghi cơ quan, cấp có thẩm quyền tiếp nhận.',
      });
    }
  });
export type ConferenceOutcome = z.infer<typeof ConferenceOutcomeSchema>;
