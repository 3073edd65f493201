import { randomBytes } from 'node:crypto';
import {
  trackingCodeFromBytes,
  type ConsentGrant,
  type PetitionChannel,
  type PetitionKind,
  type PetitionStatus,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { newId, toFlag } from './ids.js';
import {
  toPetitionColumns,
  toPetitionRecord,
  type PetitionChanges,
  type PetitionRecord,
} from './petitions-rows.repository.js';

export {
  toPetitionColumns,
  toPetitionRecord,
  type PetitionChanges,
  type PetitionOutcomeDetails,
  type PetitionRecord,
} from './petitions-rows.repository.js';

/** A new petition as intake builds it; the tracking code, id and version are set here. */
export interface NewPetition {
  adminUnitCode: string;
  planId: string;
  status: PetitionStatus;
  kind: PetitionKind;
  channel: PetitionChannel;
  fullName: string;
  phone?: string | null;
  address?: string | null;
  villageId?: string | null;
  organisationName?: string | null;
  content: string;
  searchKey: string;
  field?: string | null;
  wantsToSpeak: boolean;
  receivedOn: string;
  isLate: boolean;
  consents: readonly ConsentGrant[];
  idempotencyKey?: string | null;
  idempotencyHash?: string | null;
  createdBy: string | null;
  now: string;
}

/** A fresh `XXXX-XXXX` tracking code from the system's random source. @example newTrackingCode() // 'K7QX-3M9P' */
export function newTrackingCode(): string {
  return trackingCodeFromBytes(randomBytes(8));
}

/** A petition found by the Idempotency-Key of the request that stored it, with that request's hash. */
export interface StoredRequest {
  petition: PetitionRecord;
  /** What a replay's body must hash to (`requestHash` in the api); null when none was kept. */
  requestHash: string | null;
}

export type InsertPetitionResult =
  { inserted: true; petition: PetitionRecord } | { inserted: false; existing: StoredRequest };

const TRACKING_CODE_ATTEMPTS = 5;

/**
 * Inserts a petition with a unique tracking code. `on conflict do nothing` keeps a clash from
 * aborting the caller's transaction on PostgreSQL: a tracking-code clash retries with a new
 * code; a clash on the idempotency key returns the row stored first (a replayed request).
 *
 * @example const result = await insertPetition(trx, { …petition, idempotencyKey: 'form-123' });
 */
export async function insertPetition(
  db: Kysely<Database>,
  petition: NewPetition,
  generateCode: () => string = newTrackingCode,
): Promise<InsertPetitionResult> {
  for (let attempt = 0; attempt < TRACKING_CODE_ATTEMPTS; attempt += 1) {
    const row = await db
      .insertInto('petitions')
      .values({
        id: newId(),
        admin_unit_code: petition.adminUnitCode,
        plan_id: petition.planId,
        tracking_code: generateCode(),
        status: petition.status,
        kind: petition.kind,
        channel: petition.channel,
        full_name: petition.fullName,
        phone: petition.phone ?? null,
        address: petition.address ?? null,
        village_id: petition.villageId ?? null,
        organisation_name: petition.organisationName ?? null,
        content: petition.content,
        search_key: petition.searchKey,
        field: petition.field ?? null,
        wants_to_speak: toFlag(petition.wantsToSpeak),
        received_on: petition.receivedOn,
        is_late: toFlag(petition.isLate),
        consent_json: JSON.stringify(petition.consents),
        idempotency_key: petition.idempotencyKey ?? null,
        idempotency_hash: petition.idempotencyHash ?? null,
        version: 1,
        created_by: petition.createdBy,
        created_at: petition.now,
        updated_at: petition.now,
      })
      .onConflict((conflict) => conflict.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return { inserted: true, petition: toPetitionRecord(row) };
    if (petition.idempotencyKey) {
      const existing = await findPetitionByIdempotencyKey(
        db,
        petition.adminUnitCode,
        petition.idempotencyKey,
      );
      if (existing) return { inserted: false, existing };
    }
  }
  throw new Error(`No free tracking code after ${TRACKING_CODE_ATTEMPTS} attempts.`);
}

/**
 * One petition by id, whatever its commune (callers check the tenant).
 *
 * @example const row = await findPetitionById(trx, id);
 */
export async function findPetitionById(
  db: Kysely<Database>,
  id: string,
): Promise<PetitionRecord | undefined> {
  const row = await db.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPetitionRecord(row);
}

/**
 * Several petitions by id, in one query (order not guaranteed).
 *
 * @example const rows = await findPetitionsByIds(db, [a, b]);
 */
export async function findPetitionsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<PetitionRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('petitions')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toPetitionRecord);
}

/**
 * The petition a request with this Idempotency-Key already created in this commune.
 *
 * @example await findPetitionByIdempotencyKey(db, '02086', 'thon-01-phieu-0002')
 */
export async function findPetitionByIdempotencyKey(
  db: Kysely<Database>,
  adminUnitCode: string,
  idempotencyKey: string,
): Promise<StoredRequest | undefined> {
  const row = await db
    .selectFrom('petitions')
    .selectAll()
    .where('admin_unit_code', '=', adminUnitCode)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
  return row && { petition: toPetitionRecord(row), requestHash: row.idempotency_hash };
}

/**
 * Applies `changes` only if the row still has `expectedVersion` (optimistic concurrency), and
 * bumps the version. Returns the updated petition, or undefined when someone else saved first.
 *
 * @example const saved = await updatePetition(trx, id, 3, { status: 'triaged' }, now); if (!saved) staleVersion('Kiến nghị');
 */
export async function updatePetition(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: PetitionChanges,
  now: string,
): Promise<PetitionRecord | undefined> {
  const columns = toPetitionColumns(changes);
  const row = await db
    .updateTable('petitions')
    .set((eb) => ({ ...columns, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  // The saved row comes back with the update (RETURNING, both dialects): no second read.
  return row && toPetitionRecord(row);
}

/**
 * The petition with this tracking code (already normalised to upper case), whatever its commune.
 *
 * @example await findPetitionByTrackingCode(db, 'K7QX-3M9P')
 */
export async function findPetitionByTrackingCode(
  db: Kysely<Database>,
  trackingCode: string,
): Promise<PetitionRecord | undefined> {
  const row = await db
    .selectFrom('petitions')
    .selectAll()
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirst();
  return row && toPetitionRecord(row);
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
): Promise<PetitionRecord[]> {
  const rows = await db
    .selectFrom('petitions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('channel', '=', channel)
    .where('phone', '=', phone)
    .orderBy('created_at')
    .execute();
  return rows.map(toPetitionRecord);
}
