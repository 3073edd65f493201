import {
  computePlanSchedule,
  deadlineState,
  IsoDateSchema,
  REGULATION_PROFILES,
  RegulationProfileIdSchema,
  resolveProfileRules,
  RuleOverrideSchema,
  type AnchorEvent,
} from '@doithoai/domain';
import { z } from 'zod';
import { publicProcedure, router } from '../../trpc.js';
import { DeadlineProfilesSchema, DeadlineScheduleSchema } from './deadlines-outputs.js';

/** The public contract names events in short words; the domain's anchors are longer. */
const EVENT_KEYS = {
  approved: 'plan-approved',
  announced: 'notice-issued',
  dialogue: 'dialogue-held',
  concluded: 'conclusion-issued',
} as const satisfies Record<string, AnchorEvent>;

const ScheduleInputSchema = z.object({
  profile: RegulationProfileIdSchema,
  events: z.strictObject(
    {
      approved: IsoDateSchema.optional(),
      announced: IsoDateSchema.optional(),
      dialogue: IsoDateSchema.optional(),
      concluded: IsoDateSchema.optional(),
    },
    { error: 'Mốc không hợp lệ: chỉ dùng approved, announced, dialogue, concluded.' },
  ),
  overrides: z.array(RuleOverrideSchema).optional(),
  /** "Today" for each deadline's state; defaults to today in Vietnam. */
  asOf: IsoDateSchema.optional(),
});

export const deadlinesRouter = router({
  profiles: publicProcedure.output(DeadlineProfilesSchema).query(() =>
    Object.values(REGULATION_PROFILES).map((profile) => ({
      id: profile.id,
      name: profile.name,
      source: profile.document,
      extends: profile.extends ?? null,
      rules: resolveProfileRules(profile.id),
    })),
  ),
  schedule: publicProcedure
    .input(ScheduleInputSchema)
    .output(DeadlineScheduleSchema)
    .query(async ({ ctx, input }) => {
      const calendar = await ctx.calendar();
      const events: Partial<Record<AnchorEvent, string>> = {};
      for (const [key, anchor] of Object.entries(EVENT_KEYS)) {
        const date = input.events[key as keyof typeof EVENT_KEYS];
        if (date) events[anchor] = date;
      }
      const asOf = input.asOf ?? ctx.today;
      return computePlanSchedule(calendar, {
        profileId: input.profile,
        events,
        overrides: input.overrides ?? [],
      }).map((entry) => ({
        ...entry,
        state: entry.dueDate
          ? deadlineState(calendar, { dueDate: entry.dueDate }, asOf).state
          : null,
      }));
    }),
});
