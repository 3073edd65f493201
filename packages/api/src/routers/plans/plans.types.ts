import {
  CreatePlanInputSchema,
  DocumentNumberSchema,
  ExpectedVersionSchema,
  IdSchema,
  IsoDateSchema,
  IssuerKindSchema,
  PlanContentSchema,
  PlanStatusSchema,
  SignerSchema,
  UpdatePlanInputSchema,
} from '@doithoai/domain';
import { z } from 'zod';

/*
 * Inputs of the `plans` router. The plan's own schemas come from the domain; these add what
 * only the API needs: the version the caller saw, list filters, and each step's payload.
 * Texts a step must carry (a reason, a comment) are optional here on purpose: the domain
 * decides that they are required and says so in its own words.
 */

const VersionedRef = z.object({ id: IdSchema, expectedVersion: ExpectedVersionSchema });
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .trim()
    .normalize('NFC')
    .max(max, `${label} không được dài quá ${max} ký tự.`)
    .optional();
const YearSchema = PlanContentSchema.shape.year;

export const ListPlansInputSchema = z
  .object({
    year: YearSchema.optional(),
    status: z.union([PlanStatusSchema, z.array(PlanStatusSchema)]).optional(),
    issuerKind: IssuerKindSchema.optional(),
    /** Narrows a province viewer's list to one commune. */
    adminUnitCode: z.string().trim().min(1).max(10).optional(),
    q: optionalText('Từ khóa tìm kiếm', 200),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();

export const PlanRefSchema = z.object({ id: IdSchema });
export const PlanVersionRefSchema = z.object({
  id: IdSchema,
  version: z.number({ error: 'Phiên bản phải là số.' }).int().positive(),
});
export const PlanScheduleInputSchema = z.object({
  id: IdSchema,
  /** "Today" for each deadline's state; defaults to today in Vietnam. */
  asOf: IsoDateSchema.optional(),
});
export const LastPlanOfIssuerInputSchema = z.object({
  issuerKind: IssuerKindSchema,
  documentSymbol: z.string().trim().min(1).max(50).optional(),
  beforeYear: YearSchema.optional(),
});

/** "Copy last year's plan": the new draft's year (and, if wanted, its title). */
export const CopyPlanInputSchema = z.object({
  copyFromPlanId: IdSchema,
  year: YearSchema,
  title: PlanContentSchema.shape.title.optional(),
});
export type CopyPlanInput = z.infer<typeof CopyPlanInputSchema>;

type CreatePlanRequest = z.infer<typeof CreatePlanInputSchema> | CopyPlanInput;
type CreatePlanRequestInput =
  z.input<typeof CreatePlanInputSchema> | z.input<typeof CopyPlanInputSchema>;

/**
 * A blank draft (`CreatePlanInputSchema`) or a copy (`copyFromPlanId`). Dispatching on the key,
 * rather than a zod union, keeps the Vietnamese messages of the schema that applies.
 */
export const CreatePlanRequestSchema = z
  .looseObject({ copyFromPlanId: z.unknown().optional() })
  .transform((value, ctx) => {
    const schema = value.copyFromPlanId === undefined ? CreatePlanInputSchema : CopyPlanInputSchema;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  }) as unknown as z.ZodType<CreatePlanRequest, CreatePlanRequestInput>;

export const UpdatePlanRequestSchema = UpdatePlanInputSchema.and(
  z.object({ expectedVersion: ExpectedVersionSchema }),
);

export const SubmitPlanInputSchema = VersionedRef;
export const ReturnPlanInputSchema = VersionedRef.extend({
  comment: optionalText('Ý kiến trả lại', 4000),
});
export const ApprovePlanInputSchema = VersionedRef.extend({
  /** Số: 14 in 14-KH/ĐU. Left out, the domain refuses with PLAN_NUMBER_REQUIRED. */
  documentNumber: DocumentNumberSchema.optional(),
  /** Defaults to the signer the plan names. */
  signer: SignerSchema.optional(),
  /** Ngày ban hành; defaults to today in Vietnam. */
  issuedOn: IsoDateSchema.optional(),
});
export const AnnouncePlanInputSchema = VersionedRef.extend({
  /** The day the public notice / invitations went out; defaults to today. */
  noticeIssuedOn: IsoDateSchema.optional(),
});
export const ReasonInputSchema = VersionedRef.extend({ reason: optionalText('Lý do', 2000) });
export const ReschedulePlanInputSchema = ReasonInputSchema.extend({
  newDialogueDate: IsoDateSchema.optional(),
});
export const HoldPlanInputSchema = VersionedRef.extend({ heldOn: IsoDateSchema.optional() });
export const ConcludePlanInputSchema = VersionedRef.extend({
  /** The day the conclusion notice was issued; defaults to today. */
  conclusionIssuedOn: IsoDateSchema.optional(),
});
export const ClosePlanInputSchema = VersionedRef;
