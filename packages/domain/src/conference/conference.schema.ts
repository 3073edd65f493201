import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText, textList } from '../common/text.js';
import { ChairSchema } from '../plans/plan-participants.schema.js';
import { PlanFormatSchema, VenueSchema } from '../plans/plan-timing.schema.js';
import { AgendaItemSchema } from './agenda.schema.js';
import { AttendanceSchema, SpeakingSlotSchema } from './attendance.schema.js';
import { ConferenceOutcomeSchema } from './conference-outcome.schema.js';

/** Biên bản: written by the secretariat (seed 002 §4.2; seed 001 §III.4: "ghi biên bản"). */
export const MinutesSchema = z.object({
  text: requiredText('Nội dung biên bản', 200000),
  secretaries: textList('Thư ký', 200).min(1, 'Biên bản phải ghi ít nhất một thư ký.'),
  recordedBy: IdSchema,
  recordedAt: IsoInstantSchema,
});
export type Minutes = z.infer<typeof MinutesSchema>;

/** True when some value appears more than once. */
function hasDuplicates(values: readonly unknown[]): boolean {
  return new Set(values).size !== values.length;
}

/** The dialogue conference as held: what the minutes and the dossier (seed 002 §4.1) record. */
export const ConferenceSchema = z
  .object({
    id: IdSchema,
    planId: IdSchema,
    heldOn: IsoDateSchema,
    startedAt: IsoInstantSchema.optional(),
    endedAt: IsoInstantSchema.optional(),
    format: PlanFormatSchema,
    venue: VenueSchema,
    chairs: z.array(ChairSchema).min(1, 'Hội nghị phải có người chủ trì.'),
    agenda: z.array(AgendaItemSchema),
    attendance: z.array(AttendanceSchema),
    speakingOrder: z.array(SpeakingSlotSchema),
    outcomes: z.array(ConferenceOutcomeSchema),
    minutes: MinutesSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (
      c.startedAt !== undefined &&
      c.endedAt !== undefined &&
      Date.parse(c.endedAt) < Date.parse(c.startedAt)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedAt'],
        message: 'Thời điểm kết thúc không được trước thời điểm bắt đầu.',
      });
    }
    if (hasDuplicates(c.agenda.map((item) => item.order))) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: 'Thứ tự các nội dung chương trình bị trùng.',
      });
    }
    if (hasDuplicates(c.speakingOrder.map((slot) => slot.order))) {
      ctx.addIssue({
        code: 'custom',
        path: ['speakingOrder'],
        message: 'Thứ tự phát biểu bị trùng.',
      });
    }
    if (hasDuplicates(c.outcomes.map((o) => o.petitionId))) {
      ctx.addIssue({
        code: 'custom',
        path: ['outcomes'],
        message: 'Mỗi kiến nghị chỉ có một kết quả xử lý tại hội nghị.',
      });
    }
  });
export type Conference = z.infer<typeof ConferenceSchema>;
