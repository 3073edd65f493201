import {
  ConclusionItemSchema,
  ConclusionNoticeSchema,
  DeadlineStateSchema,
  ExpectedVersionSchema,
  FollowUpStatusSchema,
  IdSchema,
  IsoDateSchema,
  NoticeMethodSchema,
  YearSchema,
} from '@doithoai/domain';
import { z } from 'zod';

/*
 * Inputs of the `followUp` router. The notice and its items come from the domain's schemas;
 * texts a step must carry (a reason, a report) are optional here on purpose: the domain's
 * follow-up machine decides they are required and says so in its own words.
 */

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .trim()
    .normalize('NFC')
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .optional();

/** One assignment as the chair issues it: the id is given by the system. */
export const ConclusionItemInputSchema = ConclusionItemSchema.omit({ id: true }).extend({
  relatedPetitionIds: z.array(IdSchema).default([]),
});

export const IssueConclusionInputSchema = ConclusionNoticeSchema.omit({
  id: true,
  conferenceId: true,
  issuedOn: true,
  items: true,
  publishedVia: true,
}).extend({
  expectedVersion: ExpectedVersionSchema,
  /** Defaults to today (Vietnam). */
  issuedOn: IsoDateSchema.optional(),
  items: z
    .array(ConclusionItemInputSchema)
    .min(1, 'Thông báo kết luận phải có ít nhất một nội dung phân công.')
    .max(200, 'Tối đa 200 nội dung phân công.'),
  publishedVia: ConclusionNoticeSchema.shape.publishedVia.default([]),
});
export type IssueConclusionInput = z.infer<typeof IssueConclusionInputSchema>;

export const ListTasksInputSchema = z.object({
  planId: IdSchema.optional(),
  year: YearSchema.optional(),
  responsibleOrganisationId: IdSchema.optional(),
  statuses: z.array(FollowUpStatusSchema).optional(),
  /** due-soon, overdue, long-overdue, extended, met-on-time, met-late… (the domain's states). */
  deadlineStates: z.array(DeadlineStateSchema).optional(),
});

/** The deadline board: all the caller's dialogues, or one year's. */
export const BoardInputSchema = z.object({
  year: YearSchema.optional(),
});

export const TaskRefSchema = z.object({ id: IdSchema });
export const PlanRefSchema = z.object({ planId: IdSchema });

const VersionedTask = z.object({ id: IdSchema, expectedVersion: ExpectedVersionSchema });

export const StartTaskInputSchema = VersionedTask;
export const VerifyTaskInputSchema = VersionedTask;
export const ReportDoneInputSchema = VersionedTask.extend({
  report: optionalText('Báo cáo kết quả', 8000),
});
export const ReopenTaskInputSchema = VersionedTask.extend({
  reason: optionalText('Lý do mở lại', 2000),
  findingId: IdSchema.optional(),
});
export const ExtendTaskInputSchema = VersionedTask.extend({
  newDueOn: IsoDateSchema,
  reason: optionalText('Lý do gia hạn', 2000),
  citizenInformed: z.boolean({ error: 'Phải ghi đã thông báo cho công dân hay chưa.' }),
  informedOn: IsoDateSchema.optional(),
  informedHow: NoticeMethodSchema.optional(),
});
export const CarryOverTaskInputSchema = VersionedTask.extend({
  reason: optionalText('Lý do chuyển kỳ sau', 2000),
  nextPlanId: IdSchema.optional(),
});
export const CancelTaskInputSchema = VersionedTask.extend({
  reason: optionalText('Lý do hủy', 2000),
});
