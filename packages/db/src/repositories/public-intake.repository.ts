import type { Kysely } from 'kysely';
import type { Database, PetitionRow } from '../tables/index.js';
import { newId } from './ids.js';

// Storage of the public pages (issue 7): rate-limit events, the server's generated secrets, and
// the lookups an anonymous citizen's requests need (tables of migration
// 2026_11_23_2100_create_public_intake).

/**
 * Records one counted request.
 *
 * @example await recordRateEvent(db, { scope: 'register-phone', subjectHash, at: now })
 */
export async function recordRateEvent(
  db: Kysely<Database>,
  event: { scope: string; subjectHash: string; at: string },
): Promise<void> {
  await db
    .insertInto('public_rate_events')
    .values({ id: newId(), scope: event.scope, subject_hash: event.subjectHash, at: event.at })
    .execute();
}

/**
 * The instants of a subject's counted requests since `since` (exclusive), oldest first — what a
 * sliding-window limit needs to say when the next request is allowed.
 *
 * @example await listRateEventTimes(db, 'register-ip', hash, '2025-11-25T01:00:00.000Z')
 */
export async function listRateEventTimes(
  db: Kysely<Database>,
  scope: string,
  subjectHash: string,
  since: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('public_rate_events')
    .select('at')
    .where('scope', '=', scope)
    .where('subject_hash', '=', subjectHash)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
  return rows.map((row) => row.at);
}

/**
 * A named secret, generated on first use and kept: `on conflict do nothing` then a read, so two
 * server processes starting together agree on one value.
 *
 * @example const key = await findOrCreateSecret(db, 'public-form-hmac', () => randomBytes(32).toString('base64url'), now);
 */
export async function findOrCreateSecret(
  db: Kysely<Database>,
  name: string,
  generate: () => string,
  now: string,
): Promise<string> {
  const read = () =>
    db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
  const existing = await read();
  if (existing) return existing.value;
  await db
    .insertInto('server_secrets')
    .values({ name, value: generate(), created_at: now })
    .onConflict((c) => c.column('name').doNothing())
    .execute();
  return (await read())!.value;
}

/**
 * The petition with this tracking code (already normalised to upper case), whatever its commune.
 *
 * @example await findPetitionByTrackingCode(db, 'K7QX-3M9P')
 */
export async function findPetitionByTrackingCode(
  db: Kysely<Database>,
  trackingCode: string,
): Promise<PetitionRow | undefined> {
  return db
    .selectFrom('petitions')
    .selectAll()
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
}

/**
 * The petitions of a plan sent through one channel from one phone number: where a resubmitted
 * online form is looked for before a second record is made.
 *
 * @example await listPlanPetitionsByPhone(db, planId, 'web-form', '0987000201')
 */
export async function listPlanPetitionsByPhone(
  db: Kysely<Database>,
  planId: string,
  channel: string,
  phone: string,
): Promise<PetitionRow[]> {
  return db
    .selectFrom('petitions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('channel', '=', channel)
    .where('phone', '=', phone)
    .orderBy('created_at')
    .execute();
}

/** What the published results need of a petition: never its name, phone or address columns. */
export interface PublishedPetitionFacts {
  id: string;
  kind: string | null;
  field: string | null;
  content: string;
  status: string;
  conferenceOutcome: string | null;
  referredTo: string | null;
  answeredOn: string | null;
  receivedOn: string;
}

/**
 * The petitions of a plan in the given states, oldest first, with the columns the public
 * results may show (an allow-list: the personal columns are not even selected).
 *
 * @example await listPublishedPetitions(db, planId, ['answered', 'settled'])
 */
export async function listPublishedPetitions(
  db: Kysely<Database>,
  planId: string,
  statuses: readonly string[],
): Promise<PublishedPetitionFacts[]> {
  if (statuses.length === 0) return [];
  const rows = await db
    .selectFrom('petitions')
    .select([
      'id',
      'kind',
      'field',
      'content',
      'status',
      'conference_outcome',
      'referred_to',
      'answered_on',
      'received_on',
    ])
    .where('plan_id', '=', planId)
    .where('status', 'in', [...statuses])
    .orderBy('received_on')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    field: row.field,
    content: row.content,
    status: row.status,
    conferenceOutcome: row.conference_outcome,
    referredTo: row.referred_to,
    answeredOn: row.answered_on,
    receivedOn: row.received_on,
  }));
}

/**
 * The personal data of a plan's petitioners — only to redact it from what is published.
 *
 * @example (await listPlanPetitionerData(db, planId))[0].fullName // 'Nông Văn Thắng'
 */
export async function listPlanPetitionerData(
  db: Kysely<Database>,
  planId: string,
): Promise<
  { fullName: string; phone: string | null; address: string | null; trackingCode: string }[]
> {
  const rows = await db
    .selectFrom('petitions')
    .select(['full_name', 'phone', 'address', 'tracking_code'])
    .where('plan_id', '=', planId)
    .execute();
  return rows.map((r) => ({
    fullName: r.full_name,
    phone: r.phone,
    address: r.address,
    trackingCode: r.tracking_code,
  }));
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

/**
 * The communes (cấp xã) of the installation, by province then name, for the public pages.
 *
 * @example await listPublicCommunes(db) // [{ code: '02086', name: 'Chợ Mới', kind: 'xã', provinceName: 'Thái Nguyên' }]
 */
export async function listPublicCommunes(
  db: Kysely<Database>,
): Promise<{ code: string; name: string; kind: string | null; provinceName: string | null }[]> {
  const rows = await db
    .selectFrom('admin_units as c')
    .leftJoin('admin_units as p', 'p.code', 'c.parent_code')
    .select(['c.code', 'c.name', 'c.kind', 'p.name as province_name'])
    .where('c.level', '=', 'commune')
    .orderBy('p.name')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    provinceName: r.province_name,
  }));
}
