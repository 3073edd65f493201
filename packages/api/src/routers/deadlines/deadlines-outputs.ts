import {
  AnchorEventSchema,
  DeadlineRuleSchema,
  DeadlineStateSchema,
  DirectionSchema,
  IsoDateSchema,
  PeriodUnitSchema,
  RegulationProfileIdSchema,
  RuleIdSchema,
} from '@doithoai/domain';
import { z } from 'zod';
import { SkippedDaySchema } from '../calendar/calendar-outputs.js';

// What `deadlines.*` returns: the public deadline contract for integrators (docs/api.md),
// built from the domain's rule schemas; tRPC checks every reply against them.

/** `deadlines.profiles`: every regulation profile with its rules resolved (inherited ones included). */
export const DeadlineProfilesSchema = z.array(
  z.object({
    id: RegulationProfileIdSchema,
    name: z.string(),
    /** The regulation itself: number, date, issuer. */
    source: z.string(),
    extends: RegulationProfileIdSchema.nullable(),
    rules: z.array(DeadlineRuleSchema).readonly(),
  }),
);

/** How a date was counted (domain `CountingReading`), named in every explanation. */
const CountingReadingSchema = z.enum([
  'nth-working-day-after',
  'calendar-days-after',
  'whole-working-days-before',
  'whole-calendar-days-before',
  'fixed-date',
]);

/** `deadlines.schedule`: each rule's due date, how it was counted, and its state on `asOf`. */
export const DeadlineScheduleSchema = z.array(
  z.object({
    ruleId: RuleIdSchema,
    label: z.string(),
    responsible: z.string(),
    source: z.string(),
    anchor: AnchorEventSchema,
    anchorDate: IsoDateSchema.nullable(),
    period: z
      .object({ offset: z.number().int(), unit: PeriodUnitSchema, direction: DirectionSchema })
      .nullable(),
    dueDate: IsoDateSchema.nullable(),
    status: z.enum(['computed', 'overridden', 'awaiting-anchor']),
    reading: CountingReadingSchema.nullable(),
    skipped: z.array(SkippedDaySchema),
    explanation: z.string(),
    state: DeadlineStateSchema.nullable(),
  }),
);
