import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { RuleIdSchema } from '../deadlines/rule.schema.js';
import { ExtensionSchema } from './extension.schema.js';
import { FollowUpStatusSchema } from './follow-up.status.js';

/**
 * A task after the dialogue: a conclusion item or a petition a body must settle by a date.
 * The due date comes from a rule (`ruleId`, e.g. `written-answer`: 15 working days in seed
 * 002, 30 days in seed 004) or is set by hand in the conclusion notice (no `ruleId`).
 * The current due date is the last extension's, if any; `dueOn` stays the original.
 */
export const FollowUpTaskSchema = z
  .object({
    id: IdSchema,
    planId: IdSchema,
    conclusionItemId: IdSchema.optional(),
    petitionId: IdSchema.optional(),
    responsibleOrganisationId: IdSchema,
    description: requiredText('Nội dung nhiệm vụ', 4000),
    dueOn: IsoDateSchema,
    ruleId: RuleIdSchema.optional(),
    status: FollowUpStatusSchema,
    completedOn: IsoDateSchema.optional(),
    extensions: z.array(ExtensionSchema),
    statusReason: requiredText('Lý do', 2000).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.conclusionItemId === undefined && t.petitionId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['conclusionItemId'],
        message: 'Nhiệm vụ phải gắn với một nội dung kết luận hoặc một kiến nghị.',
      });
    }
    if ((t.status === 'reported-done' || t.status === 'verified') && t.completedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['completedOn'],
        message: 'Phải ghi ngày hoàn thành nhiệm vụ.',
      });
    }
    if ((t.status === 'cancelled' || t.status === 'carried-over') && t.statusReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusReason'],
        message: 'Phải nêu lý do hủy hoặc chuyển nhiệm vụ sang kỳ sau.',
      });
    }
    // Each extension starts from the date the previous one set, so the chain has no gaps.
    let due = t.dueOn;
    t.extensions.forEach((extension, index) => {
      if (extension.previousDueOn !== due) {
        ctx.addIssue({
          code: 'custom',
          path: ['extensions', index, 'previousDueOn'],
          message: 'Hạn cũ của lần gia hạn phải trùng với hạn đang áp dụng.',
        });
      }
      due = extension.newDueOn;
    });
  });
export type FollowUpTask = z.infer<typeof FollowUpTaskSchema>;

/**
 * The due date in force: the last extension's new date, or the original one.
 *
 * @example currentDueOn({ dueOn: '2026-01-09', extensions: [] }) // '2026-01-09'
 */
export function currentDueOn(task: Pick<FollowUpTask, 'dueOn' | 'extensions'>): string {
  return task.extensions.at(-1)?.newDueOn ?? task.dueOn;
}
