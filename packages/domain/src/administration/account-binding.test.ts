import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts/role.schema.js';
import {
  accountBindingProblems,
  mayAdministerAccount,
  rolesAdministeredBy,
} from './account-binding.js';
import { adminScopeOf, ROLE_BINDINGS } from './admin-scope.js';

describe('which role fits which organisation', () => {
  it('attaches a Bí thư only to a Party committee, never to a department', () => {
    const asked = { role: 'party-secretary', unitLevel: 'commune', villageNamed: false } as const;
    expect(accountBindingProblems({ ...asked, organisationKind: 'party-committee' })).toEqual([]);
    expect(accountBindingProblems({ ...asked, organisationKind: 'department' })).toEqual([
      {
        field: 'organisationId',
        message:
          'Tài khoản "Bí thư Đảng ủy" chỉ gắn với Cấp ủy Đảng, không gắn với Phòng, ban chuyên môn.',
      },
    ]);
  });

  it('makes a department name its body and a village its village', () => {
    expect(
      accountBindingProblems({
        role: 'department',
        unitLevel: 'commune',
        organisationKind: null,
        villageNamed: false,
      }).map((p) => p.field),
    ).toEqual(['organisationId']);
    expect(
      accountBindingProblems({
        role: 'department',
        unitLevel: 'commune',
        organisationKind: 'police',
        villageNamed: false,
      }),
    ).toEqual([]);
    expect(
      accountBindingProblems({
        role: 'village',
        unitLevel: 'commune',
        organisationKind: null,
        villageNamed: false,
      }).map((p) => p.field),
    ).toEqual(['villageId']);
  });

  it('attaches an administrator to no body (it holds no business role)', () => {
    expect(ROLE_BINDINGS.admin.organisationKinds).toEqual([]);
    expect(
      accountBindingProblems({
        role: 'admin',
        unitLevel: 'commune',
        organisationKind: 'peoples-committee',
        villageNamed: false,
      }).map((p) => p.field),
    ).toEqual(['organisationId']);
  });

  it('binds a province viewer to a province and a commune role to a commune', () => {
    expect(
      accountBindingProblems({
        role: 'province-viewer',
        unitLevel: 'commune',
        organisationKind: null,
        villageNamed: false,
      }).map((p) => p.field),
    ).toEqual(['adminUnitCode']);
    expect(
      accountBindingProblems({
        role: 'commune-chair',
        unitLevel: 'province',
        organisationKind: null,
        villageNamed: false,
      }).map((p) => p.field),
    ).toEqual(['adminUnitCode']);
  });
});

describe('who administers what', () => {
  it('reads the scope from the level of the unit', () => {
    expect(['country', 'province', 'district', 'commune'].map(adminScopeOf)).toEqual([
      'system',
      'province',
      null,
      'commune',
    ]);
  });

  it('lets only a commune administrator create business accounts', () => {
    for (const role of ROLES.filter((r) => r !== 'admin' && r !== 'province-viewer')) {
      expect(mayAdministerAccount('commune', role, 'commune'), role).toBe(true);
      expect(mayAdministerAccount('province', role, 'commune'), role).toBe(false);
      expect(mayAdministerAccount('system', role, 'commune'), role).toBe(false);
    }
  });

  it('lets each level create the administrators of the level below, never a broader one', () => {
    expect(mayAdministerAccount('system', 'admin', 'province')).toBe(true);
    expect(mayAdministerAccount('system', 'admin', 'country')).toBe(true);
    expect(mayAdministerAccount('province', 'admin', 'commune')).toBe(true);
    expect(mayAdministerAccount('province', 'admin', 'province')).toBe(false);
    expect(mayAdministerAccount('commune', 'admin', 'commune')).toBe(false);
    expect(rolesAdministeredBy('commune')).not.toContain('admin');
  });
});
