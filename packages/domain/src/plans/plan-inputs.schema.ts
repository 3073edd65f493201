import type { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { checkPlanConventions } from './plan-conventions.js';
import { PlanContentSchema } from './plan.schema.js';

const { adminUnitCode, issuer, documentSymbol, title, year, regulationProfileId } =
  PlanContentSchema.shape;

/**
 * Creating a draft: who issues it, for which commune, under which regulation, and its title.
 * Everything else may come later; the server fills empty lists and sets status `draft`.
 */
export const CreatePlanInputSchema = PlanContentSchema.partial()
  .extend({ adminUnitCode, issuer, documentSymbol, title, year, regulationProfileId })
  .superRefine(checkPlanConventions);
export type CreatePlanInput = z.infer<typeof CreatePlanInputSchema>;

/**
 * Editing a draft or a returned plan: only the fields sent change. Status, number and
 * signature change through the plan's transitions, never through an edit.
 */
export const UpdatePlanInputSchema = PlanContentSchema.partial()
  .extend({ id: IdSchema })
  .refine((input) => Object.keys(input).some((key) => key !== 'id'), {
    message: 'Không có nội dung nào được thay đổi.',
  });
export type UpdatePlanInput = z.infer<typeof UpdatePlanInputSchema>;
