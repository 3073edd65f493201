import { z } from 'zod';
import { IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText, textList } from '../common/text.js';
import { PetitionFieldSchema } from '../petitions/triage.schema.js';

/**
 * A dialogue topic in the plan's words, tied to a field so petitions can be matched to it
 * (seed 000: "Công tác quản lý đất đai - Tài nguyên môi trường" → land-environment).
 */
export const PlanTopicSchema = z.object({
  field: PetitionFieldSchema,
  label: requiredText('Nội dung, lĩnh vực đối thoại', 1000),
});
export type PlanTopic = z.infer<typeof PlanTopicSchema>;

/** A numbered part of the body the schema has no field for (e.g. seed 002 §4 "Trình tự"). */
export const ContentSectionSchema = z.object({
  heading: requiredText('Tiêu đề mục', 500),
  paragraphs: textList('Nội dung mục', 8000).min(1, 'Mục phải có ít nhất một đoạn nội dung.'),
});
export type ContentSection = z.infer<typeof ContentSectionSchema>;

/** A returned plan keeps every round of comments, oldest first. */
export const ReturnCommentSchema = z.object({
  at: IsoInstantSchema,
  by: IdSchema,
  comment: requiredText('Ý kiến trả lại', 4000),
});
export type ReturnComment = z.infer<typeof ReturnCommentSchema>;
