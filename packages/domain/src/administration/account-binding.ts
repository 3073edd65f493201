import {
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
} from '../accounts/organisation.schema.js';
import { ROLE_LABELS, type Role } from '../accounts/role.schema.js';
import {
  ADMIN_SCOPE_LABELS,
  adminScopeOf,
  COMMUNE_BUSINESS_ROLES,
  ROLE_BINDINGS,
  UNIT_LEVEL_LABELS,
  type AdminScope,
  type UnitLevel,
} from './admin-scope.js';

/** One reason an account cannot be bound as asked, under the form field it concerns. */
export interface BindingProblem {
  field: 'role' | 'adminUnitCode' | 'organisationId' | 'villageId';
  message: string;
}

/** The account as an administrator asks for it, with what the server found of its bindings. */
export interface AccountBindingRequest {
  role: Role;
  unitLevel: UnitLevel;
  /** The kind of the body named, or null when none is named. */
  organisationKind: OrganisationKind | null;
  villageNamed: boolean;
}

/**
 * What is wrong with binding an account of `role` this way (empty when it fits): the unit's
 * level, the kind of its body, its village (`ROLE_BINDINGS`).
 *
 * @example accountBindingProblems({ role: 'party-secretary', unitLevel: 'commune', organisationKind: 'department', villageNamed: false })[0]?.field // 'organisationId'
 */
export function accountBindingProblems(request: AccountBindingRequest): BindingProblem[] {
  const binding = ROLE_BINDINGS[request.role];
  const role = ROLE_LABELS[request.role];
  const problems: BindingProblem[] = [];
  if (!(binding.unitLevels as readonly UnitLevel[]).includes(request.unitLevel))
    problems.push({
      field: 'adminUnitCode',
      message: `Tài khoản "${role}" không thuộc đơn vị ${UNIT_LEVEL_LABELS[request.unitLevel].toLowerCase()}.`,
    });
  const kinds = binding.organisationKinds as readonly OrganisationKind[];
  if (request.organisationKind === null) {
    if (binding.organisationRequired)
      problems.push({
        field: 'organisationId',
        message: `Tài khoản "${role}" phải chọn cơ quan của mình (${kinds.map((k) => ORGANISATION_KIND_LABELS[k]).join(', ')}).`,
      });
  } else if (!kinds.includes(request.organisationKind)) {
    const chosen = ORGANISATION_KIND_LABELS[request.organisationKind];
    problems.push({
      field: 'organisationId',
      message:
        kinds.length === 0
          ? `Tài khoản "${role}" không gắn với cơ quan nào (đã chọn: ${chosen}).`
          : `Tài khoản "${role}" chỉ gắn với ${kinds.map((k) => ORGANISATION_KIND_LABELS[k]).join(', ')}, không gắn với ${chosen}.`,
    });
  }
  if (binding.villageRequired && !request.villageNamed)
    problems.push({
      field: 'villageId',
      message: `Tài khoản "${role}" phải chọn thôn, bản, tổ dân phố.`,
    });
  if (!binding.villageRequired && request.villageNamed)
    problems.push({ field: 'villageId', message: `Tài khoản "${role}" không gắn với thôn, bản.` });
  return problems;
}

/**
 * Whether an administrator of `scope` may create (or change) an account of `role` bound to a
 * unit of `level`, given that the unit lies inside the administrator's own unit (the api checks
 * that). Separation of duties: only a commune administrator creates business accounts, each
 * level creates the administrators of the level below, and nobody creates a broader one.
 *
 * @example mayAdministerAccount('commune', 'party-secretary', 'commune') // true
 * @example mayAdministerAccount('commune', 'admin', 'province') // false
 */
export function mayAdministerAccount(scope: AdminScope, role: Role, level: UnitLevel): boolean {
  if (role === 'admin') {
    const target = adminScopeOf(level);
    if (scope === 'system') return target === 'system' || target === 'province';
    if (scope === 'province') return target === 'commune';
    return false;
  }
  if (role === 'province-viewer') return scope !== 'commune' && level === 'province';
  if (scope !== 'commune') return false;
  return (COMMUNE_BUSINESS_ROLES as readonly Role[]).includes(role) || role === 'citizen';
}

/**
 * The refusal of `mayAdministerAccount`, in Vietnamese, under the role field.
 *
 * @example administerRefusal('commune', 'admin') // 'Quản trị cấp xã không tạo được tài khoản "Quản trị hệ thống".'
 */
export function administerRefusal(scope: AdminScope, role: Role): BindingProblem {
  return {
    field: 'role',
    message: `${ADMIN_SCOPE_LABELS[scope]} không tạo được tài khoản "${ROLE_LABELS[role]}".`,
  };
}

/** The roles an administrator of `scope` creates, for the form's role list. */
export function rolesAdministeredBy(scope: AdminScope): Role[] {
  if (scope === 'system') return ['admin', 'province-viewer'];
  if (scope === 'province') return ['admin', 'province-viewer'];
  return [...COMMUNE_BUSINESS_ROLES];
}
