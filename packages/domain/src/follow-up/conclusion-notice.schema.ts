import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { DocumentNumberSchema, DocumentSymbolSchema } from '../plans/plan-document.schema.js';
import { SignerSchema } from '../plans/signer.schema.js';

/** Where the conclusion is made public (seed 004 §II.4; Luật Tổ chức CQĐP 2025, Điều 43). */
export const PublicationChannelSchema = z.enum(
  ['commune-website', 'notice-board', 'village-heads', 'mass-media'],
  {
    error: 'Hình thức công khai không hợp lệ.',
  },
);
export type PublicationChannel = z.infer<typeof PublicationChannelSchema>;
export const PUBLICATION_CHANNEL_LABELS = {
  'commune-website': 'Trang thông tin điện tử của xã',
  'notice-board': 'Niêm yết tại trụ sở',
  'village-heads': 'Gửi trưởng thôn, bản, tổ dân phố',
  'mass-media': 'Phương tiện thông tin đại chúng',
} as const satisfies Record<PublicationChannel, string>;

/** One assignment in the notice: what, who is responsible, by when, for which petitions. */
export const ConclusionItemSchema = z.object({
  id: IdSchema,
  content: requiredText('Nội dung kết luận', 8000),
  responsibleOrganisationId: IdSchema,
  dueOn: IsoDateSchema.optional(),
  relatedPetitionIds: z.array(IdSchema),
});
export type ConclusionItem = z.infer<typeof ConclusionItemSchema>;

/**
 * Thông báo kết luận: within 07 working days of the dialogue (seed 004 §II.4), it states the
 * government's position and assigns responsibility to each body; it is the basis for
 * follow-up and must be published on the commune's website and notice board.
 */
export const ConclusionNoticeSchema = z.object({
  id: IdSchema,
  planId: IdSchema,
  conferenceId: IdSchema.optional(),
  documentNumber: DocumentNumberSchema.optional(),
  /** "TB/ĐU" for a Party committee, "TB-UBND" for a People's Committee. */
  documentSymbol: DocumentSymbolSchema,
  issuedOn: IsoDateSchema.optional(),
  signer: SignerSchema.optional(),
  /** "Quan điểm giải quyết của chính quyền" (seed 004 §II.4). */
  position: requiredText('Quan điểm giải quyết', 20000),
  items: z
    .array(ConclusionItemSchema)
    .min(1, 'Thông báo kết luận phải có ít nhất một nội dung phân công.'),
  publishedOn: IsoDateSchema.optional(),
  publishedVia: z.array(PublicationChannelSchema),
});
export type ConclusionNotice = z.infer<typeof ConclusionNoticeSchema>;
