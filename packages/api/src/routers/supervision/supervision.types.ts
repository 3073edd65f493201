import {
  FindingKindSchema,
  FindingTargetSchema,
  IdSchema,
  IsoDateSchema,
  ReportingPeriodSchema,
  YearSchema,
} from '@doithoai/domain';
import { z } from 'zod';

/*
 * Inputs of the `supervision` router. The finding's kinds and targets are the domain's
 * (FindingSchema: a petition or a task); the plan is read from the target. Whether a note is
 * required is the domain's rule too: the finding is checked against FindingSchema once built.
 */

const optionalNote = z
  .string({ error: 'Nội dung giám sát phải là chuỗi ký tự.' })
  .trim()
  .normalize('NFC')
  .max(4000, 'Nội dung giám sát không được dài quá 4000 ký tự.')
  .optional();

export const RecordFindingInputSchema = z.object({
  kind: FindingKindSchema,
  target: FindingTargetSchema,
  note: optionalNote,
  /** The day of a visit, when it differs from today. */
  observedOn: IsoDateSchema.optional(),
});
export type RecordFindingInput = z.infer<typeof RecordFindingInputSchema>;

export const EscalateInputSchema = z.object({
  target: FindingTargetSchema,
  note: optionalNote,
});

export const ListFindingsInputSchema = z.object({
  planId: IdSchema.optional(),
  target: FindingTargetSchema.optional(),
  kind: FindingKindSchema.optional(),
});

export const BoardInputSchema = z
  .object({
    planId: IdSchema.optional(),
    year: YearSchema.optional(),
  })
  .refine((input) => input.planId !== undefined || input.year !== undefined, {
    message: 'Chọn một kế hoạch (planId) hoặc một năm (year).',
    path: ['planId'],
  });

/** A supervision report: one dialogue, or a reporting period of the commune's dialogues. */
export const SupervisionReportInputSchema = z
  .object({ planId: IdSchema.optional(), period: ReportingPeriodSchema.optional() })
  .refine((input) => input.planId !== undefined || input.period !== undefined, {
    message: 'Chọn một cuộc đối thoại hoặc một kỳ báo cáo.',
    path: ['planId'],
  });
