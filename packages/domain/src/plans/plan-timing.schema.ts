import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../calendar/civil-date.js';
import { requiredText } from '../common/text.js';

/**
 * Hình thức: Luật Tổ chức chính quyền địa phương 2025, Điều 43 allows a dialogue in person,
 * online, or on lawful social networks (counted as online here).
 */
export const PlanFormatSchema = z.enum(['in-person', 'online', 'hybrid'], {
  error: 'Hình thức đối thoại phải là trực tiếp, trực tuyến hoặc kết hợp.',
});
export type PlanFormat = z.infer<typeof PlanFormatSchema>;
export const PLAN_FORMAT_LABELS = {
  'in-person': 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Kết hợp trực tiếp và trực tuyến',
} as const satisfies Record<PlanFormat, string>;

/**
 * A plan names either a day (seed 000: "Dự kiến ngày 10 tháng 12 năm 2025") or a window with
 * the day announced later (seed 001: "Trong tháng 8/2025"; seed 003: "Quý III năm 2026; kết
 * thúc trước ngày 30/10/2026"; seeds 002 and 004: "thông báo cụ thể sau").
 */
export const PlanTimingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('date'),
      date: IsoDateSchema,
      startTime: z
        .string()
        .trim()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Giờ bắt đầu phải có dạng HH:MM (ví dụ 08:00).')
        .optional(),
      /** E.g. "Dự kiến" — the date is planned, not yet announced. */
      note: requiredText('Ghi chú thời gian', 500).optional(),
    }),
    z
      .object({
        kind: z.literal('window'),
        from: IsoDateSchema,
        to: IsoDateSchema,
        note: requiredText('Ghi chú thời gian', 500).optional(),
      })
      .refine((w) => w.to >= w.from, {
        message: 'Ngày kết thúc khoảng thời gian không được trước ngày bắt đầu.',
        path: ['to'],
      }),
  ],
  { error: 'Thời gian tổ chức phải là một ngày cụ thể (date) hoặc một khoảng thời gian (window).' },
);
export type PlanTiming = z.infer<typeof PlanTimingSchema>;

/**
 * The first and last day the dialogue may fall on; both are the date itself for a fixed day.
 *
 * @example timingRange({ kind: 'window', from: '2026-07-01', to: '2026-10-29' }) // { from: '2026-07-01', to: '2026-10-29' }
 */
export function timingRange(timing: PlanTiming): { from: IsoDate; to: IsoDate } {
  return timing.kind === 'date'
    ? { from: timing.date, to: timing.date }
    : { from: timing.from, to: timing.to };
}

export const VenueSchema = z.object({
  /** "Hội trường lớn Đảng ủy xã Chợ Mới", "Nhà văn hóa bản Mỳ". */
  name: requiredText('Địa điểm', 300),
  address: requiredText('Địa chỉ địa điểm', 500).optional(),
  /** For online and hybrid dialogues: the link or the social-network page. */
  onlineLink: z.url({ error: 'Đường dẫn trực tuyến không hợp lệ.' }).optional(),
});
export type Venue = z.infer<typeof VenueSchema>;
