import {
  appendAudit,
  findPetitionPlan,
  listPetitionGroupMembers,
  newId,
  updatePetition,
  type Database,
  type PetitionRecord,
} from '@doithoai/db';
import { domainError } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, notFound, staleVersion } from '../../errors.js';
import { DIALOGUE_STAFF } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { requireDialogueStaff, writablePetition } from './petition-access.js';
import { toPetitionView } from './petition-view.js';
import { GroupDuplicatesRequestSchema, PetitionTargetSchema } from './petitions.types.js';

/** Saves one petition's group link at its version, with the audit entry. */
async function setGroup(
  trx: Kysely<Database>,
  ctx: Context,
  user: SessionUser,
  row: PetitionRecord,
  expectedVersion: number,
  groupId: string | null,
): Promise<PetitionRecord> {
  const now = ctx.requestTime.toISOString();
  const saved = await updatePetition(
    trx,
    row.id,
    expectedVersion,
    { duplicateGroupId: groupId },
    now,
  );
  if (!saved) staleVersion('Kiến nghị');
  await appendAudit(trx, {
    at: now,
    actor: { accountId: user.accountId, role: user.role },
    adminUnitCode: row.adminUnitCode,
    action: groupId ? 'petition.group-duplicates' : 'petition.ungroup',
    entityType: 'petition',
    entityId: row.id,
    before: row,
    after: saved,
  });
  return saved;
}

async function requireStaffOfPlan(
  trx: Kysely<Database>,
  user: SessionUser,
  planId: string,
  label: string,
) {
  const plan = await findPetitionPlan(trx, planId);
  if (!plan) notFound('kế hoạch', planId);
  requireDialogueStaff(user, plan, label);
}

/**
 * Duplicates are grouped, not deleted (docs/domain.md §3): each citizen keeps their own petition,
 * linked by a shared group id. Petitions already in a group bring the others into it.
 */
export const groupingProcedures = {
  groupDuplicates: staffProcedure(DIALOGUE_STAFF)
    .input(GroupDuplicatesRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const { groupId, rows } = await ctx.db.transaction().execute(async (trx) => {
        const loaded = [];
        for (const { id, expectedVersion } of input.petitions)
          loaded.push({ row: await writablePetition(trx, user, id), expectedVersion });
        const planIds = [...new Set(loaded.map(({ row }) => row.planId))];
        const [planId] = planIds; // the schema asks for two petitions at least
        if (
          planId === undefined ||
          planIds.length > 1 ||
          new Set(loaded.map(({ row }) => row.id)).size !== loaded.length
        )
          fail(domainError('DUPLICATES_ACROSS_PLANS', { planIds }));
        await requireStaffOfPlan(trx, user, planId, 'gộp kiến nghị trùng nhau');
        const groupId =
          loaded.find(({ row }) => row.duplicateGroupId)?.row.duplicateGroupId ?? newId();
        const saved = [];
        for (const { row, expectedVersion } of loaded) {
          if (row.version !== expectedVersion) staleVersion('Kiến nghị');
          saved.push(
            row.duplicateGroupId === groupId
              ? row
              : await setGroup(trx, ctx, user, row, expectedVersion, groupId),
          );
        }
        return { groupId, rows: saved };
      });
      const calendar = await ctx.calendar();
      return {
        groupId,
        petitions: rows.map((row) => toPetitionView(row, calendar, ctx.today, ctx.user)),
      };
    }),

  /** Takes one petition out of its group; a group left with one petition is dissolved. */
  ungroup: staffProcedure(DIALOGUE_STAFF)
    .input(PetitionTargetSchema)
    .mutation(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await ctx.db.transaction().execute(async (trx) => {
        const current = await writablePetition(trx, user, input.id);
        await requireStaffOfPlan(trx, user, current.planId, 'tách kiến nghị khỏi nhóm trùng');
        if (current.version !== input.expectedVersion) staleVersion('Kiến nghị');
        const groupId = current.duplicateGroupId;
        if (!groupId) return current;
        const saved = await setGroup(trx, ctx, user, current, input.expectedVersion, null);
        const rest = (await listPetitionGroupMembers(trx, groupId)).filter(
          (r) => r.id !== current.id,
        );
        const [last, ...others] = rest;
        if (last && others.length === 0) await setGroup(trx, ctx, user, last, last.version, null);
        return saved;
      });
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    }),
};
