import { toSearchKey } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type {
  AdminUnitsTable,
  Database,
  OrganisationsTable,
  VillagesTable,
} from '../tables/index.js';
import { newId } from './ids.js';

// Administrative units, their villages and their bodies (organisations): rows map to camelCase
// records here, once per table.

/** A province, district or commune. */
export interface AdminUnitRecord {
  code: string;
  name: string;
  level: 'country' | 'province' | 'district' | 'commune';
  kind: string | null;
  parentCode: string | null;
  createdAt: string;
}

/** A village (thôn, bản, tổ dân phố) of a commune, with its standing registration quota. */
export interface VillageRecord {
  id: string;
  adminUnitCode: string;
  name: string;
  kind: string;
  quota: number | null;
  /** Display order (null: after the ordered ones, by name). */
  position: number | null;
  /** Set when the village was retired (merged, renamed away); never deleted. */
  retiredAt: string | null;
  createdAt: string;
}

/** A body of a commune (a department, the Front, …). */
export interface OrganisationRecord {
  id: string;
  adminUnitCode: string;
  kind: string;
  name: string;
  position: number | null;
  retiredAt: string | null;
  createdAt: string;
}

function toAdminUnitRecord(row: AdminUnitsTable): AdminUnitRecord {
  return {
    code: row.code,
    name: row.name,
    level: row.level as AdminUnitRecord['level'],
    kind: row.kind,
    parentCode: row.parent_code,
    createdAt: row.created_at,
  };
}

function toVillageRecord(row: VillagesTable): VillageRecord {
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    name: row.name,
    kind: row.kind,
    quota: row.quota,
    position: row.position,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
  };
}

function toOrganisationRecord(row: OrganisationsTable): OrganisationRecord {
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    kind: row.kind,
    name: row.name,
    position: row.position,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
  };
}

export interface AdminUnitInput {
  code: string;
  name: string;
  level: 'country' | 'province' | 'district' | 'commune';
  kind?: string | null;
  parentCode?: string | null;
}

/** @example await insertAdminUnit(db, { code: '02086', name: 'Chợ Mới', level: 'commune', kind: 'xã', parentCode: '19' }, now) */
export async function insertAdminUnit(
  db: Kysely<Database>,
  unit: AdminUnitInput,
  now: string,
): Promise<void> {
  await db
    .insertInto('admin_units')
    .values({
      code: unit.code,
      name: unit.name,
      level: unit.level,
      kind: unit.kind ?? null,
      parent_code: unit.parentCode ?? null,
      created_at: now,
    })
    .execute();
}

/** The commune codes under a province (for a province-level viewer's scope). */
export async function listCommuneCodesOfProvince(
  db: Kysely<Database>,
  provinceCode: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('admin_units')
    .select('code')
    .where('parent_code', '=', provinceCode)
    .where('level', '=', 'commune')
    .execute();
  return rows.map((r) => r.code);
}

/** @example (await findAdminUnit(db, '02086'))?.parentCode // '19' */
export async function findAdminUnit(
  db: Kysely<Database>,
  code: string,
): Promise<AdminUnitRecord | undefined> {
  const row = await db
    .selectFrom('admin_units')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toAdminUnitRecord(row);
}

/** @example await insertVillage(db, { adminUnitCode: '03640', name: 'Bản Mỳ', kind: 'ban' }, now) */
export async function insertVillage(
  db: Kysely<Database>,
  village: { adminUnitCode: string; name: string; kind: string; quota?: number | null },
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('villages')
    .values({
      id,
      admin_unit_code: village.adminUnitCode,
      name: village.name,
      kind: village.kind,
      search_key: toSearchKey(village.name),
      quota: village.quota ?? null,
      created_at: now,
    })
    .execute();
  return id;
}

/** The villages of a commune, by name. @example (await listVillages(db, '02086'))[0]?.quota // 5 */
export async function listVillages(
  db: Kysely<Database>,
  adminUnitCode: string,
): Promise<VillageRecord[]> {
  const rows = await db
    .selectFrom('villages')
    .selectAll()
    .where('admin_unit_code', '=', adminUnitCode)
    .orderBy('name')
    .execute();
  return rows.map(toVillageRecord);
}

/**
 * The ids among `ids` that are villages of the commune: one query over those ids, not the list.
 *
 * @example await findVillageIdsOfUnit(db, '02086', [villageId, 'no-such-village']) // Set { villageId }
 */
export async function findVillageIdsOfUnit(
  db: Kysely<Database>,
  adminUnitCode: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('villages')
    .select('id')
    .where('admin_unit_code', '=', adminUnitCode)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** @example await insertOrganisation(db, { adminUnitCode: '21343', kind: 'department', name: 'Phòng Kinh tế' }, now) */
export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: { adminUnitCode: string; kind: string; name: string },
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('organisations')
    .values({
      id,
      admin_unit_code: organisation.adminUnitCode,
      kind: organisation.kind,
      name: organisation.name,
      search_key: toSearchKey(organisation.name),
      created_at: now,
    })
    .execute();
  return id;
}

/** The bodies of a commune, by name. @example (await listOrganisations(db, '02086'))[0]?.kind // 'department' */
export async function listOrganisations(
  db: Kysely<Database>,
  adminUnitCode: string,
): Promise<OrganisationRecord[]> {
  const rows = await db
    .selectFrom('organisations')
    .selectAll()
    .where('admin_unit_code', '=', adminUnitCode)
    .orderBy('name')
    .execute();
  return rows.map(toOrganisationRecord);
}

/**
 * An organisation of one unit (an account may only belong to a body of its own commune).
 *
 * @example await findOrganisationOfUnit(db, organisationId, '02086') // { id, kind: 'department', name: 'Phòng Kinh tế' }
 */
export async function findOrganisationOfUnit(
  db: Kysely<Database>,
  id: string,
  adminUnitCode: string,
): Promise<{ id: string; kind: string; name: string } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name'])
    .where('id', '=', id)
    .where('admin_unit_code', '=', adminUnitCode)
    .executeTakeFirst();
}

/**
 * A body with the name of its head — the first active department account of the body, as the
 * demo and the admin create one per head — for the documents it issues (issue 16: a written
 * answer is signed by the answering body's head).
 *
 * @example await findOrganisationWithHead(db, orgId) // { id, kind: 'department', name: 'Phòng Kinh tế', headName: 'Lý Văn Toàn' }
 */
export async function findOrganisationWithHead(
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; kind: string; name: string; headName: string | null } | undefined> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'kind', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!organisation) return undefined;
  const head = await db
    .selectFrom('accounts')
    .select('full_name')
    .where('organisation_id', '=', id)
    .where('role', '=', 'department')
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  return { ...organisation, headName: head?.full_name ?? null };
}

/**
 * Organisations of a commune among `ids` (to check a notice assigns only the commune's bodies).
 *
 * @example await findOrganisationsOfUnit(db, '02086', [orgId])
 */
export async function findOrganisationsOfUnit(
  db: Kysely<Database>,
  adminUnitCode: string,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('admin_unit_code', '=', adminUnitCode)
    .where('id', 'in', ids)
    .execute();
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

/**
 * A village of one commune (a village account names a village of its own commune).
 *
 * @example await findVillageOfUnit(db, villageId, '02086') // { id, name: 'Mỳ', kind: 'hamlet' }
 */
export async function findVillageOfUnit(
  db: Kysely<Database>,
  id: string,
  adminUnitCode: string,
): Promise<{ id: string; name: string; kind: string } | undefined> {
  return db
    .selectFrom('villages')
    .select(['id', 'name', 'kind'])
    .where('id', '=', id)
    .where('admin_unit_code', '=', adminUnitCode)
    .executeTakeFirst();
}

/** The national unit system administrators are bound to (issue 14), as the domain names it. */
export const NATIONAL_UNIT_ROW = { code: 'VN', name: 'Toàn quốc', level: 'country' } as const;

/**
 * Inserts the national unit if it is missing (with the first system administrator).
 *
 * @example await ensureNationalUnit(trx, now)
 */
export async function ensureNationalUnit(db: Kysely<Database>, now: string): Promise<void> {
  const found = await findAdminUnit(db, NATIONAL_UNIT_ROW.code);
  if (!found) await insertAdminUnit(db, NATIONAL_UNIT_ROW, now);
}

/**
 * The provinces of the installation, by name (the system administrator's choice of unit).
 *
 * @example (await listProvinces(db)).map((p) => p.name) // ['Lai Châu', 'Thái Nguyên']
 */
export async function listProvinces(db: Kysely<Database>): Promise<AdminUnitRecord[]> {
  const rows = await db
    .selectFrom('admin_units')
    .selectAll()
    .where('level', '=', 'province')
    .orderBy('name')
    .execute();
  return rows.map(toAdminUnitRecord);
}

/**
 * The communes directly below a unit, by name (a province administrator's communes).
 *
 * @example (await listCommunesOf(db, '19')).map((c) => c.code) // ['02086']
 */
export async function listCommunesOf(
  db: Kysely<Database>,
  parentCode: string,
): Promise<AdminUnitRecord[]> {
  const rows = await db
    .selectFrom('admin_units')
    .selectAll()
    .where('parent_code', '=', parentCode)
    .where('level', '=', 'commune')
    .orderBy('name')
    .execute();
  return rows.map(toAdminUnitRecord);
}
