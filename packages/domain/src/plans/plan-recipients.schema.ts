import { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/** Seed 000 splits its Nơi nhận into "Gửi bản điện tử" and "Gửi bản giấy". */
export const CopyKindSchema = z.enum(['electronic', 'paper'], {
  error: 'Hình thức gửi phải là bản điện tử hoặc bản giấy.',
});
export type CopyKind = z.infer<typeof CopyKindSchema>;
export const COPY_KIND_LABELS = {
  electronic: 'Bản điện tử',
  paper: 'Bản giấy',
} as const satisfies Record<CopyKind, string>;

/** Why a recipient gets a copy: b/c, t/h, c/đ after the name; "Lưu" for the archive copy. */
export const RecipientPurposeSchema = z.enum(
  ['to-report', 'to-carry-out', 'to-direct', 'archive', 'none'],
  {
    error: 'Mục đích gửi văn bản không hợp lệ.',
  },
);
export type RecipientPurpose = z.infer<typeof RecipientPurposeSchema>;
export const RECIPIENT_PURPOSE_LABELS = {
  'to-report': 'Để báo cáo',
  'to-carry-out': 'Để thực hiện',
  'to-direct': 'Để chỉ đạo',
  archive: 'Lưu',
  none: 'Để biết',
} as const satisfies Record<RecipientPurpose, string>;
export const RECIPIENT_PURPOSE_ABBREVIATIONS = {
  'to-report': 'b/c',
  'to-carry-out': 't/h',
  'to-direct': 'c/đ',
  archive: '',
  none: '',
} as const satisfies Record<RecipientPurpose, string>;

export const RecipientSchema = z.object({
  /** The line without its purpose: "Thường trực Tỉnh ủy", "Lưu: VT". */
  name: requiredText('Nơi nhận', 300),
  /** Only some plans say (seed 000); absent means the plan does not specify. */
  copyKind: CopyKindSchema.optional(),
  purpose: RecipientPurposeSchema,
  organisationId: IdSchema.optional(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * The recipient line as printed under "Nơi nhận".
 *
 * @example formatRecipientLine({ name: 'Thường trực Tỉnh ủy', purpose: 'to-report' }) // 'Thường trực Tỉnh ủy (b/c)'
 */
export function formatRecipientLine(recipient: Pick<Recipient, 'name' | 'purpose'>): string {
  const abbreviation = RECIPIENT_PURPOSE_ABBREVIATIONS[recipient.purpose];
  return abbreviation === '' ? recipient.name : `${recipient.name} (${abbreviation})`;
}
