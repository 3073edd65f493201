import { createHash } from 'node:crypto';
import {
  appendAudit,
  insertPetition,
  findVillageIdsOfUnit,
  type Database,
  type PetitionPlanFacts,
  type PetitionRecord,
} from '@doithoai/db';
import type { DomainError } from '@doithoai/domain';
import {
  computePlanSchedule,
  domainError,
  ERROR_CATALOGUE,
  isLatePetition,
  planScheduleInput,
  type RegisterPetitionInput,
  type ScheduleEntry,
  toSearchKey,
  type WorkingCalendar,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail } from '../../errors.js';
import { notifyRegistration } from '../../notifications/petition-notifications.js';

/** JSON with object keys sorted at every level: the same body always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 of a request body in canonical form, stored beside its Idempotency-Key.
 *
 * @example requestHash({ b: 1, a: 2 }) === requestHash({ a: 2, b: 1 }) // true
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * The same key was sent with another body: a client bug, or two forms sharing a key.
 *
 * @example fail(idempotencyKeyReused('thon-01-phieu-0003'));
 */
export function idempotencyKeyReused(key: string): DomainError {
  return domainError('IDEMPOTENCY_KEY_REUSED', {
    key,
    usedFor: 'cho một đăng ký có nội dung khác',
    what: 'đăng ký',
  });
}

/**
 * Refuses a replayed key whose stored body differs; a true replay passes.
 *
 * @example checkReplay(stored.requestHash, requestHash(body), key); // throws CONFLICT when the body differs
 */
export function checkReplay(storedHash: string | null, hash: string | null, key: string): void {
  if (storedHash !== hash) fail(idempotencyKeyReused(key));
}

/**
 * The plan's schedule as the domain computes it (cut-off included), from the stored plan.
 *
 * @example isLatePetition(input, planSchedule(calendar, plan))
 */
export function planSchedule(calendar: WorkingCalendar, plan: PetitionPlanFacts): ScheduleEntry[] {
  return computePlanSchedule(
    calendar,
    planScheduleInput(
      {
        regulationProfileId: plan.regulationProfileId,
        timing: plan.timing,
        scheduleOverrides: plan.scheduleOverrides,
        issuedOn: plan.issuedOn ?? undefined,
      },
      {
        noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
        heldOn: plan.heldOn ?? undefined,
        conclusionIssuedOn: plan.conclusionIssuedOn ?? undefined,
      },
    ),
  );
}

/**
 * The ids among `villageIds` that are not villages of the commune (one query).
 *
 * @example (await unknownVillages(db, '02086', ['no-such-village'])).size // 1
 */
export async function unknownVillages(
  db: Kysely<Database>,
  adminUnitCode: string,
  villageIds: readonly (string | undefined)[],
): Promise<Set<string>> {
  const wanted = villageIds.filter((id): id is string => id !== undefined);
  if (wanted.length === 0) return new Set();
  // Only the villages asked about, not the commune's whole list (one per registration before).
  const known = await findVillageIdsOfUnit(db, adminUnitCode, wanted);
  return new Set(wanted.filter((id) => !known.has(id)));
}

export const UNKNOWN_VILLAGE_MESSAGE = ERROR_CATALOGUE.VILLAGE_UNKNOWN.template;

/**
 * Stores one registration and its audit entry in the caller's transaction; late ones are kept
 * and flagged (`isLatePetition`). A replayed Idempotency-Key returns the row stored first.
 *
 * @example const { row, replayed, storedHash } = await insertRegistration(trx, ctx, user, plan, schedule, input, { key, hash });
 */
export async function insertRegistration(
  trx: Kysely<Database>,
  ctx: Context,
  /** The officer who entered it, or a citizen on the public form (no account). */
  user: Pick<SessionUser, 'role'> & { accountId: string | null },
  plan: PetitionPlanFacts,
  schedule: readonly ScheduleEntry[],
  input: RegisterPetitionInput,
  idempotency: { key: string; hash: string } | null,
): Promise<{ row: PetitionRecord; replayed: boolean; storedHash: string | null }> {
  const now = ctx.requestTime.toISOString();
  const { petitioner } = input;
  const result = await insertPetition(trx, {
    adminUnitCode: plan.adminUnitCode,
    planId: plan.id,
    status: 'received',
    kind: input.kind,
    channel: input.channel,
    fullName: petitioner.fullName,
    phone: petitioner.phone ?? null,
    address: petitioner.address ?? null,
    villageId: petitioner.villageId ?? null,
    organisationName: petitioner.organisationName ?? null,
    content: input.content,
    searchKey: toSearchKey(`${petitioner.fullName} ${input.content} ${petitioner.address ?? ''}`),
    field: input.field ?? null,
    wantsToSpeak: input.wantsToSpeak,
    receivedOn: input.receivedOn,
    isLate: isLatePetition(input, schedule),
    consents: input.consents,
    idempotencyKey: idempotency?.key ?? null,
    idempotencyHash: idempotency?.hash ?? null,
    createdBy: user.accountId,
    now,
  });
  if (!result.inserted)
    return {
      row: result.existing.petition,
      replayed: true,
      storedHash: result.existing.requestHash,
    };
  await appendAudit(trx, {
    at: now,
    actor: { accountId: user.accountId, role: user.role },
    adminUnitCode: plan.adminUnitCode,
    action: 'petition.register',
    entityType: 'petition',
    entityId: result.petition.id,
    after: result.petition,
  });
  await notifyRegistration(trx, ctx, plan, result.petition);
  return { row: result.petition, replayed: false, storedHash: idempotency?.hash ?? null };
}
