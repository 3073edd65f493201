import type { ForwardingDeadline, PetitionChannel, Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { fromFlag, newId, toFlag } from './ids.js';

/**
 * The Front's forwardings of compiled registrations to the chair. A record: inserted once, read
 * many times, never updated or deleted here. A petition is carried by one forwarding only (a
 * unique constraint), so a second forwarding carries only what arrived since.
 */
export interface ForwardingRecord {
  id: string;
  adminUnitCode: string;
  planId: string;
  forwardedBy: { accountId: string; fullName: string; role: Role };
  forwardedAt: string;
  forwardedOn: string;
  petitionIds: string[];
  /** What the chair receives: each registration in short, in the order it arrived. */
  petitions: ForwardedPetition[];
  note: string | null;
  deadline: ForwardingDeadline | null;
  onTime: boolean | null;
}

export interface ForwardedPetition {
  id: string;
  trackingCode: string;
  fullName: string;
  villageId: string | null;
  content: string;
  receivedOn: string;
  isLate: boolean;
}

export interface NewForwarding {
  adminUnitCode: string;
  planId: string;
  forwardedBy: string;
  forwardedAt: string;
  forwardedOn: string;
  petitionIds: readonly string[];
  note: string | null;
  deadline: ForwardingDeadline | null;
  onTime: boolean | null;
}

/**
 * Stores a forwarding and its petitions (call inside the caller's transaction).
 *
 * @example const id = await insertForwarding(trx, { adminUnitCode: '02086', planId, forwardedBy, forwardedAt, forwardedOn: '2025-12-03', petitionIds, note: null, deadline, onTime: true });
 */
export async function insertForwarding(
  db: Kysely<Database>,
  forwarding: NewForwarding,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('registration_forwardings')
    .values({
      id,
      admin_unit_code: forwarding.adminUnitCode,
      plan_id: forwarding.planId,
      forwarded_by: forwarding.forwardedBy,
      forwarded_at: forwarding.forwardedAt,
      forwarded_on: forwarding.forwardedOn,
      petition_count: forwarding.petitionIds.length,
      note: forwarding.note,
      deadline_rule_id: forwarding.deadline?.ruleId ?? null,
      deadline_due_on: forwarding.deadline?.dueDate ?? null,
      deadline_source: forwarding.deadline
        ? JSON.stringify({ label: forwarding.deadline.label, source: forwarding.deadline.source })
        : null,
      on_time: forwarding.onTime === null ? null : toFlag(forwarding.onTime),
    })
    .execute();
  await db
    .insertInto('registration_forwarding_items')
    .values(
      forwarding.petitionIds.map((petitionId) => ({ forwarding_id: id, petition_id: petitionId })),
    )
    .execute();
  return id;
}

/**
 * The forwardings of some plans of some communes, newest first, with their petitions.
 *
 * @example (await listForwardings(db, { adminUnitCodes: ['02086'], planId }))[0]?.petitionIds.length
 */
export async function listForwardings(
  db: Kysely<Database>,
  filter: { adminUnitCodes: readonly string[]; planId?: string | undefined; ids?: string[] },
): Promise<ForwardingRecord[]> {
  if (filter.adminUnitCodes.length === 0 || filter.ids?.length === 0) return [];
  let query = db
    .selectFrom('registration_forwardings as f')
    .innerJoin('accounts as a', 'a.id', 'f.forwarded_by')
    .selectAll('f')
    .select(['a.full_name', 'a.role'])
    .where('f.admin_unit_code', 'in', filter.adminUnitCodes);
  if (filter.planId) query = query.where('f.plan_id', '=', filter.planId);
  if (filter.ids) query = query.where('f.id', 'in', filter.ids);
  const rows = await query.orderBy('f.forwarded_at', 'desc').orderBy('f.id').execute();
  if (rows.length === 0) return [];
  const items = await db
    .selectFrom('registration_forwarding_items as i')
    .innerJoin('petitions as p', 'p.id', 'i.petition_id')
    .select([
      'i.forwarding_id',
      'i.petition_id',
      'p.tracking_code',
      'p.full_name',
      'p.village_id',
      'p.content',
      'p.received_on',
      'p.is_late',
    ])
    .where(
      'i.forwarding_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('p.received_on')
    .orderBy('p.created_at')
    .execute();
  return rows.map((row) => {
    const about = row.deadline_source
      ? (JSON.parse(row.deadline_source) as { label: string; source: string })
      : null;
    return {
      id: row.id,
      adminUnitCode: row.admin_unit_code,
      planId: row.plan_id,
      forwardedBy: { accountId: row.forwarded_by, fullName: row.full_name, role: row.role as Role },
      forwardedAt: row.forwarded_at,
      forwardedOn: row.forwarded_on,
      petitionIds: items.filter((i) => i.forwarding_id === row.id).map((i) => i.petition_id),
      petitions: items
        .filter((i) => i.forwarding_id === row.id)
        .map((i) => ({
          id: i.petition_id,
          trackingCode: i.tracking_code,
          fullName: i.full_name,
          villageId: i.village_id,
          content: i.content,
          receivedOn: i.received_on,
          isLate: fromFlag(i.is_late),
        })),
      note: row.note,
      deadline:
        row.deadline_rule_id && row.deadline_due_on && about
          ? { ruleId: row.deadline_rule_id, dueDate: row.deadline_due_on, ...about }
          : null,
      onTime: row.on_time === null ? null : fromFlag(row.on_time),
    };
  });
}

/**
 * The plan's registrations no forwarding has carried yet (withdrawn ones left out), oldest first.
 *
 * @example const ids = await listUnforwardedPetitionIds(db, planId);
 */
export async function listUnforwardedPetitionIds(
  db: Kysely<Database>,
  planId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('petitions as p')
    .leftJoin('registration_forwarding_items as i', 'i.petition_id', 'p.id')
    .select('p.id')
    .where('p.plan_id', '=', planId)
    .where('i.petition_id', 'is', null)
    .where('p.status', '!=', 'withdrawn')
    .where('p.channel', '!=', 'raised-at-conference')
    .orderBy('p.received_on')
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

/** One village's registrations in a plan, as the Front's tally counts them. */
export interface VillageRegistrationCount {
  villageId: string | null;
  registrations: number;
  /** Of them, through the channels the village's quota counts. */
  withinQuotaChannels: number;
  late: number;
  forwarded: number;
}

/**
 * Registrations of a plan by village (withdrawn ones and those raised at the conference left
 * out); `quotaChannels` are the channels a village's quota counts.
 *
 * @example await countRegistrationsByVillage(db, planId, ['village-paper-form', 'front-compilation'])
 */
export async function countRegistrationsByVillage(
  db: Kysely<Database>,
  planId: string,
  quotaChannels: readonly PetitionChannel[],
): Promise<VillageRegistrationCount[]> {
  const rows = await db
    .selectFrom('petitions as p')
    .leftJoin('registration_forwarding_items as i', 'i.petition_id', 'p.id')
    .select(['p.village_id', 'p.channel', 'p.is_late', 'i.forwarding_id'])
    .where('p.plan_id', '=', planId)
    .where('p.status', '!=', 'withdrawn')
    .where('p.channel', '!=', 'raised-at-conference')
    .execute();
  const byVillage = new Map<string | null, VillageRegistrationCount>();
  for (const row of rows) {
    const count = byVillage.get(row.village_id) ?? {
      villageId: row.village_id,
      registrations: 0,
      withinQuotaChannels: 0,
      late: 0,
      forwarded: 0,
    };
    count.registrations += 1;
    if ((quotaChannels as readonly string[]).includes(row.channel)) count.withinQuotaChannels += 1;
    if (row.is_late === 1) count.late += 1;
    if (row.forwarding_id !== null) count.forwarded += 1;
    byVillage.set(row.village_id, count);
  }
  return [...byVillage.values()];
}
