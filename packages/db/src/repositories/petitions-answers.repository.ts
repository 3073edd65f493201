import type { Kysely, Selectable, Updateable } from 'kysely';
import type { CitizenResponsesTable, Database, PetitionAnswersTable } from '../tables/index.js';
import { newId } from './ids.js';

export type AnswerStage = 'before-conference' | 'written';
export type AnswerStatus = 'drafted' | 'approved' | 'sent-back';

/** A department's answer to a petition, through approval and sending (camelCase). */
export interface PetitionAnswerRecord {
  id: string;
  petitionId: string;
  stage: AnswerStage;
  content: string;
  legalBasis: string | null;
  status: AnswerStatus;
  draftedBy: string;
  draftedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  sentOn: string | null;
  documentRef: string | null;
}

/**
 * Maps an answer row to camelCase.
 *
 * @example toPetitionAnswerRecord(row).status // 'drafted'
 */
export function toPetitionAnswerRecord(
  row: Selectable<PetitionAnswersTable>,
): PetitionAnswerRecord {
  return {
    id: row.id,
    petitionId: row.petition_id,
    stage: row.stage as AnswerStage,
    content: row.content,
    legalBasis: row.legal_basis,
    status: row.status as AnswerStatus,
    draftedBy: row.drafted_by,
    draftedAt: row.drafted_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
    sentOn: row.sent_on,
    documentRef: row.document_ref,
  };
}

/**
 * Stores a drafted (or, for a reply received from the competent level, an already approved)
 * answer. Earlier drafts stay: the history of an answer is its rows.
 *
 * @example await insertPetitionAnswer(trx, { petitionId, stage: 'before-conference', content, draftedBy, draftedAt: now })
 */
export async function insertPetitionAnswer(
  db: Kysely<Database>,
  answer: {
    petitionId: string;
    stage: AnswerStage;
    content: string;
    legalBasis?: string | null;
    status?: AnswerStatus;
    draftedBy: string;
    draftedAt: string;
    decidedBy?: string | null;
    decidedAt?: string | null;
  },
): Promise<PetitionAnswerRecord> {
  const row = await db
    .insertInto('petition_answers')
    .values({
      id: newId(),
      petition_id: answer.petitionId,
      stage: answer.stage,
      content: answer.content,
      legal_basis: answer.legalBasis ?? null,
      status: answer.status ?? 'drafted',
      drafted_by: answer.draftedBy,
      drafted_at: answer.draftedAt,
      decided_by: answer.decidedBy ?? null,
      decided_at: answer.decidedAt ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPetitionAnswerRecord(row);
}

/**
 * The most recent answer of a petition in one of `statuses` (and not yet sent, if asked), if any.
 *
 * @example await findLatestPetitionAnswer(trx, petitionId, { statuses: ['approved'], unsent: true })
 */
export async function findLatestPetitionAnswer(
  db: Kysely<Database>,
  petitionId: string,
  options: { statuses: readonly AnswerStatus[]; unsent?: boolean },
): Promise<PetitionAnswerRecord | undefined> {
  let query = db
    .selectFrom('petition_answers')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .where('status', 'in', [...options.statuses]);
  if (options.unsent) query = query.where('sent_on', 'is', null);
  const row = await query.orderBy('drafted_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row ? toPetitionAnswerRecord(row) : undefined;
}

/** What deciding on or sending an answer changes (camelCase); absent keys are left as stored. */
export type PetitionAnswerChanges = Partial<
  Pick<
    PetitionAnswerRecord,
    | 'status'
    | 'legalBasis'
    | 'decidedBy'
    | 'decidedAt'
    | 'decisionComment'
    | 'sentOn'
    | 'documentRef'
  >
>;

/** Records a decision on an answer, or its sending. @example await updatePetitionAnswer(trx, id, { status: 'approved', decidedBy, decidedAt: now }) */
export async function updatePetitionAnswer(
  db: Kysely<Database>,
  id: string,
  changes: PetitionAnswerChanges,
): Promise<void> {
  const columns: Updateable<PetitionAnswersTable> = {
    ...(changes.status === undefined ? {} : { status: changes.status }),
    ...(changes.legalBasis === undefined ? {} : { legal_basis: changes.legalBasis }),
    ...(changes.decidedBy === undefined ? {} : { decided_by: changes.decidedBy }),
    ...(changes.decidedAt === undefined ? {} : { decided_at: changes.decidedAt }),
    ...(changes.decisionComment === undefined ? {} : { decision_comment: changes.decisionComment }),
    ...(changes.sentOn === undefined ? {} : { sent_on: changes.sentOn }),
    ...(changes.documentRef === undefined ? {} : { document_ref: changes.documentRef }),
  };
  await db.updateTable('petition_answers').set(columns).where('id', '=', id).execute();
}

/**
 * The answers of many petitions in one query, oldest first (for a list page or one petition).
 *
 * @example const answers = await listPetitionAnswers(db, page.map((p) => p.id));
 */
export async function listPetitionAnswers(
  db: Kysely<Database>,
  petitionIds: readonly string[],
): Promise<PetitionAnswerRecord[]> {
  if (petitionIds.length === 0) return [];
  const rows = await db
    .selectFrom('petition_answers')
    .selectAll()
    .where('petition_id', 'in', [...petitionIds])
    .orderBy('drafted_at')
    .orderBy('id')
    .execute();
  return rows.map(toPetitionAnswerRecord);
}

export interface CitizenResponseRecord {
  id: string;
  petitionId: string;
  response: 'accepted' | 'not-settled';
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

function toCitizenResponseRecord(row: Selectable<CitizenResponsesTable>): CitizenResponseRecord {
  return {
    id: row.id,
    petitionId: row.petition_id,
    response: row.response as CitizenResponseRecord['response'],
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** @example await insertCitizenResponse(trx, { petitionId, response: 'not-settled', note, recordedBy, recordedAt: now }) */
export async function insertCitizenResponse(
  db: Kysely<Database>,
  response: Omit<CitizenResponseRecord, 'id'>,
): Promise<CitizenResponseRecord> {
  const row = await db
    .insertInto('citizen_responses')
    .values({
      id: newId(),
      petition_id: response.petitionId,
      response: response.response,
      note: response.note,
      recorded_by: response.recordedBy,
      recorded_at: response.recordedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCitizenResponseRecord(row);
}

/**
 * A petition's citizen responses, oldest first.
 *
 * @example (await listCitizenResponses(db, petitionId)).map((r) => r.response) // ['not-settled']
 */
export async function listCitizenResponses(
  db: Kysely<Database>,
  petitionId: string,
): Promise<CitizenResponseRecord[]> {
  const rows = await db
    .selectFrom('citizen_responses')
    .selectAll()
    .where('petition_id', '=', petitionId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  return rows.map(toCitizenResponseRecord);
}

/**
 * The approved answers of some petitions (latest first per petition).
 *
 * @example await listApprovedAnswers(db, [petitionId])
 */
export async function listApprovedAnswers(
  db: Kysely<Database>,
  petitionIds: readonly string[],
): Promise<
  {
    petitionId: string;
    content: string;
    legalBasis: string | null;
    sentOn: string | null;
    documentRef: string | null;
    decidedAt: string | null;
  }[]
> {
  if (petitionIds.length === 0) return [];
  const rows = await db
    .selectFrom('petition_answers')
    .select(['petition_id', 'content', 'legal_basis', 'sent_on', 'document_ref', 'decided_at'])
    .where('petition_id', 'in', [...petitionIds])
    .where('status', '=', 'approved')
    .orderBy('decided_at', 'desc')
    .execute();
  return rows.map((r) => ({
    petitionId: r.petition_id,
    content: r.content,
    legalBasis: r.legal_basis,
    sentOn: r.sent_on,
    documentRef: r.document_ref,
    decidedAt: r.decided_at,
  }));
}
