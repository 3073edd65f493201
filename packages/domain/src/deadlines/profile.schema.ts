import { z } from 'zod';
import { DeadlineRuleSchema, RegulationProfileIdSchema } from './rule.schema.js';

/**
 * A regulation profile: the deadline rules of one regulation (a province's quy chế, or the
 * national default). A provincial profile `extends` another and replaces rules by id, so it
 * states only what its regulation adds to or tightens.
 */
export const RegulationProfileSchema = z.object({
  id: RegulationProfileIdSchema,
  name: z.string().min(1),
  /** The regulation itself: number, date, issuer. */
  document: z.string().min(1),
  extends: RegulationProfileIdSchema.optional(),
  rules: z.array(DeadlineRuleSchema),
});
export type RegulationProfile = z.infer<typeof RegulationProfileSchema>;
