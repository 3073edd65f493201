import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';

/**
 * Events a deadline is counted from (docs/domain.md "Deadline rules": each rule has an anchor).
 * A plan's schedule is computed from the dates these events happened or are planned for.
 */
export const ANCHOR_EVENTS = [
  'plan-approved', // kế hoạch được phê duyệt, ban hành
  'notice-issued', // thông báo công khai / giấy mời phát hành
  'dialogue-held', // ngày tổ chức hội nghị đối thoại (kết thúc cuộc đối thoại)
  'conclusion-issued', // thông báo kết luận ban hành
] as const;
export const AnchorEventSchema = z.enum(ANCHOR_EVENTS, {
  error: 'Mốc tính thời hạn không hợp lệ.',
});
export type AnchorEvent = z.infer<typeof AnchorEventSchema>;

export const ANCHOR_EVENT_LABELS = {
  'plan-approved': 'ngày phê duyệt kế hoạch',
  'notice-issued': 'ngày phát hành thông báo',
  'dialogue-held': 'ngày tổ chức đối thoại',
  'conclusion-issued': 'ngày ban hành thông báo kết luận',
} as const satisfies Record<AnchorEvent, string>;

export const PeriodUnitSchema = z.enum(['working-days', 'calendar-days'], {
  error: 'Đơn vị thời hạn phải là ngày làm việc hoặc ngày.',
});
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

export const DirectionSchema = z.enum(['before', 'after'], {
  error: 'Chiều tính phải là trước hoặc sau.',
});
export type Direction = z.infer<typeof DirectionSchema>;

/** What a rule's deadline is for; ids are stable across profiles so a plan can override one. */
export const RULE_IDS = [
  'public-notice', // thông báo công khai / gửi giấy mời trước đối thoại
  'registration-cutoff', // hạn đăng ký câu hỏi, ý kiến của thôn / người dân
  'front-compilation', // MTTQ gửi tổng hợp ý kiến cho người chủ trì
  'internal-review', // họp đánh giá rút kinh nghiệm nội bộ
  'conclusion-notice', // ban hành thông báo kết luận
  'results-publication', // công bố kết quả đối thoại cho Nhân dân
  'written-answer', // trả lời bằng văn bản kiến nghị chưa trả lời tại hội nghị
  'written-answer-complex', // như trên, vụ việc phức tạp
] as const;
export const RuleIdSchema = z.enum(RULE_IDS, { error: 'Mã quy tắc thời hạn không hợp lệ.' });
export type RuleId = z.infer<typeof RuleIdSchema>;

export const REGULATION_PROFILE_IDS = [
  'national-default', // Luật Tổ chức chính quyền địa phương 2025, Điều 43
  'thai-nguyen-357-qd-tu-2025',
  'lai-chau-06-qc-tu-2019',
  'hai-phong-1155-qd-tu-2023',
  'quang-ngai-29-2022-qd-ubnd',
] as const;
export const RegulationProfileIdSchema = z.enum(REGULATION_PROFILE_IDS, {
  error: 'Quy chế áp dụng không hợp lệ.',
});
export type RegulationProfileId = z.infer<typeof RegulationProfileIdSchema>;

export const DeadlineRuleSchema = z.object({
  id: RuleIdSchema,
  /** Vietnamese description of the obligation, as the regulation words it. */
  label: z.string().min(1),
  anchor: AnchorEventSchema,
  direction: DirectionSchema,
  offset: z.number().int().min(0).max(366),
  unit: PeriodUnitSchema,
  /** Who must act, in Vietnamese (e.g. "Văn phòng HĐND và UBND xã"). */
  responsible: z.string().min(1),
  /** The document and clause the rule comes from. */
  source: z.string().min(1),
});
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/**
 * A plan's own deviation from its profile (seed 000 sets its own cut-off, 04/12/2025): either a
 * fixed date or another period, always with the reason or the plan clause it comes from.
 */
export const RuleOverrideSchema = z
  .object({
    ruleId: RuleIdSchema,
    date: IsoDateSchema.optional(),
    offset: z.number().int().min(0).max(366).optional(),
    unit: PeriodUnitSchema.optional(),
    reason: z.string().trim().min(1, 'Phải nêu lý do hoặc căn cứ điều chỉnh thời hạn.'),
  })
  .refine((o) => (o.date === undefined) !== (o.offset === undefined), {
    message: 'Điều chỉnh thời hạn phải có hoặc một ngày cụ thể, hoặc một số ngày (không cả hai).',
  });
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;
