import { NotificationChannelSchema, VietnamesePhoneSchema } from '@doithoai/domain';
import { z } from 'zod';

export const BellInputSchema = z
  .object({ limit: z.number().int().min(1).max(100).optional() })
  .optional();

export const MarkReadInputSchema = z.object({
  /** These messages, or every unread one when absent. */
  ids: z.array(z.string().min(1).max(100)).max(100).optional(),
});

export const PetitionNotificationsInputSchema = z.object({
  petitionId: z.string({ error: 'Thiếu mã kiến nghị.' }).min(1).max(100),
});

export const SinkInputSchema = z
  .object({ limit: z.number().int().min(1).max(500).optional() })
  .optional();

/** Settings a screen may read back; credentials travel only inward (`secret`). */
export const SaveChannelInputSchema = z.object({
  channel: NotificationChannelSchema,
  enabled: z.boolean({ error: 'Phải chọn bật hay tắt kênh.' }),
  settings: z.record(z.string().max(100), z.union([z.string().max(4000), z.number(), z.boolean()])),
  /** New credentials; absent keeps the stored ones. */
  secret: z.record(z.string().max(100), z.string().max(4000)).optional(),
});

export const OptOutInputSchema = z.object({
  phone: VietnamesePhoneSchema,
  channel: NotificationChannelSchema,
  /** True: the citizen takes the refusal back. */
  revoke: z.boolean().optional(),
});
