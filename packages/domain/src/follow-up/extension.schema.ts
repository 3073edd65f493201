import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/** How the citizen was told about the extension and its reason. */
export const NoticeMethodSchema = z.enum(
  ['written-notice', 'phone', 'in-person', 'via-village', 'electronic'],
  {
    error: 'Hình thức thông báo cho công dân không hợp lệ.',
  },
);
export type NoticeMethod = z.infer<typeof NoticeMethodSchema>;
export const NOTICE_METHOD_LABELS = {
  'written-notice': 'Văn bản thông báo',
  phone: 'Điện thoại',
  'in-person': 'Trực tiếp',
  'via-village': 'Qua trưởng thôn, bản',
  electronic: 'Tin nhắn, thư điện tử',
} as const satisfies Record<NoticeMethod, string>;

/**
 * Gia hạn. Seed 004 §II.4: when more time is needed, the body must tell the citizen the reason.
 * So the reason is required, and "informed" carries when and how. The old date is kept: an
 * extension never erases that the first deadline was missed (docs/domain.md "Deadline states").
 */
export const ExtensionSchema = z
  .object({
    previousDueOn: IsoDateSchema,
    newDueOn: IsoDateSchema,
    reason: requiredText('Lý do gia hạn', 2000),
    decidedBy: IdSchema,
    decidedAt: IsoInstantSchema,
    citizenInformed: z.boolean({ error: 'Phải ghi đã thông báo cho công dân hay chưa.' }),
    informedOn: IsoDateSchema.optional(),
    informedHow: NoticeMethodSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.newDueOn <= e.previousDueOn) {
      ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: 'Hạn mới phải sau hạn cũ.' });
    }
    if (e.citizenInformed && (e.informedOn === undefined || e.informedHow === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['informedOn'],
        message: 'Phải ghi ngày và hình thức thông báo lý do gia hạn cho công dân.',
      });
    }
    if (!e.citizenInformed && (e.informedOn !== undefined || e.informedHow !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['citizenInformed'],
        message: 'Đã ghi ngày thông báo thì phải đánh dấu đã thông báo cho công dân.',
      });
    }
  });
export type Extension = z.infer<typeof ExtensionSchema>;
