import { z } from 'zod';
import type { OrganisationKind } from '../accounts/organisation.schema.js';
import { ROLE_LABELS, type Role } from '../accounts/role.schema.js';

/**
 * Who administers what (issue 14). An administrator is an account of the `admin` role; its scope
 * is the level of the unit it is bound to, so the binding the database already enforces (a
 * foreign key to `admin_units`) is the scope, and no second field can contradict it:
 * - system administrator: bound to the national unit (`NATIONAL_UNIT`) — the list of provinces
 *   and communes, national holidays, province administrators;
 * - province administrator: bound to a province — its communes and their administrators;
 * - commune administrator: bound to a commune — its villages, bodies and business accounts.
 */
export const ADMIN_SCOPES = ['system', 'province', 'commune'] as const;
export const AdminScopeSchema = z.enum(ADMIN_SCOPES, { error: 'Cấp quản trị không hợp lệ.' });
export type AdminScope = z.infer<typeof AdminScopeSchema>;

export const ADMIN_SCOPE_LABELS = {
  system: 'Quản trị hệ thống',
  province: 'Quản trị cấp tỉnh',
  commune: 'Quản trị cấp xã',
} as const satisfies Record<AdminScope, string>;

/**
 * The root of the administrative tree, above the 34 provinces (Quyết định 19/2025/QĐ-TTg numbers
 * provinces 01–96): the unit system administrators are bound to. Its code is not a number so it
 * can never collide with an official code.
 */
export const NATIONAL_UNIT = { code: 'VN', name: 'Toàn quốc', level: 'country' } as const;

/** The levels of `admin_units` (the national root, then the official levels). */
export const UNIT_LEVELS = ['country', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_LEVEL_LABELS = {
  country: 'Toàn quốc',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
} as const satisfies Record<UnitLevel, string>;

/**
 * The scope of an administrator bound to a unit of `level`; null for a district (no
 * administrator since the two-level local government of 01/7/2025).
 *
 * @example adminScopeOf('province') // 'province'
 */
export function adminScopeOf(level: string): AdminScope | null {
  if (level === 'country') return 'system';
  if (level === 'province') return 'province';
  if (level === 'commune') return 'commune';
  return null;
}

/** The business roles of a commune: the accounts a commune administrator creates. */
export const COMMUNE_BUSINESS_ROLES = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
  'front-chair',
  'front-officer',
  'village',
] as const satisfies readonly Role[];

/** Where an account of a role is bound: the level of its unit, its body, its village. */
export interface RoleBinding {
  /** The level of the unit the account belongs to. */
  unitLevels: readonly UnitLevel[];
  /** The kinds of body the account may be attached to; empty: none. */
  organisationKinds: readonly OrganisationKind[];
  /** The account must name its body (a department answers what is assigned to its body). */
  organisationRequired: boolean;
  /** The account must name its village (a village's registrations count against its quota). */
  villageRequired: boolean;
}

const commune = (
  organisationKinds: readonly OrganisationKind[],
  organisationRequired = false,
): RoleBinding => ({
  unitLevels: ['commune'],
  organisationKinds,
  organisationRequired,
  villageRequired: false,
});

/**
 * Which role fits which kind of organisation (separation of duties, Quy định 11-QĐi/TW: the
 * Party approves plans, the People's Committee answers, the Front supervises). An approving role
 * is attached only to the body whose head it is: a Bí thư to the Party committee, a Chủ tịch to
 * the People's Committee, never to a department. An administrator holds no business role and is
 * attached to no body.
 */
export const ROLE_BINDINGS = {
  'party-secretary': commune(['party-committee']),
  'party-office': commune(['party-office']),
  'commune-chair': commune(['peoples-committee']),
  'government-office': commune(['government-office']),
  department: commune(['department', 'police', 'military', 'public-service-centre'], true),
  'front-chair': commune(['fatherland-front']),
  'front-officer': commune(['fatherland-front']),
  village: {
    unitLevels: ['commune'],
    organisationKinds: [],
    organisationRequired: false,
    villageRequired: true,
  },
  citizen: commune([]),
  'province-viewer': {
    unitLevels: ['province'],
    organisationKinds: [],
    organisationRequired: false,
    villageRequired: false,
  },
  admin: {
    unitLevels: ['country', 'province', 'commune'],
    organisationKinds: [],
    organisationRequired: false,
    villageRequired: false,
  },
} as const satisfies Record<Role, RoleBinding>;

/**
 * What an account is called on screen: its role, or for an administrator its scope — the `admin`
 * role alone reads "Quản trị hệ thống", which a commune's administrator is not.
 *
 * @example accountTitle('admin', 'commune') // 'Quản trị cấp xã'
 * @example accountTitle('commune-chair') // 'Chủ tịch UBND xã'
 */
export function accountTitle(role: Role, adminScope?: AdminScope | null): string {
  return role === 'admin' && adminScope ? ADMIN_SCOPE_LABELS[adminScope] : ROLE_LABELS[role];
}
