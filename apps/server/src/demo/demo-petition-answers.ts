import {
  findLatestPetitionAnswer,
  insertCitizenResponse,
  insertPetitionAnswer,
  updatePetitionAnswer,
} from '@doithoai/db';
import { CitizenResponseSchema, type IsoDate, type PetitionOutcome } from '@doithoai/domain';
import type { DemoPetitionStep } from './demo-petition-steps.js';
import type { DemoActor } from './demo-world.js';

// The answer and closing steps of the API (answer.procedures.ts, closing.procedures.ts), as
// steps for `applyDemoPetitionStep`.

/**
 * `petitions.draftAnswer`: the assigned body drafts; every draft stays in `petition_answers`.
 *
 * @example await applyDemoPetitionStep(world, department, at, id, draftAnswerStep(department, at, 'Xã đã khảo sát…'))
 */
export function draftAnswerStep(
  actor: DemoActor,
  at: Date,
  content: string,
  legalBasis?: string,
): DemoPetitionStep<'draft-answer'> {
  return {
    event: 'draft-answer',
    payload: (p) => ({ assignedOrganisationId: p.assignedOrganisationId ?? '', answer: content }),
    afterSave: async (db, before) => {
      await insertPetitionAnswer(db, {
        petitionId: before.id,
        stage: before.status === 'awaiting-written-answer' ? 'written' : 'before-conference',
        content,
        legalBasis: legalBasis ?? null,
        draftedBy: actor.accountId,
        draftedAt: at.toISOString(),
      });
    },
  };
}

/**
 * `petitions.approveAnswer`: the leader approves the latest draft.
 *
 * @example await applyDemoPetitionStep(world, chair, at, id, approveAnswerStep(chair, at))
 */
export function approveAnswerStep(actor: DemoActor, at: Date): DemoPetitionStep<'approve-answer'> {
  return {
    event: 'approve-answer',
    payload: () => ({}),
    afterSave: async (db, before) => {
      const draft = await findLatestPetitionAnswer(db, before.id, { statuses: ['drafted'] });
      if (draft)
        await updatePetitionAnswer(db, draft.id, {
          status: 'approved',
          decided_by: actor.accountId,
          decided_at: at.toISOString(),
        });
    },
  };
}

/**
 * `petitions.sendBackAnswer`: the leader sends the draft back with what to change.
 *
 * @example await applyDemoPetitionStep(world, chair, at, id, sendBackAnswerStep(chair, at, 'Đề nghị bổ sung căn cứ pháp lý.'))
 */
export function sendBackAnswerStep(
  actor: DemoActor,
  at: Date,
  comment: string,
): DemoPetitionStep<'send-back-answer'> {
  return {
    event: 'send-back-answer',
    payload: (p) => ({ comment, conferenceOutcome: p.conferenceOutcome as PetitionOutcome | null }),
    afterSave: async (db, before) => {
      const answer = await findLatestPetitionAnswer(db, before.id, {
        statuses: ['drafted', 'approved'],
        unsent: true,
      });
      if (answer)
        await updatePetitionAnswer(db, answer.id, {
          status: 'sent-back',
          decided_by: actor.accountId,
          decided_at: at.toISOString(),
          decision_comment: comment,
        });
    },
    reason: comment,
  };
}

/**
 * `petitions.recordWrittenAnswer`: the written answer went out, or the level's reply came in.
 *
 * @example writtenAnswerStep(office, at, { documentRef: '215/UBND-VP', sentOn: '2026-01-05' })
 */
export function writtenAnswerStep(
  actor: DemoActor,
  at: Date,
  input: { documentRef: string; sentOn: IsoDate; content?: string },
): DemoPetitionStep<'record-written-answer'> {
  return {
    event: 'record-written-answer',
    payload: (p) => ({
      answerDocument: input.documentRef,
      ...(p.assignedOrganisationId ? { assignedOrganisationId: p.assignedOrganisationId } : {}),
    }),
    patch: () => ({ answered_on: input.sentOn }),
    afterSave: async (db, before) => {
      const approved = await findLatestPetitionAnswer(db, before.id, {
        statuses: ['approved'],
        unsent: true,
      });
      const sent = { sent_on: input.sentOn, document_ref: input.documentRef };
      if (approved) return updatePetitionAnswer(db, approved.id, sent);
      const now = at.toISOString();
      const answer = await insertPetitionAnswer(db, {
        petitionId: before.id,
        stage: 'written',
        content: input.content ?? `Văn bản trả lời số ${input.documentRef}`,
        status: 'approved',
        draftedBy: actor.accountId,
        draftedAt: now,
        decidedBy: actor.accountId,
        decidedAt: now,
      });
      await updatePetitionAnswer(db, answer.id, sent);
    },
  };
}

/**
 * `petitions.recordCitizenResponse`, recorded by an office with how the citizen said so.
 *
 * @example citizenResponseStep(office, at, { response: 'accepted', onBehalfNote: 'Công dân trả lời qua điện thoại.' })
 */
export function citizenResponseStep(
  actor: DemoActor,
  at: Date,
  input: { response: 'accepted' | 'not-settled'; note?: string; onBehalfNote: string },
): DemoPetitionStep<'citizen-response'> {
  const recordedAt = at.toISOString();
  CitizenResponseSchema.parse({
    kind: input.response,
    note: input.note,
    recordedBy: actor.accountId,
    recordedAt,
  });
  return {
    event: 'citizen-response',
    payload: () => ({ response: input.response, onBehalfNote: input.onBehalfNote }),
    afterSave: async (db, before) => {
      await insertCitizenResponse(db, {
        petitionId: before.id,
        response: input.response,
        note: input.note ?? null,
        recordedBy: actor.accountId,
        recordedAt,
      });
    },
    reason: input.onBehalfNote,
  };
}

/**
 * `petitions.carryOver`: onto the next dialogue's agenda, linked to its history.
 *
 * @example carryOverStep(nextPlanId, 'Công dân chưa đồng ý; đưa vào kỳ đối thoại sau.')
 */
export function carryOverStep(nextPlanId: string, reason: string): DemoPetitionStep<'carry-over'> {
  return {
    event: 'carry-over',
    payload: (p) => {
      if (p.planId === nextPlanId)
        throw new Error('Kỳ đối thoại sau phải khác kỳ đối thoại hiện tại.');
      return { reason, nextPlanId };
    },
    patch: () => ({ next_plan_id: nextPlanId }),
    reason,
  };
}
