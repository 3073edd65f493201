import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

/**
 * One line of the petition register (sổ theo dõi; seed 002 §4.1 dossier: who raised it, content,
 * answer, result or direction, time and responsible body). It carries personal data: the
 * caller logs every export (`appendAudit` with `personalDataExport`).
 */
export interface RegisterLine {
  petitionId: string;
  trackingCode: string;
  receivedOn: string;
  isLate: boolean;
  channel: string;
  raisedBy: {
    fullName: string;
    phone: string | null;
    address: string | null;
    villageName: string | null;
    organisationName: string | null;
  };
  content: string;
  field: string | null;
  status: string;
  conferenceOutcome: string | null;
  referredTo: string | null;
  responsibleBody: { id: string; name: string } | null;
  answerDueOn: string | null;
  answeredOn: string | null;
  /** The approved answer, the written one when there is one. */
  answer: {
    stage: string;
    content: string;
    legalBasis: string | null;
    sentOn: string | null;
    documentRef: string | null;
  } | null;
  /** The citizen's last word on the answer. */
  citizenResponse: { response: string; note: string | null; recordedAt: string } | null;
}

/**
 * The register of one plan, in the order petitions were received.
 *
 * @example (await listRegisterLines(db, planId))[0]?.raisedBy.fullName // 'Nông Văn Thắng'
 */
export async function listRegisterLines(
  db: Kysely<Database>,
  planId: string,
): Promise<RegisterLine[]> {
  const petitions = await db
    .selectFrom('petitions as pe')
    .leftJoin('villages as v', 'v.id', 'pe.village_id')
    .leftJoin('organisations as o', 'o.id', 'pe.assigned_organisation_id')
    .selectAll('pe')
    .select(['v.name as village_name', 'o.name as org_name'])
    .where('pe.plan_id', '=', planId)
    .orderBy('pe.received_on')
    .orderBy('pe.created_at')
    .orderBy('pe.id')
    .execute();
  const answers = await db
    .selectFrom('petition_answers as pa')
    .innerJoin('petitions as pe', 'pe.id', 'pa.petition_id')
    .selectAll('pa')
    .where('pe.plan_id', '=', planId)
    .where('pa.status', '=', 'approved')
    .orderBy('pa.drafted_at')
    .execute();
  const responses = await db
    .selectFrom('citizen_responses as cr')
    .innerJoin('petitions as pe', 'pe.id', 'cr.petition_id')
    .selectAll('cr')
    .where('pe.plan_id', '=', planId)
    .orderBy('cr.recorded_at')
    .execute();
  const answerOf = new Map<string, (typeof answers)[number]>();
  for (const answer of answers) {
    const previous = answerOf.get(answer.petition_id);
    // A written answer supersedes the one prepared before the conference.
    if (!previous || answer.stage === 'written' || previous.stage !== 'written')
      answerOf.set(answer.petition_id, answer);
  }
  const responseOf = new Map(responses.map((r) => [r.petition_id, r]));
  return petitions.map((pe) => {
    const answer = answerOf.get(pe.id);
    const response = responseOf.get(pe.id);
    return {
      petitionId: pe.id,
      trackingCode: pe.tracking_code,
      receivedOn: pe.received_on,
      isLate: Number(pe.is_late) === 1,
      channel: pe.channel,
      raisedBy: {
        fullName: pe.full_name,
        phone: pe.phone,
        address: pe.address,
        villageName: pe.village_name,
        organisationName: pe.organisation_name,
      },
      content: pe.content,
      field: pe.field,
      status: pe.status,
      conferenceOutcome: pe.conference_outcome,
      referredTo: pe.referred_to,
      responsibleBody: pe.assigned_organisation_id
        ? { id: pe.assigned_organisation_id, name: pe.org_name ?? '' }
        : null,
      answerDueOn: pe.answer_due_on,
      answeredOn: pe.answered_on,
      answer: answer
        ? {
            stage: answer.stage,
            content: answer.content,
            legalBasis: answer.legal_basis,
            sentOn: answer.sent_on,
            documentRef: answer.document_ref,
          }
        : null,
      citizenResponse: response
        ? { response: response.response, note: response.note, recordedAt: response.recorded_at }
        : null,
    };
  });
}
