import type { Consent } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';

// What the public pages publish of a plan's petitions, and the personal data they redact from it.

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
  /** Per purpose, with any withdrawal: an answer is published only with `publish-answer-redacted`. */
  consents: Consent[];
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
      'consent_json',
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
    consents: JSON.parse(row.consent_json) as Consent[],
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
