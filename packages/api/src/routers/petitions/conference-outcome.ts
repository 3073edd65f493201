import { findConference, type PetitionPlanFacts, type PetitionRow } from '@doithoai/db';
import {
  computeAnswerDeadline,
  ConferenceOutcomeSchema,
  vietnamDateAt,
  type AnswerComplexity,
  type Competence,
  type ConferenceOutcome,
  type IsoDate,
  type PetitionOutcome,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { requireOwnOrganisation } from './petition-access.js';
import { runPetitionStep } from './petition-command.js';
import { parseInput } from './parse-input.js';

/** The day the dialogue took place: recorded as held, else the day the session opened, else planned. */
function dialogueDateOf(
  plan: PetitionPlanFacts,
  startedAt: string | null | undefined,
  today: IsoDate,
): IsoDate {
  if (plan.heldOn) return plan.heldOn;
  if (startedAt) return vietnamDateAt(new Date(startedAt));
  return plan.timing?.kind === 'date' ? plan.timing.date : today;
}

/**
 * Records what the conference decided for one petition (seed 002 §4.2): the domain moves it to
 * its state; answered in writing later, it is given to the responsible body with the written
 * answer's deadline from the plan's regulation (`computeAnswerDeadline`: 15 or 30 working days
 * by complexity in seed 002); forwarded or guided, the receiving body is kept.
 *
 * @example await recordConferenceOutcome(ctx, user, { petitionId, expectedVersion: 4, kind: 'answer-in-writing', responsibleOrganisationId })
 */
export async function recordConferenceOutcome(
  ctx: Context,
  user: SessionUser,
  request: Omit<ConferenceOutcome, 'petitionId'> & { petitionId: string; expectedVersion: number },
): Promise<PetitionRow> {
  const { expectedVersion, ...fields } = request;
  const outcome = parseInput(ConferenceOutcomeSchema, fields);
  if (outcome.responsibleOrganisationId)
    await requireOwnOrganisation(ctx.db, user.adminUnitCode, outcome.responsibleOrganisationId);
  const calendar = await ctx.calendar();
  const now = ctx.requestTime.toISOString();
  return runPetitionStep(ctx, user, {
    id: outcome.petitionId,
    expectedVersion,
    event: 'record-outcome',
    payload: (petition, plan) => ({
      outcome: outcome.kind,
      competence: (petition.competence ?? '') as Competence,
      planStatus: plan.status,
      conferenceOutcome: petition.conferenceOutcome as PetitionOutcome | null,
    }),
    patch: async (petition, plan, trx) => {
      const details = JSON.stringify({
        ...(outcome.answeredBy ? { answeredBy: outcome.answeredBy } : {}),
        ...(outcome.note ? { note: outcome.note } : {}),
        recordedBy: user.accountId,
        recordedAt: now,
      });
      const base = { conference_outcome: outcome.kind, outcome_json: details };
      if (outcome.kind === 'answer-in-writing') {
        const conference = await findConference(trx, plan.id);
        const deadline = computeAnswerDeadline(calendar, {
          profileId: plan.regulationProfileId,
          dialogueDate: dialogueDateOf(plan, conference?.startedAt, ctx.today),
          complexity: (petition.complexity ?? 'standard') as AnswerComplexity,
          overrides: plan.scheduleOverrides,
        });
        return {
          ...base,
          assigned_organisation_id: outcome.responsibleOrganisationId ?? null,
          answer_due_on: deadline.dueDate,
        };
      }
      if (outcome.kind === 'forwarded-upward' || outcome.kind === 'guided-to-other-body')
        return { ...base, referred_to: outcome.referredTo ?? null };
      return base;
    },
    reason: outcome.note ?? null,
  });
}
