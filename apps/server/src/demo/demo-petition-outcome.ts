import { findConference, type PetitionPlanFacts } from '@doithoai/db';
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
import type { DemoPetitionStep } from './demo-petition-steps.js';
import type { DemoActor, DemoWorld } from './demo-world.js';

// The conference's decision on one petition (conference-outcome.ts of the API) as a step for
// `applyDemoPetitionStep`.

/** The day the dialogue took place: held, else the session's day, else planned (as the API). */
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
 * `conference.recordOutcome`: the domain moves the petition to the outcome's state; answered
 * in writing later, it gets its body and the written answer's deadline from the plan's profile.
 *
 * @example await applyDemoPetitionStep(world, office, at, id, outcomeStep(world, office, at, { petitionId: id, kind: 'answer-in-writing', responsibleOrganisationId }))
 */
export function outcomeStep(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  request: ConferenceOutcome,
): DemoPetitionStep<'record-outcome'> {
  const outcome = ConferenceOutcomeSchema.parse(request);
  const now = at.toISOString();
  return {
    event: 'record-outcome',
    payload: (petition, plan) => ({
      outcome: outcome.kind,
      competence: (petition.competence ?? '') as Competence,
      planStatus: plan.status,
      conferenceOutcome: petition.conferenceOutcome as PetitionOutcome | null,
    }),
    patch: async (petition, plan) => {
      const details = JSON.stringify({
        ...(outcome.answeredBy ? { answeredBy: outcome.answeredBy } : {}),
        ...(outcome.note ? { note: outcome.note } : {}),
        recordedBy: actor.accountId,
        recordedAt: now,
      });
      const base = { conference_outcome: outcome.kind, outcome_json: details };
      if (outcome.kind === 'answer-in-writing') {
        const conference = await findConference(w.db, plan.id);
        const deadline = computeAnswerDeadline(w.clock.calendar, {
          profileId: plan.regulationProfileId,
          dialogueDate: dialogueDateOf(plan, conference?.startedAt, vietnamDateAt(at)),
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
  };
}
