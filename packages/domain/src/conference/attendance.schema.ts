import { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { ParticipantGroupKindSchema } from '../plans/plan-participants.schema.js';

function headcount(label: string) {
  return z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`);
}

/**
 * Attendance per group, against the plan's quota (seed 000: 5 delegates from each of the 27
 * villages). More may come than expected; the minutes record both numbers.
 */
export const AttendanceSchema = z.object({
  groupKind: ParticipantGroupKindSchema,
  label: requiredText('Thành phần', 300),
  villageId: IdSchema.optional(),
  expected: headcount('Số đại biểu được mời'),
  present: headcount('Số đại biểu có mặt'),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** Citizens speak in registration order (seed 002 §4.2); late and on-the-day speakers are appended. */
export const SpeakingSlotSchema = z.object({
  order: z
    .number({ error: 'Thứ tự phát biểu phải là số.' })
    .int('Thứ tự phát biểu phải là số nguyên.')
    .positive('Thứ tự phát biểu phải lớn hơn 0.'),
  petitionId: IdSchema,
  speakerName: requiredText('Họ và tên người phát biểu', 200),
  spoke: z.boolean({ error: 'Phải ghi đã phát biểu hay chưa.' }),
});
export type SpeakingSlot = z.infer<typeof SpeakingSlotSchema>;
