import { z } from 'zod';
import { formatVietnameseDate, IsoDateSchema } from '../calendar/civil-date.js';
import { requiredText } from '../common/text.js';

/** The kinds of documents the seeds cite in their Căn cứ. */
export const LEGAL_DOCUMENT_TYPES = [
  'law',
  'decree',
  'decision',
  'regulation',
  'rules',
  'plan',
  'guidance',
  'resolution',
  'conclusion',
  'directive',
  'other',
] as const;
export const LegalDocumentTypeSchema = z.enum(LEGAL_DOCUMENT_TYPES, {
  error: 'Loại văn bản không hợp lệ.',
});
export type LegalDocumentType = z.infer<typeof LegalDocumentTypeSchema>;
export const LEGAL_DOCUMENT_TYPE_LABELS = {
  law: 'Luật',
  decree: 'Nghị định',
  decision: 'Quyết định',
  regulation: 'Quy định',
  rules: 'Quy chế',
  plan: 'Kế hoạch',
  guidance: 'Hướng dẫn',
  resolution: 'Nghị quyết',
  conclusion: 'Kết luận',
  directive: 'Chỉ thị',
  other: 'Văn bản',
} as const satisfies Record<LegalDocumentType, string>;

/** "Căn cứ" (a legal ground) or "Thực hiện" (a document the plan carries out — seeds 001, 003). */
export const LegalBasisRelationSchema = z.enum(['legal-basis', 'implements'], {
  error: 'Quan hệ với văn bản căn cứ không hợp lệ.',
});
export type LegalBasisRelation = z.infer<typeof LegalBasisRelationSchema>;
export const LEGAL_BASIS_RELATION_LABELS = {
  'legal-basis': 'Căn cứ',
  implements: 'Thực hiện',
} as const satisfies Record<LegalBasisRelation, string>;

export const LegalBasisSchema = z.object({
  relation: LegalBasisRelationSchema,
  documentType: LegalDocumentTypeSchema,
  /** Số, ký hiệu: "11-QĐi/TW", "29/2022/QĐ-UBND". A law may be cited by name and date only (seed 004). */
  reference: requiredText('Số, ký hiệu văn bản căn cứ', 100).optional(),
  issuedOn: IsoDateSchema.optional(),
  issuer: requiredText('Cơ quan ban hành văn bản căn cứ', 300).optional(),
  /** Trích yếu, worded so it follows the reference: "quy định về trách nhiệm của…". */
  title: requiredText('Trích yếu văn bản căn cứ', 1000),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/**
 * One Căn cứ line as Vietnamese documents write it.
 *
 * @example formatLegalBasis({ relation: 'legal-basis', documentType: 'rules', reference: '06-QC/TU', issuedOn: '2019-04-04', issuer: 'Tỉnh ủy', title: 'về tiếp xúc, đối thoại trực tiếp' })
 * // 'Căn cứ Quy chế số 06-QC/TU ngày 04/04/2019 của Tỉnh ủy về tiếp xúc, đối thoại trực tiếp'
 * @example formatLegalBasis({ relation: 'legal-basis', documentType: 'law', issuedOn: '2025-06-16', title: 'Tổ chức chính quyền địa phương' })
 * // 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/06/2025'
 */
export function formatLegalBasis(basis: LegalBasis): string {
  const parts: string[] = [
    LEGAL_BASIS_RELATION_LABELS[basis.relation],
    LEGAL_DOCUMENT_TYPE_LABELS[basis.documentType],
  ];
  // Without a number the document is cited by its name first: "Luật Tổ chức chính quyền địa phương ngày 16/6/2025".
  if (basis.reference === undefined) parts.push(basis.title);
  else parts.push(`số ${basis.reference}`);
  if (basis.issuedOn !== undefined) parts.push(`ngày ${formatVietnameseDate(basis.issuedOn)}`);
  if (basis.issuer !== undefined) parts.push(`của ${basis.issuer}`);
  if (basis.reference !== undefined) parts.push(basis.title);
  return parts.join(' ');
}
