import {
  CitizenResponseKindSchema,
  DEADLINE_FILTERS,
  ExpectedVersionSchema,
  IdSchema,
  IsoDateSchema,
  PetitionChannelSchema,
  PetitionFieldSchema,
  PetitionStatusSchema,
  RegisterPetitionInputSchema,
  RegisterPetitionsBulkInputSchema,
  requiredText,
  TriageSchema,
} from '@doithoai/domain';
import { z } from 'zod';

// API input schemas for `petitions.*`: the domain's schemas where they exist, plus what the
// transport needs (ids, expected versions, paging). Rules stay in the domain.

const target = { id: IdSchema, expectedVersion: ExpectedVersionSchema };
export const PetitionTargetSchema = z.object(target);

/**
 * One registration. `receivedOn` defaults to today; the whole object is parsed again with the
 * domain's `RegisterPetitionInputSchema` (and its refinements) once the default is filled in.
 */
export const RegisterPetitionRequestSchema = z.object({
  ...RegisterPetitionInputSchema.shape,
  receivedOn: IsoDateSchema.optional(),
});
export type RegisterPetitionRequest = z.infer<typeof RegisterPetitionRequestSchema>;

type BulkItem = z.input<typeof RegisterPetitionsBulkInputSchema>['items'][number];

/**
 * A village list or the Front's compilation. Items are checked row by row in the procedure
 * (with the domain's bulk schema), so every row's problems come back together with its number.
 */
export const RegisterPetitionsBulkRequestSchema = z.object({
  ...RegisterPetitionsBulkInputSchema.shape,
  receivedOn: IsoDateSchema.optional(),
  items: z.array(
    z.custom<BulkItem>(() => true),
    { error: 'Danh sách ý kiến phải là một mảng.' },
  ),
});
export type RegisterPetitionsBulkRequest = z.infer<typeof RegisterPetitionsBulkRequestSchema>;

/*
 * What the caller sends to triage: the domain's TriageSchema without what the server fills in
 * (who and when) and without the assignment, a step of its own. The schema's own rule (a matter
 * outside the commune names the competent body) runs on the whole triage in `triageStep`.
 */
const {
  triagedBy: _triagedBy,
  triagedAt: _triagedAt,
  assignedOrganisationId: _assignedOrganisationId,
  ...triageFields
} = TriageSchema.shape;
export const TriageFieldsSchema = z.object(triageFields);
export type TriageFields = z.infer<typeof TriageFieldsSchema>;
export const TriageRequestSchema = z.object({ ...target, ...triageFields });
export const TriageBulkRequestSchema = z.object({
  petitions: z
    .array(PetitionTargetSchema)
    .min(1, 'Chọn ít nhất một kiến nghị.')
    .max(500, 'Mỗi lần phân loại không quá 500 kiến nghị.'),
  ...triageFields,
});

export const AssignRequestSchema = z.object({ ...target, assignedOrganisationId: IdSchema });
export const ReferRequestSchema = z.object({
  ...target,
  referredTo: requiredText('Cơ quan tiếp nhận', 300),
});
export const GroupDuplicatesRequestSchema = z.object({
  petitions: z
    .array(PetitionTargetSchema)
    .min(2, 'Chọn ít nhất hai kiến nghị trùng nhau.')
    .max(100, 'Mỗi nhóm không quá 100 kiến nghị.'),
});

export const DraftAnswerRequestSchema = z.object({
  ...target,
  content: requiredText('Nội dung trả lời', 20000),
  legalBasis: requiredText('Căn cứ pháp lý', 2000).optional(),
});
export const SendBackAnswerRequestSchema = z.object({
  ...target,
  comment: requiredText('Ý kiến chỉnh sửa', 2000),
});
export const RecordWrittenAnswerRequestSchema = z.object({
  ...target,
  documentRef: requiredText('Số, ký hiệu văn bản', 100),
  sentOn: IsoDateSchema.optional(),
  /** The competent level's reply to a forwarded petition, in short (there is no draft of it here). */
  content: requiredText('Nội dung trả lời', 20000).optional(),
  /** The texts the letter rests on, when no approved draft already carries them. */
  legalBasis: requiredText('Căn cứ pháp lý', 2000).optional(),
});
export const CitizenResponseRequestSchema = z.object({
  ...target,
  response: CitizenResponseKindSchema,
  note: requiredText('Ý kiến của công dân', 2000).optional(),
  /** How the citizen gave their answer (at the counter, by phone…): the office acts on their behalf. */
  onBehalfNote: requiredText('Cách công dân bày tỏ ý kiến', 500).optional(),
});
export const CarryOverRequestSchema = z.object({
  ...target,
  nextPlanId: IdSchema,
  reason: requiredText('Lý do', 2000),
});
export const WithdrawRequestSchema = z.object({
  ...target,
  reason: requiredText('Lý do', 2000),
  onBehalfNote: requiredText('Cách công dân bày tỏ ý kiến', 500).optional(),
});

export const ListPetitionsRequestSchema = z.object({
  planId: IdSchema.optional(),
  /** The dialogues of one year, as the dashboard counts them. */
  year: z
    .number({ error: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm không hợp lệ.')
    .max(2100, 'Năm không hợp lệ.')
    .optional(),
  withoutField: z.boolean({ error: 'Lọc chưa phân loại phải là có hoặc không.' }).optional(),
  withoutVillage: z.boolean({ error: 'Lọc không rõ thôn phải là có hoặc không.' }).optional(),
  statuses: z.array(PetitionStatusSchema).max(20).optional(),
  field: PetitionFieldSchema.optional(),
  villageId: IdSchema.optional(),
  channel: PetitionChannelSchema.optional(),
  isLate: z.boolean({ error: 'Lọc đăng ký muộn phải là có hoặc không.' }).optional(),
  assignedOrganisationId: IdSchema.optional(),
  duplicateGroupId: IdSchema.optional(),
  deadline: z.enum(DEADLINE_FILTERS, { error: 'Trạng thái thời hạn không hợp lệ.' }).optional(),
  /** Vietnamese text, with or without diacritics, in any Unicode form. */
  q: z.string({ error: 'Từ khóa phải là chuỗi ký tự.' }).max(200, 'Từ khóa quá dài.').optional(),
  /** Newest registrations first (the inbox's "Mới nhất trước"); by default the oldest first. */
  newestFirst: z.boolean({ error: 'Thứ tự sắp xếp phải là có hoặc không.' }).optional(),
  cursor: z.string().max(300).optional(),
  limit: z
    .number({ error: 'Số dòng phải là số.' })
    .int('Số dòng phải là số nguyên.')
    .min(1, 'Số dòng phải lớn hơn 0.')
    .max(200, 'Mỗi trang không quá 200 dòng.')
    .default(50),
});
export type ListPetitionsRequest = z.infer<typeof ListPetitionsRequestSchema>;

const registration = RegisterPetitionInputSchema.shape;

/** A petition raised in person at the conference, optionally classified on the spot. */
export const RaiseFromFloorRequestSchema = z.object({
  planId: IdSchema,
  petitioner: registration.petitioner,
  content: registration.content,
  kind: registration.kind,
  field: registration.field,
  consents: registration.consents,
  triage: TriageFieldsSchema.optional(),
});
export type RaiseFromFloorRequest = z.infer<typeof RaiseFromFloorRequestSchema>;
