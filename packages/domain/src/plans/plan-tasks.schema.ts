import { z } from 'zod';
import { OrganisationKindSchema } from '../accounts/organisation.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * One entry of "Tổ chức thực hiện": a body and what it must do, in the plan's own words.
 * The issuer cannot order the Fatherland Front, so plans "đề nghị" (request) it instead
 * (seed 001 §III.1, seed 004 §IV.5); `isRequest` keeps that wording.
 */
export const OrganisationTaskSchema = z.object({
  /** As the plan names it: "Văn phòng Đảng ủy", "Các thôn trên địa bàn xã". */
  assignee: requiredText('Cơ quan, đơn vị được giao', 300),
  organisationKind: OrganisationKindSchema.optional(),
  organisationId: IdSchema.optional(),
  isRequest: z.boolean({ error: 'Phải ghi rõ là giao nhiệm vụ hay đề nghị.' }),
  duties: z
    .array(requiredText('Nhiệm vụ', 4000), { error: 'Nhiệm vụ phải là một danh sách.' })
    .min(1, 'Phải ghi ít nhất một nhiệm vụ cho cơ quan, đơn vị.'),
});
export type OrganisationTask = z.infer<typeof OrganisationTaskSchema>;
