import { z } from 'zod';
import { IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { fail, ok, type Result } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';

/**
 * Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 (in force 01/01/2026) and Nghị định 356/2025/NĐ-CP:
 * consent is given for each purpose separately, explicitly, and can be withdrawn. So a
 * petition carries one record per purpose instead of a single "agreed" tick.
 */
export const CONSENT_PURPOSES = [
  'handle-petition', // tiếp nhận, xử lý, trả lời kiến nghị
  'contact-by-phone', // liên hệ qua điện thoại để xác minh, thông báo kết quả
  'forward-to-competent-body', // chuyển thông tin cá nhân cho cơ quan có thẩm quyền
  'publish-answer-redacted', // công khai nội dung trả lời đã ẩn thông tin cá nhân
  'publish-with-name', // công khai kèm họ tên người kiến nghị
] as const;
export const ConsentPurposeSchema = z.enum(CONSENT_PURPOSES, {
  error: 'Mục đích xử lý dữ liệu cá nhân không hợp lệ.',
});
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;
export const CONSENT_PURPOSE_LABELS = {
  'handle-petition': 'Tiếp nhận, xử lý và trả lời kiến nghị',
  'contact-by-phone': 'Liên hệ qua điện thoại',
  'forward-to-competent-body': 'Chuyển thông tin đến cơ quan có thẩm quyền',
  'publish-answer-redacted': 'Công khai nội dung trả lời (đã ẩn thông tin cá nhân)',
  'publish-with-name': 'Công khai kèm họ tên',
} as const satisfies Record<ConsentPurpose, string>;

/** How the consent was expressed, so it can be proved later. */
export const ConsentChannelSchema = z.enum(['paper-form', 'web-form', 'in-person', 'phone'], {
  error: 'Hình thức thể hiện sự đồng ý không hợp lệ.',
});
export type ConsentChannel = z.infer<typeof ConsentChannelSchema>;
export const CONSENT_CHANNEL_LABELS = {
  'paper-form': 'Ký trên phiếu đăng ký',
  'web-form': 'Đánh dấu trên biểu mẫu điện tử',
  'in-person': 'Trực tiếp (có ghi nhận của cán bộ)',
  phone: 'Qua điện thoại (có ghi nhận của cán bộ)',
} as const satisfies Record<ConsentChannel, string>;

/** A consent as given: what a registration form records. */
export const ConsentGrantSchema = z.object({
  purpose: ConsentPurposeSchema,
  givenAt: IsoInstantSchema,
  channel: ConsentChannelSchema,
  /** The officer who recorded a consent given on paper, in person or by phone. */
  recordedBy: IdSchema.optional(),
});
export type ConsentGrant = z.infer<typeof ConsentGrantSchema>;

export const ConsentSchema = ConsentGrantSchema.extend({
  /** Withdrawal ends processing for this purpose from then on; the record itself stays. */
  withdrawnAt: IsoInstantSchema.optional(),
}).refine(
  (c) => c.withdrawnAt === undefined || Date.parse(c.withdrawnAt) >= Date.parse(c.givenAt),
  {
    message: 'Thời điểm rút lại sự đồng ý không được trước thời điểm đồng ý.',
    path: ['withdrawnAt'],
  },
);
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * True when a consent for `purpose` was given at or before `at` and not withdrawn by then.
 *
 * @example hasActiveConsent([{ purpose: 'contact-by-phone', givenAt: '2025-11-20T08:00:00+07:00', channel: 'paper-form' }], 'contact-by-phone', '2025-12-01T08:00:00+07:00') // true
 */
export function hasActiveConsent(
  consents: readonly Consent[],
  purpose: ConsentPurpose,
  at: string,
): boolean {
  const moment = Date.parse(at);
  return consents.some(
    (c) =>
      c.purpose === purpose &&
      Date.parse(c.givenAt) <= moment &&
      (c.withdrawnAt === undefined || Date.parse(c.withdrawnAt) > moment),
  );
}

/**
 * The consents a citizen withdraws from the tracking page (issue 17), with the same second
 * factor as their response: publishing the redacted answer and being contacted by phone. The
 * others end processing the petition itself and go through the commune office.
 */
export const CONSENTS_WITHDRAWABLE_ONLINE = [
  'publish-answer-redacted',
  'contact-by-phone',
] as const satisfies readonly ConsentPurpose[];
export const OnlineWithdrawablePurposeSchema = z.enum(CONSENTS_WITHDRAWABLE_ONLINE, {
  error: 'Chỉ rút lại được sự đồng ý công khai nội dung trả lời hoặc liên hệ qua điện thoại.',
});
export type OnlineWithdrawablePurpose = z.infer<typeof OnlineWithdrawablePurposeSchema>;
/** The tracking page's choices, worded as the consents themselves (one wording, the catalogue's). */
export const ONLINE_WITHDRAWABLE_PURPOSE_LABELS = {
  'publish-answer-redacted': CONSENT_PURPOSE_LABELS['publish-answer-redacted'],
  'contact-by-phone': CONSENT_PURPOSE_LABELS['contact-by-phone'],
} as const satisfies Record<OnlineWithdrawablePurpose, string>;

/**
 * Withdraws the consent for `purpose` at `at` (Luật 91/2025/QH15: consent can be withdrawn at any
 * time; processing for that purpose stops from then on, what was done before stays lawful). The
 * record stays, marked `withdrawnAt`; refused (`CONSENT_NOT_ACTIVE`) when no consent for it is
 * active at that moment.
 *
 * @example withdrawConsent([{ purpose: 'contact-by-phone', givenAt: '2025-11-20T01:00:00.000Z', channel: 'web-form' }], 'contact-by-phone', '2025-12-01T01:00:00.000Z') // ok([{ …, withdrawnAt: '2025-12-01T01:00:00.000Z' }])
 */
export function withdrawConsent(
  consents: readonly Consent[],
  purpose: ConsentPurpose,
  at: string,
): Result<Consent[]> {
  if (!hasActiveConsent(consents, purpose, at))
    return fail(
      domainError('CONSENT_NOT_ACTIVE', { purposeLabel: CONSENT_PURPOSE_LABELS[purpose] }),
    );
  const moment = Date.parse(at);
  return ok(
    consents.map((c) =>
      c.purpose === purpose &&
      Date.parse(c.givenAt) <= moment &&
      (c.withdrawnAt === undefined || Date.parse(c.withdrawnAt) > moment)
        ? { ...c, withdrawnAt: at }
        : c,
    ),
  );
}
