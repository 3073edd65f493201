import {
  findAdminUnit,
  findPlanById,
  listPlans,
  listPublicCommunes,
  listVillages,
  type PlanRecord,
} from '@doithoai/db';
import { PLAN_STATUSES_AFTER_DIALOGUE, PLAN_STATUSES_COMING, timingRange } from '@doithoai/domain';
import type { Context } from '../../context.js';
import { publicProcedure } from '../../trpc.js';
import {
  PublicCommunesSchema,
  PublicDialogueWithVillagesSchema,
  PublicDialoguesSchema,
} from './public-outputs.js';
import { dialogueNotFound } from './public-errors.js';
import { publicPlan } from './public-plan.js';
import { CommuneInputSchema, DialogueInputSchema } from './public.types.js';
import { publicDialogue } from './dialogue-view.js';

async function communeOf(ctx: Context, code: string) {
  const unit = await findAdminUnit(ctx.db, code);
  if (!unit || unit.level !== 'commune') dialogueNotFound();
  return { code: unit.code, name: unit.name };
}

/** Where a citizen starts: the communes, then a commune's coming dialogues and past results. */
export const dialogueProcedures = {
  communes: publicProcedure
    .output(PublicCommunesSchema)
    .query(async ({ ctx }) => listPublicCommunes(ctx.db)),

  /** Coming dialogues (approved or announced, not yet past) and dialogues with results. */
  dialogues: publicProcedure
    .input(CommuneInputSchema)
    .output(PublicDialoguesSchema)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.communeCode);
      const calendar = await ctx.calendar();
      const coming = await listPlans(ctx.db, {
        adminUnitCodes: [commune.code],
        statuses: PLAN_STATUSES_COMING,
        limit: 50,
      });
      const records = await Promise.all(coming.map((p) => findPlanById(ctx.db, p.id)));
      const upcoming = records
        .filter((r): r is PlanRecord => r !== undefined)
        .filter((r) => !r.plan.timing || timingRange(r.plan.timing).to >= ctx.today)
        .map((r) => publicDialogue(calendar, r, commune, ctx.today));
      const held = await listPlans(ctx.db, {
        adminUnitCodes: [commune.code],
        statuses: PLAN_STATUSES_AFTER_DIALOGUE,
        limit: 50,
      });
      return {
        commune,
        upcoming,
        results: held.map((p) => ({
          id: p.id,
          title: p.title,
          year: p.year,
          dialogueDate: p.dialogueDate,
          status: p.status,
        })),
      };
    }),

  /** One dialogue with what its registration form needs (the commune's villages). */
  dialogue: publicProcedure
    .input(DialogueInputSchema)
    .output(PublicDialogueWithVillagesSchema)
    .query(async ({ ctx, input }) => {
      const record = await publicPlan(ctx, input.planId);
      const commune = await communeOf(ctx, record.plan.adminUnitCode);
      const villages = await listVillages(ctx.db, commune.code);
      return {
        ...publicDialogue(await ctx.calendar(), record, commune, ctx.today),
        villages: villages.map((v) => ({ id: v.id, name: v.name })),
      };
    }),
};
