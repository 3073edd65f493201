import { z } from 'zod';
import { formatVietnameseDate, IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import type { ScheduleEntry } from '../deadlines/schedule.js';

/**
 * The Front compiles the registrations and forwards them to whoever chairs the dialogue (seed
 * 001 §III.1: "Ủy ban MTTQ xã gửi phiếu đăng ký phát biểu và tổng hợp ý kiến của Nhân dân cho
 * Chủ tịch UBND xã chậm nhất trước 7 ngày diễn ra hội nghị"). A forwarding is a record: who,
 * when, which petitions; a later one (late registrations) adds the rest, never replaces.
 */

export const ForwardRegistrationsInputSchema = z.object({
  planId: IdSchema,
  note: requiredText('Ghi chú gửi kèm', 2000).optional(),
});
export type ForwardRegistrationsInput = z.infer<typeof ForwardRegistrationsInputSchema>;

/** The deadline a forwarding is measured against, as the plan's schedule gives it. */
export const ForwardingDeadlineSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  dueDate: IsoDateSchema,
  source: z.string(),
});
export type ForwardingDeadline = z.infer<typeof ForwardingDeadlineSchema>;

export const RegistrationForwardingSchema = z.object({
  id: IdSchema,
  planId: IdSchema,
  forwardedBy: IdSchema,
  forwardedAt: IsoInstantSchema,
  forwardedOn: IsoDateSchema,
  petitionIds: z.array(IdSchema).min(1, 'Chưa có đăng ký nào mới để gửi.'),
  note: requiredText('Ghi chú gửi kèm', 2000).optional(),
  deadline: ForwardingDeadlineSchema.nullable(),
  onTime: z.boolean().nullable(),
});
export type RegistrationForwarding = z.infer<typeof RegistrationForwardingSchema>;

/** The event the audit trail records for a forwarding. */
export const REGISTRATIONS_FORWARDED = 'registrations.forward' as const;

/**
 * The rule the Front's forwarding answers to: the Front's own compilation rule where the
 * regulation has one (Lai Châu 06-QC/TU), else the registration cut-off (seed 000 fixes
 * 04/12/2025); null while the schedule has no date for either.
 *
 * @example forwardingDeadline(schedule)?.dueDate // '2025-12-04' for seed 000
 */
export function forwardingDeadline(schedule: readonly ScheduleEntry[]): ForwardingDeadline | null {
  const entry = (['front-compilation', 'registration-cutoff'] as const)
    .map((id) => schedule.find((e) => e.ruleId === id && e.dueDate))
    .find((e) => e !== undefined);
  if (!entry?.dueDate) return null;
  return { ruleId: entry.ruleId, label: entry.label, dueDate: entry.dueDate, source: entry.source };
}

/**
 * Whether a forwarding on `forwardedOn` meets its deadline (on the day itself counts): null
 * without a deadline.
 *
 * @example isForwardedOnTime({ dueDate: '2025-12-04', … }, '2025-12-04') // true
 */
export function isForwardedOnTime(
  deadline: ForwardingDeadline | null,
  forwardedOn: string,
): boolean | null {
  return deadline ? forwardedOn <= deadline.dueDate : null;
}

/**
 * The sentence the Front app shows under the deadline.
 *
 * @example forwardingTimelinessText({ dueDate: '2025-12-04', … }, '2025-12-05') // 'Gửi ngày 05/12/2025, chậm so với hạn 04/12/2025.'
 */
export function forwardingTimelinessText(
  deadline: ForwardingDeadline | null,
  forwardedOn: string,
): string {
  const day = formatVietnameseDate(forwardedOn);
  if (!deadline) return `Gửi ngày ${day}; kế hoạch chưa có thời hạn gửi.`;
  const due = formatVietnameseDate(deadline.dueDate);
  return isForwardedOnTime(deadline, forwardedOn)
    ? `Gửi ngày ${day}, đúng hạn (hạn ${due}).`
    : `Gửi ngày ${day}, chậm so với hạn ${due}.`;
}
