import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { AccountSchema } from './account.schema.js';
import { OrganisationSchema } from './organisation.schema.js';

const chair = {
  id: 'account-1',
  fullName: 'Phạm Văn Bốn',
  username: 'Chutich.KhoenOn',
  role: 'commune-chair',
  adminUnitCode: '03640',
  position: 'Chủ tịch UBND xã',
  active: true,
};

describe('AccountSchema', () => {
  it('accepts a commune chair and lower-cases the username', () => {
    expect(AccountSchema.parse(chair).username).toBe('chutich.khoenon');
  });

  it('never carries a password, even when one is sent', () => {
    expect(
      AccountSchema.parse({ ...chair, password: 'secret', passwordHash: 'x' }),
    ).not.toHaveProperty('password');
  });

  it('rejects an empty full name in Vietnamese', () => {
    expect(messagesAt(AccountSchema, { ...chair, fullName: ' ' }, ['fullName'])).toEqual([
      'Họ và tên không được để trống.',
    ]);
  });

  it('rejects a username with diacritics', () => {
    expect(messagesAt(AccountSchema, { ...chair, username: 'chủtịch' }, ['username'])[0]).toMatch(
      /^Tên đăng nhập gồm 3–50 ký tự/u,
    );
  });

  it('rejects an unknown role', () => {
    expect(messagesAt(AccountSchema, { ...chair, role: 'mayor' }, ['role'])).toEqual([
      'Vai trò không hợp lệ.',
    ]);
  });
});

describe('OrganisationSchema', () => {
  it('accepts the commune police and rejects an unknown kind', () => {
    const police = {
      id: 'org-ca',
      kind: 'police',
      name: 'Công an xã Khoen On',
      shortName: 'CA xã',
      adminUnitCode: '03640',
      active: true,
    };
    expect(OrganisationSchema.parse(police)).toEqual(police);
    expect(messagesAt(OrganisationSchema, { ...police, kind: 'army' }, ['kind'])).toEqual([
      'Loại cơ quan, tổ chức không hợp lệ.',
    ]);
  });
});
