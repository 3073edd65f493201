import {
  AdminUnitCodeSchema,
  CitizenResponseKindSchema,
  ExpectedVersionSchema,
  IdSchema,
  PetitionerSchema,
  PetitionFieldSchema,
  PetitionKindSchema,
  requiredText,
  VietnamesePhoneSchema,
  OnlineWithdrawablePurposeSchema,
} from '@doithoai/domain';
import { z } from 'zod';

// Inputs of `public.*`. The registration repeats the domain's fields of seed 004's Phiếu đăng ký
// (họ và tên, điện thoại, địa chỉ, nội dung) plus village, organisation, field and "wants to
// speak"; the spam defences' fields; and explicit consent per purpose (Luật 91/2025/QH15,
// Nghị định 356/2025/NĐ-CP: consent is given for each purpose, by an affirmative act).

export const CommuneInputSchema = z.object({ communeCode: AdminUnitCodeSchema });
export const DialogueInputSchema = z.object({ planId: IdSchema });

const mustAgree = z.literal(true, {
  error: 'Cần đánh dấu đồng ý để xã tiếp nhận và xử lý ý kiến, kiến nghị của bạn.',
});

export const PublicRegisterInputSchema = z.object({
  planId: IdSchema,
  /** The fill-time token from `public.formToken`. */
  formToken: z.string({ error: 'Thiếu mã biểu mẫu; hãy tải lại trang.' }).max(500),
  /** The honeypot: a field people never see; software that fills every field fills it. */
  website: z.string().max(500).optional(),
  petitioner: PetitionerSchema.extend({
    // Online, the phone is required: the commune calls back, and a resubmission is recognised by it.
    phone: VietnamesePhoneSchema,
    address: requiredText('Địa chỉ', 500),
  }),
  content: requiredText('Nội dung ý kiến, kiến nghị', 5000),
  kind: PetitionKindSchema.default('request'),
  field: PetitionFieldSchema.optional(),
  wantsToSpeak: z.boolean({ error: 'Đăng ký phát biểu phải là có hoặc không.' }).default(false),
  consent: z.object({
    handlePetition: mustAgree,
    contactByPhone: z.boolean().default(false),
    publishAnswerRedacted: z.boolean().default(false),
  }),
});
export type PublicRegisterInput = z.infer<typeof PublicRegisterInputSchema>;

/** Any text: a malformed code gets the same "not found" as an unknown one. */
export const TrackInputSchema = z.object({ code: z.string().max(64) });

export const RespondInputSchema = z.object({
  code: z.string().max(64),
  expectedVersion: ExpectedVersionSchema,
  response: CitizenResponseKindSchema,
  note: requiredText('Ý kiến của bạn', 2000).optional(),
  /** The second factor: the last 4 digits of the phone given at registration. */
  phoneLast4: z.string().max(16).optional(),
});

/** A citizen withdraws a consent from the tracking page, with the same second factor. */
export const WithdrawConsentInputSchema = z.object({
  code: z.string().max(64),
  expectedVersion: ExpectedVersionSchema,
  purpose: OnlineWithdrawablePurposeSchema,
  phoneLast4: z.string().max(16).optional(),
});
