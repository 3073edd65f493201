import { HolidayKindSchema, IsoDateSchema, IsoInstantSchema } from '@doithoai/domain';
import { z } from 'zod';

// What `holidays.*` returns. `holidays.list` is public (docs/api.md): the administrators'
// additions to the holiday table are part of the calendar every integrator counts with; tRPC
// checks each reply against this schema, so who typed an addition never leaves the server.

/** One addition as everyone may read it (who typed it is in the audit trail, not here). */
export const HolidayAdditionSchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  name: z.string(),
  kind: HolidayKindSchema,
  /** The official notice it comes from (number, date, issuer). */
  source: z.string(),
  createdAt: IsoInstantSchema,
  retiredAt: IsoInstantSchema.nullable(),
});
export type PublicHolidayAddition = z.infer<typeof HolidayAdditionSchema>;

/** `holidays.list`: the additions, retired ones only when asked for. */
export const HolidayAdditionsSchema = z.array(HolidayAdditionSchema);
