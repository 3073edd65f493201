import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { ConsentGrantSchema } from './consent.schema.js';
import { PetitionChannelSchema, PetitionerSchema, PetitionKindSchema } from './petition.schema.js';
import { PetitionFieldSchema } from './triage.schema.js';

/** One registration as typed from a form; id, tracking code, status and the late flag are set by the system. */
const registrationItemShape = {
  petitioner: PetitionerSchema,
  content: requiredText('Nội dung ý kiến, kiến nghị', 5000),
  kind: PetitionKindSchema.default('request'),
  field: PetitionFieldSchema.optional(),
  wantsToSpeak: z.boolean({ error: 'Đăng ký phát biểu phải là có hoặc không.' }).default(false),
  consents: z.array(ConsentGrantSchema).default([]),
};

export const RegisterPetitionInputSchema = z
  .object({
    planId: IdSchema,
    channel: PetitionChannelSchema,
    receivedOn: IsoDateSchema,
    ...registrationItemShape,
  })
  .refine(
    (input) => input.channel !== 'village-paper-form' || input.petitioner.villageId !== undefined,
    {
      message: 'Phiếu đăng ký qua thôn phải ghi thôn, bản.',
      path: ['petitioner', 'villageId'],
    },
  );
export type RegisterPetitionInput = z.infer<typeof RegisterPetitionInputSchema>;

/**
 * A village's list or the Front's compilation, entered in one go (seeds 000, 001, 003: each
 * village sends its list; seed 001: the Front sends the compiled opinions to the chair).
 */
export const RegisterPetitionsBulkInputSchema = z
  .object({
    planId: IdSchema,
    channel: PetitionChannelSchema,
    receivedOn: IsoDateSchema,
    /** The village that sent the list, applied to items that do not name one. */
    villageId: IdSchema.optional(),
    items: z
      .array(z.object(registrationItemShape))
      .min(1, 'Danh sách phải có ít nhất một ý kiến, kiến nghị.')
      .max(500, 'Mỗi lần nhập không quá 500 ý kiến, kiến nghị.'),
  })
  .superRefine((input, ctx) => {
    if (input.channel !== 'village-paper-form' || input.villageId !== undefined) return;
    input.items.forEach((item, index) => {
      if (item.petitioner.villageId === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'petitioner', 'villageId'],
          message: 'Phiếu đăng ký qua thôn phải ghi thôn, bản.',
        });
      }
    });
  });
export type RegisterPetitionsBulkInput = z.infer<typeof RegisterPetitionsBulkInputSchema>;
