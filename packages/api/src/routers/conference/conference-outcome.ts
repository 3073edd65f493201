import { findConference, type PetitionPlanFacts, type PetitionRecord } from '@doithoai/db';
import {
  type AnswerComplexity,
  type Competence,
  computeAnswerDeadline,
  type ConferenceOutcome,
  ConferenceOutcomeSchema,
  domainError,
  type IsoDate,
  type PetitionOutcome,
  vietnamDateAt,
} from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { requireOwnOrganisation, writablePetition } from '../petitions/petition-access.js';
import { runPetitionStep } from '../petitions/petition-command.js';
import { requestHash } from '../petitions/petition-intake.js';
import { parseInput } from '../petitions/parse-input.js';

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

type OutcomeRequest = Omit<ConferenceOutcome, 'petitionId'> & {
  petitionId: string;
  expectedVersion: number;
};

/**
 * The petition as the first request with this Idempotency-Key left it, or undefined when the key
 * never recorded this petition's outcome. The same key with another outcome is refused.
 * `expectedVersion` is left out of the hash: the conference screen's outbox may re-send the same
 * outcome at a newer version after re-reading a petition someone else changed meanwhile.
 */
async function replayedOutcome(
  ctx: Context,
  user: SessionUser,
  request: OutcomeRequest,
  key: string,
): Promise<PetitionRecord | undefined> {
  const row = await writablePetition(ctx.db, user, request.petitionId);
  // The key and the body's hash are kept in the outcome's details, beside who recorded it.
  const mark = row.outcomeDetails;
  if (mark?.requestKey !== key) return undefined;
  if (mark.requestHash !== outcomeHash(request))
    fail(
      domainError('IDEMPOTENCY_KEY_REUSED', {
        key,
        usedFor: 'để ghi một kết quả khác cho kiến nghị này',
        what: 'kết quả',
      }),
    );
  return row;
}

const outcomeHash = ({ expectedVersion: _version, ...outcome }: OutcomeRequest) =>
  requestHash(outcome);

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
  request: OutcomeRequest,
): Promise<PetitionRecord> {
  // Idempotent with an Idempotency-Key (the conference screen's outbox replays a request whose
  // answer the hall's Wi-Fi lost): the same key gives back the petition as it was recorded,
  // instead of OUTCOME_ALREADY_RECORDED. The key is stored in the outcome's own details, in the
  // same update as the outcome, so "recorded" and "key seen" can never disagree.
  const key = ctx.idempotencyKey;
  if (key) {
    const replayed = await replayedOutcome(ctx, user, request, key);
    if (replayed) return replayed;
  }
  try {
    return await recordOnce(ctx, user, request, key);
  } catch (error) {
    // Two copies of one request raced (a retry sent while the first was still running): the
    // loser's stale version or "already recorded" is the winner's success.
    const replayed = key ? await replayedOutcome(ctx, user, request, key) : undefined;
    if (replayed) return replayed;
    throw error;
  }
}

async function recordOnce(
  ctx: Context,
  user: SessionUser,
  request: OutcomeRequest,
  key: string | null,
): Promise<PetitionRecord> {
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
      const details = {
        ...(outcome.answeredBy ? { answeredBy: outcome.answeredBy } : {}),
        ...(outcome.note ? { note: outcome.note } : {}),
        recordedBy: user.accountId,
        recordedAt: now,
        ...(key ? { requestKey: key, requestHash: outcomeHash(request) } : {}),
      };
      const base = { conferenceOutcome: outcome.kind, outcomeDetails: details };
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
          assignedOrganisationId: outcome.responsibleOrganisationId ?? null,
          answerDueOn: deadline.dueDate,
          // The rule stays with its date: the follow-up lists explain the date by it.
          answerDueRule: deadline.ruleId,
        };
      }
      if (outcome.kind === 'forwarded-upward' || outcome.kind === 'guided-to-other-body')
        return { ...base, referredTo: outcome.referredTo ?? null };
      return base;
    },
    reason: outcome.note ?? null,
  });
}
