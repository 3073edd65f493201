import {
  ForwardRegistrationsInputSchema,
  IdSchema,
  IsoDateSchema,
  PetitionerSchema,
  requiredText,
} from '@doithoai/domain';
import { z } from 'zod';
import { RegisterPetitionRequestSchema } from '../petitions/petitions.types.js';

/*
 * Inputs of the `collection` router: the Front's collection of registrations before the
 * dialogue. The registration's fields are the domain's (seed 004's Phiếu đăng ký); these
 * schemas only narrow what the Front may send.
 */

export const PlanRefSchema = z.object({ planId: IdSchema });

/** The channels by which the Front enters registrations on behalf of villages. */
export const COLLECTION_CHANNELS = ['village-paper-form', 'front-compilation'] as const;

/** A paper form entered by the Front: always on behalf of a village (its quota counts it). */
export const PaperFormRequestSchema = RegisterPetitionRequestSchema.extend({
  channel: z.enum(COLLECTION_CHANNELS, { error: 'Kênh tiếp nhận không hợp lệ.' }),
  petitioner: PetitionerSchema.extend({
    villageId: z.string({ error: 'Chọn thôn, bản.' }).min(1, 'Chọn thôn, bản.'),
  }),
});
export type PaperFormRequest = z.infer<typeof PaperFormRequestSchema>;

/**
 * A village's list as a file: base64 in JSON (request bodies stop at 2 MiB, so about 1.5 MiB of
 * file). The format comes from the file name's extension.
 */
export const VillageListFileSchema = z.object({
  planId: IdSchema,
  villageId: IdSchema,
  fileName: requiredText('Tên tệp', 255),
  contentBase64: z
    .string({ error: 'Nội dung tệp phải là chuỗi base64.' })
    .min(1, 'Tệp rỗng.')
    .max(2_000_000, 'Tệp quá lớn (tối đa khoảng 1,5 MB).')
    .regex(/^[A-Za-z0-9+/]+=*$/u, 'Nội dung tệp không phải base64.'),
  receivedOn: IsoDateSchema.optional(),
});
export type VillageListFile = z.infer<typeof VillageListFileSchema>;

export const ForwardRequestSchema = ForwardRegistrationsInputSchema;
