import {
  findOrganisationWithHead,
  findPetitionPlan,
  listAuditForEntity,
  listCitizenResponses,
  listPetitionAnswers,
  listPetitionGroupMembers,
  listPetitions,
  type PetitionAnswerRecord,
  type PetitionListFilters,
} from '@doithoai/db';
import {
  availablePetitionEvents,
  dueDateRangeFor,
  IdSchema,
  OWING_WRITTEN_ANSWER_STATUSES,
  petitionContact,
  petitionActionLabel,
  PETITION_EVENT_LABELS,
  ROLE_LABELS,
  petitionSearch,
  type WorkingCalendar,
} from '@doithoai/domain';
import { z } from 'zod';
import type { Context, SessionUser } from '../../context.js';
import { PETITION_READERS, readsCitizenContact } from '../../access.js';
import { staffProcedure } from '../../trpc.js';
import { readableUnits } from '../../tenancy.js';
import { isVisibleTo, readablePetition } from './petition-access.js';
import { decodeCursor, encodeCursor } from './petition-cursor.js';
import { toPetitionView } from './petition-view.js';
import { ListPetitionsRequestSchema, type ListPetitionsRequest } from './petitions.types.js';

/** The request's filters as SQL conditions; dates are computed once here, not per row. */
async function listFilters(
  ctx: Context,
  user: SessionUser,
  calendar: WorkingCalendar,
  input: ListPetitionsRequest,
): Promise<PetitionListFilters> {
  const { deadline, q, cursor, limit, assignedOrganisationId, ...plain } = input;
  const search = q?.trim() ? petitionSearch(q) : undefined;
  const after = cursor ? decodeCursor(cursor) : undefined;
  const due = deadline
    ? {
        ...dueDateRangeFor(calendar, ctx.today, deadline),
        openStatuses: OWING_WRITTEN_ANSWER_STATUSES,
      }
    : undefined;
  // A department sees only what is assigned to it, whatever it asks for.
  const assigned =
    user.role === 'department'
      ? assignedOrganisationId && assignedOrganisationId !== user.organisationId
        ? '(none)'
        : (user.organisationId ?? '(none)')
      : assignedOrganisationId;
  return {
    ...plain,
    adminUnitCodes: await readableUnits(ctx, user),
    ...(assigned !== undefined ? { assignedOrganisationId: assigned } : {}),
    ...(due ? { due } : {}),
    ...(search ? { search } : {}),
    ...(after ? { after } : {}),
    limit,
  };
}

/** The latest answer of each petition, from one query for the whole page. */
function latestAnswers(answers: readonly PetitionAnswerRecord[]) {
  const latest = new Map<string, PetitionAnswerRecord>();
  for (const answer of answers) latest.set(answer.petitionId, answer);
  return latest;
}

export const readingProcedures = {
  /**
   * A page of petitions (50 by default) in registration order, filtered and searched without
   * diacritics: one query for the page and one for the page's answers, whatever the page size.
   */
  list: staffProcedure(PETITION_READERS)
    .input(ListPetitionsRequestSchema)
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const calendar = await ctx.calendar();
      const filters = await listFilters(ctx, user, calendar, input);
      const { petitions, next } = await listPetitions(ctx.db, filters);
      const answers = latestAnswers(
        await listPetitionAnswers(
          ctx.db,
          petitions.map((p) => p.id),
        ),
      );
      return {
        items: petitions.map((petition) => {
          const answer = answers.get(petition.id);
          return {
            ...toPetitionView(petition, calendar, ctx.today, ctx.user),
            latestAnswer: answer
              ? { id: answer.id, stage: answer.stage, status: answer.status }
              : null,
          };
        }),
        nextCursor: next ? encodeCursor(next) : null,
      };
    }),

  /** One petition with its answers, the citizen's responses, its duplicates and its trail. */
  get: staffProcedure(PETITION_READERS)
    .input(z.object({ id: IdSchema }))
    .query(async ({ ctx, input }) => {
      const { user } = ctx;
      const row = await readablePetition(ctx, user, input.id);
      const [plan, answers, responses, group, audit, calendar, organisation] = await Promise.all([
        findPetitionPlan(ctx.db, row.planId),
        listPetitionAnswers(ctx.db, [row.id]),
        listCitizenResponses(ctx.db, row.id),
        row.duplicateGroupId ? listPetitionGroupMembers(ctx.db, row.duplicateGroupId) : [],
        listAuditForEntity(ctx.db, 'petition', row.id),
        ctx.calendar(),
        row.assignedOrganisationId
          ? findOrganisationWithHead(ctx.db, row.assignedOrganisationId)
          : undefined,
      ]);
      const petition = toPetitionView(row, calendar, ctx.today, ctx.user);
      // Who answers the citizen reaches them: the address, the phone with their consent.
      const contact = readsCitizenContact(user.role)
        ? petitionContact(row, ctx.requestTime.toISOString())
        : null;
      return {
        petition,
        /** The body that answers, with its head: it issues and signs the written answer. */
        assignedOrganisation: organisation ?? null,
        contact,
        answers,
        citizenResponses: responses,
        groupMembers: group
          .filter((member) => member.id !== row.id && isVisibleTo(user, member))
          .map((member) => ({
            id: member.id,
            trackingCode: member.trackingCode,
            fullName: member.fullName,
            status: member.status,
            receivedOn: member.receivedOn,
          })),
        auditTrail: audit.map((entry) => ({
          at: entry.at,
          action: entry.action,
          actionLabel: petitionActionLabel(entry.action, PETITION_EVENT_LABELS),
          actorRoleLabel: entry.actorRole
            ? ((ROLE_LABELS as Record<string, string>)[entry.actorRole] ?? null)
            : null,
          actorAccountId: entry.actorAccountId,
          actorRole: entry.actorRole,
          reason: entry.reason,
        })),
        availableEvents: plan
          ? availablePetitionEvents(petition.status, user.role, { issuerKind: plan.issuerKind })
          : [],
      };
    }),
};
