import { z } from 'zod';
import { IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * Lĩnh vực: the fields the seeds name as dialogue topics — land and environment, security and
 * order, administrative procedures (seed 000); land recovery, social policy, administrative
 * reform (seed 002); Party building, the Front and mass organisations (seed 003).
 */
export const PETITION_FIELDS = [
  'land-environment',
  'security-order',
  'administrative-procedures',
  'social-policy',
  'infrastructure',
  'economy',
  'party-building',
  'culture-education-health',
  'other',
] as const;
export const PetitionFieldSchema = z.enum(PETITION_FIELDS, { error: 'Lĩnh vực không hợp lệ.' });
export type PetitionField = z.infer<typeof PetitionFieldSchema>;
export const PETITION_FIELD_LABELS = {
  'land-environment': 'Đất đai, tài nguyên và môi trường',
  'security-order': 'An ninh, trật tự',
  'administrative-procedures': 'Thủ tục hành chính',
  'social-policy': 'Chính sách xã hội',
  infrastructure: 'Hạ tầng, giao thông, xây dựng',
  economy: 'Kinh tế, sản xuất',
  'party-building': 'Xây dựng Đảng, chính quyền, Mặt trận và đoàn thể',
  'culture-education-health': 'Văn hóa, giáo dục, y tế',
  other: 'Lĩnh vực khác',
} as const satisfies Record<PetitionField, string>;

/** Seed 002 §4.1: the office classifies "mức độ cấp thiết" before assigning. */
export const UrgencySchema = z.enum(['normal', 'urgent', 'very-urgent'], {
  error: 'Mức độ cấp thiết không hợp lệ.',
});
export type Urgency = z.infer<typeof UrgencySchema>;
export const URGENCY_LABELS = {
  normal: 'Bình thường',
  urgent: 'Cấp thiết',
  'very-urgent': 'Rất cấp thiết',
} as const satisfies Record<Urgency, string>;

/**
 * Seed 004 §II.3: within the chair's authority, answer; beyond it, report to the upper level;
 * another body's responsibility, explain and guide the citizen to it.
 */
export const CompetenceSchema = z.enum(['commune', 'upper-level', 'other-body'], {
  error: 'Thẩm quyền giải quyết không hợp lệ.',
});
export type Competence = z.infer<typeof CompetenceSchema>;
export const COMPETENCE_LABELS = {
  commune: 'Thuộc thẩm quyền của xã',
  'upper-level': 'Vượt thẩm quyền, báo cáo cấp trên',
  'other-body': 'Thuộc cơ quan khác, hướng dẫn công dân',
} as const satisfies Record<Competence, string>;

/** Seed 002 §4.3: written answers within 15 working days, complex matters within 30. */
export const ComplexitySchema = z.enum(['standard', 'complex'], {
  error: 'Mức độ phức tạp không hợp lệ.',
});
export type Complexity = z.infer<typeof ComplexitySchema>;
export const COMPLEXITY_LABELS = {
  standard: 'Thông thường',
  complex: 'Phức tạp',
} as const satisfies Record<Complexity, string>;

export const TriageSchema = z
  .object({
    field: PetitionFieldSchema,
    urgency: UrgencySchema,
    competence: CompetenceSchema,
    complexity: ComplexitySchema,
    /** The department that prepares the answer before the conference (seed 000 §IV.4). */
    assignedOrganisationId: IdSchema.optional(),
    /** The competent level or body, when the matter is not the commune's. */
    referredTo: requiredText('Cơ quan có thẩm quyền', 300).optional(),
    note: requiredText('Ghi chú phân loại', 2000).optional(),
    triagedBy: IdSchema,
    triagedAt: IsoInstantSchema,
  })
  .refine((t) => t.competence === 'commune' || t.referredTo !== undefined, {
    message: 'Phải ghi cơ quan, cấp có thẩm quyền khi kiến nghị không thuộc thẩm quyền của xã.',
    path: ['referredTo'],
  });
export type Triage = z.infer<typeof TriageSchema>;
