import type { PetitionChannel, PetitionSearch, PetitionStatus } from '@doithoai/domain';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../tables/index.js';
import { fromFlag, toFlag } from './ids.js';
import {
  toPetitionRecord,
  type PetitionOutcomeDetails,
  type PetitionRecord,
} from './petitions-rows.repository.js';

/** Where a page ends: the next page starts strictly after this (received_on, id). */
export interface PetitionCursor {
  receivedOn: string;
  id: string;
}

export interface PetitionListFilters {
  /** The communes the caller may read: every query is scoped by tenant. */
  adminUnitCodes: readonly string[];
  /** A plan's petitions, including those carried over to it from an earlier dialogue. */
  planId?: string;
  /** Petitions of the dialogues of one year (the plan's year), as the dashboards count them. */
  year?: number;
  statuses?: readonly string[];
  field?: string;
  /** Not yet classified by field / registered without a village. */
  withoutField?: boolean;
  withoutVillage?: boolean;
  villageId?: string;
  channel?: string;
  isLate?: boolean;
  assignedOrganisationId?: string;
  duplicateGroupId?: string;
  /** Open answers due in [onOrAfter, before): the dates come from the calendar, once per request. */
  due?: { onOrAfter?: string; before?: string; openStatuses: readonly string[] };
  /**
   * An inbox search (`petitionSearch`): every word in the petition's search key (name, content,
   * address) or in the label of its field, or the whole query in its tracking code.
   */
  search?: PetitionSearch;
  after?: PetitionCursor;
  /** (received_on, id) descending; the cursor then reads "before". */
  newestFirst?: boolean;
  limit: number;
}

/** `%`, `_` and `\` are wildcards or the escape in LIKE: a search for "50%" means the text. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of petitions in a stable order (received_on, id; or its reverse) with keyset pagination: one SQL
 * statement, whatever the filters. It reads one row past `limit` to know whether a next page
 * exists, and returns the page with the cursor of that next page.
 *
 * @example const { petitions, next } = await listPetitions(db, { adminUnitCodes: ['02086'], planId, search: petitionSearch('dat dai'), limit: 50 });
 */
export async function listPetitions(
  db: Kysely<Database>,
  filters: PetitionListFilters,
): Promise<{ petitions: PetitionRecord[]; next: PetitionCursor | null }> {
  if (filters.adminUnitCodes.length === 0) return { petitions: [], next: null };
  const rows = await db
    .selectFrom('petitions')
    .selectAll()
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [
        eb('admin_unit_code', 'in', [...filters.adminUnitCodes]),
      ];
      if (filters.planId !== undefined)
        conditions.push(
          eb.or([eb('plan_id', '=', filters.planId), eb('next_plan_id', '=', filters.planId)]),
        );
      if (filters.year !== undefined)
        conditions.push(
          eb(
            'plan_id',
            'in',
            eb
              .selectFrom('plans')
              .select('plans.id')
              .where('plans.year', '=', filters.year)
              .where('plans.admin_unit_code', 'in', [...filters.adminUnitCodes]),
          ),
        );
      if (filters.statuses?.length) conditions.push(eb('status', 'in', [...filters.statuses]));
      if (filters.field !== undefined) conditions.push(eb('field', '=', filters.field));
      if (filters.withoutField) conditions.push(eb('field', 'is', null));
      if (filters.withoutVillage) conditions.push(eb('village_id', 'is', null));
      if (filters.villageId !== undefined)
        conditions.push(eb('village_id', '=', filters.villageId));
      if (filters.channel !== undefined) conditions.push(eb('channel', '=', filters.channel));
      if (filters.isLate !== undefined) conditions.push(eb('is_late', '=', toFlag(filters.isLate)));
      if (filters.assignedOrganisationId !== undefined)
        conditions.push(eb('assigned_organisation_id', '=', filters.assignedOrganisationId));
      if (filters.duplicateGroupId !== undefined)
        conditions.push(eb('duplicate_group_id', '=', filters.duplicateGroupId));
      if (filters.due) {
        conditions.push(eb('answer_due_on', 'is not', null));
        conditions.push(eb('answered_on', 'is', null));
        conditions.push(eb('status', 'in', [...filters.due.openStatuses]));
        if (filters.due.onOrAfter !== undefined)
          conditions.push(eb('answer_due_on', '>=', filters.due.onOrAfter));
        if (filters.due.before !== undefined)
          conditions.push(eb('answer_due_on', '<', filters.due.before));
      }
      if (filters.search) {
        const { terms, codeFragment } = filters.search;
        const words = terms.map((term) =>
          eb.or([
            sql<SqlBool>`${sql.ref('search_key')} like ${likePattern(term.text)} escape '\\'`,
            ...(term.fields.length ? [eb('field', 'in', [...term.fields])] : []),
          ]),
        );
        // The citizen reads the code off a receipt: with or without the dash (CMX4-D8LA, cmx4d8la).
        const code = codeFragment
          ? [
              sql<SqlBool>`replace(${sql.ref('tracking_code')}, '-', '') like ${likePattern(codeFragment)}`,
            ]
          : [];
        const either = [...(words.length ? [eb.and(words)] : []), ...code];
        if (either.length) conditions.push(eb.or(either));
      }
      if (filters.after) {
        const { receivedOn, id } = filters.after;
        const past = filters.newestFirst ? '<' : '>';
        conditions.push(
          eb.or([
            eb('received_on', past, receivedOn),
            eb.and([eb('received_on', '=', receivedOn), eb('id', past, id)]),
          ]),
        );
      }
      return eb.and(conditions);
    })
    .orderBy('received_on', filters.newestFirst ? 'desc' : 'asc')
    .orderBy('id', filters.newestFirst ? 'desc' : 'asc')
    .limit(filters.limit + 1)
    .execute();
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  const next =
    rows.length > filters.limit && last ? { receivedOn: last.received_on, id: last.id } : null;
  return { petitions: page.map(toPetitionRecord), next };
}

/**
 * The other petitions of a duplicate group, oldest first.
 *
 * @example (await listPetitionGroupMembers(db, groupId)).length // 2
 */
export async function listPetitionGroupMembers(
  db: Kysely<Database>,
  groupId: string,
): Promise<PetitionRecord[]> {
  const rows = await db
    .selectFrom('petitions')
    .selectAll()
    .where('duplicate_group_id', '=', groupId)
    .orderBy('received_on')
    .orderBy('id')
    .execute();
  return rows.map(toPetitionRecord);
}

/** What the speaking order needs of a petition whose petitioner asked to speak. */
export interface SpeakerFacts {
  id: string;
  fullName: string;
  channel: PetitionChannel;
  receivedOn: string;
  createdAt: string;
  isLate: boolean;
  wantsToSpeak: boolean;
  status: PetitionStatus;
  conferenceOutcome: string | null;
  trackingCode: string;
  content: string;
  version: number;
  /** The body the petition is assigned to: a department reads only its own (petition-access). */
  assignedOrganisationId: string | null;
  /** Its name, for the minutes ("Giao Phòng Kinh tế xác minh, trả lời bằng văn bản"). */
  assignedOrganisationName: string | null;
  /** The competent level or the other body the petition went to. */
  referredTo: string | null;
  /** Who answered at the conference and the note (PetitionOutcomeDetails). */
  outcomeDetails: PetitionOutcomeDetails | null;
}

/**
 * What the speaking order needs of every petition of a plan that asked to speak.
 *
 * @example orderSpeakers((await listSpeakers(db, planId)).map(toCandidate))
 */
export async function listSpeakers(db: Kysely<Database>, planId: string): Promise<SpeakerFacts[]> {
  const rows = await db
    .selectFrom('petitions')
    .leftJoin('organisations', 'organisations.id', 'petitions.assigned_organisation_id')
    .select([
      'petitions.id as id',
      'full_name',
      'channel',
      'received_on',
      'petitions.created_at as created_at',
      'is_late',
      'wants_to_speak',
      'status',
      'conference_outcome',
      'tracking_code',
      'content',
      'version',
      'assigned_organisation_id',
      'organisations.name as assigned_organisation_name',
      'referred_to',
      'outcome_json',
    ])
    .where('plan_id', '=', planId)
    .where('wants_to_speak', '=', 1)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    channel: row.channel as PetitionChannel,
    receivedOn: row.received_on,
    createdAt: row.created_at,
    isLate: fromFlag(row.is_late),
    wantsToSpeak: fromFlag(row.wants_to_speak),
    status: row.status as PetitionStatus,
    conferenceOutcome: row.conference_outcome,
    trackingCode: row.tracking_code,
    content: row.content,
    version: row.version,
    assignedOrganisationId: row.assigned_organisation_id,
    assignedOrganisationName: row.assigned_organisation_name ?? null,
    referredTo: row.referred_to,
    outcomeDetails: row.outcome_json
      ? (JSON.parse(row.outcome_json) as PetitionOutcomeDetails)
      : null,
  }));
}

/**
 * The states of a plan's petitions, one per petition: what the domain's
 * `countPetitionsKeepingPlanOpen` needs before a plan may be closed.
 *
 * @example countPetitionsKeepingPlanOpen(await listPetitionStatusesOfPlan(trx, planId)) // 0
 */
export async function listPetitionStatusesOfPlan(
  db: Kysely<Database>,
  planId: string,
): Promise<PetitionStatus[]> {
  const rows = await db
    .selectFrom('petitions')
    .select('status')
    .where('plan_id', '=', planId)
    .execute();
  return rows.map((row) => row.status as PetitionStatus);
}
