import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText, textList } from '../common/text.js';
import { yearSchema } from '../common/year.schema.js';
import { RegulationProfileIdSchema, RuleOverrideSchema } from '../deadlines/rule.schema.js';
import { LegalBasisSchema } from './legal-basis.schema.js';
import {
  ContentSectionSchema,
  PlanTopicSchema,
  ReturnCommentSchema,
} from './plan-content.schema.js';
import { checkPlanConventions } from './plan-conventions.js';
import {
  DocumentNumberSchema,
  DocumentSymbolSchema,
  IssuerSchema,
} from './plan-document.schema.js';
import { ChairSchema, ParticipantGroupSchema } from './plan-participants.schema.js';
import { RecipientSchema } from './plan-recipients.schema.js';
import { OrganisationTaskSchema } from './plan-tasks.schema.js';
import { PlanFormatSchema, PlanTimingSchema, VenueSchema } from './plan-timing.schema.js';
import { PlanStatusSchema, type PlanStatus } from './plan.status.js';
import { SignerSchema } from './signer.schema.js';

/**
 * What the drafting office edits: the body of a Kế hoạch, in the order the seeds use. A draft
 * may leave lists empty and timing, venue and signer out; `missingFieldsForSubmission` says
 * what must be filled before the plan goes to the signer.
 */
export const PlanContentSchema = z.object({
  /** The commune whose People the dialogue is with (seed 002: Khoen On, though the issuer is the district). */
  adminUnitCode: AdminUnitCodeSchema,
  issuer: IssuerSchema,
  documentSymbol: DocumentSymbolSchema,
  title: requiredText('Trích yếu kế hoạch', 500),
  year: yearSchema('Năm kế hoạch'),
  legalBases: z.array(LegalBasisSchema),
  regulationProfileId: RegulationProfileIdSchema,
  purposes: textList('Mục đích', 4000),
  requirements: textList('Yêu cầu', 4000),
  topics: z.array(PlanTopicSchema),
  contentSections: z.array(ContentSectionSchema),
  format: PlanFormatSchema,
  timing: PlanTimingSchema.optional(),
  venue: VenueSchema.optional(),
  chairs: z.array(ChairSchema),
  participantGroups: z.array(ParticipantGroupSchema),
  tasks: z.array(OrganisationTaskSchema),
  recipients: z.array(RecipientSchema),
  /** The plan's own deadlines where it departs from its profile (seed 000: cut-off 04/12/2025). */
  scheduleOverrides: z.array(RuleOverrideSchema),
  signer: SignerSchema.optional(),
  /** Unresolved petitions of an earlier dialogue put on this one's agenda (docs/domain.md §6). */
  carriedOverPetitionIds: z.array(IdSchema),
});
export type PlanContent = z.infer<typeof PlanContentSchema>;

/** From approval on, a plan is numbered, dated and signed (docs/domain.md §1). */
const NUMBERED_STATUSES: ReadonlySet<PlanStatus> = new Set([
  'approved',
  'announced',
  'held',
  'concluded',
  'closed',
]);

const REQUIRED_ONCE_NUMBERED = [
  ['documentNumber', 'Kế hoạch đã phê duyệt phải có số văn bản.'],
  ['issuedOn', 'Kế hoạch đã phê duyệt phải có ngày ban hành.'],
  ['signer', 'Kế hoạch đã phê duyệt phải có người ký.'],
] as const;

export const PlanSchema = PlanContentSchema.extend({
  id: IdSchema,
  status: PlanStatusSchema,
  documentNumber: DocumentNumberSchema.optional(),
  issuedOn: IsoDateSchema.optional(),
  /** Why the plan was postponed or cancelled. */
  statusReason: requiredText('Lý do', 2000).optional(),
  returnComments: z.array(ReturnCommentSchema),
}).superRefine((plan, ctx) => {
  checkPlanConventions(plan, ctx);
  if (NUMBERED_STATUSES.has(plan.status)) {
    for (const [field, message] of REQUIRED_ONCE_NUMBERED) {
      if (plan[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  }
  if (
    (plan.status === 'postponed' || plan.status === 'cancelled') &&
    plan.statusReason === undefined
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusReason'],
      message: 'Phải nêu lý do tạm hoãn hoặc hủy kế hoạch.',
    });
  }
  if (plan.status === 'returned' && plan.returnComments.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['returnComments'],
      message: 'Kế hoạch bị trả lại phải kèm ý kiến chỉ đạo chỉnh sửa.',
    });
  }
});
export type Plan = z.infer<typeof PlanSchema>;
