import { describe, expect, it } from 'vitest';
import { accountTitle } from './admin-scope.js';

describe('accountTitle', () => {
  it('calls an administrator by the scope of its unit, not "Quản trị hệ thống" for everyone', () => {
    expect(accountTitle('admin', 'system')).toBe('Quản trị hệ thống');
    expect(accountTitle('admin', 'province')).toBe('Quản trị cấp tỉnh');
    expect(accountTitle('admin', 'commune')).toBe('Quản trị cấp xã');
  });

  it('calls every other account by its role', () => {
    expect(accountTitle('commune-chair')).toBe('Chủ tịch UBND xã');
    expect(accountTitle('party-office', null)).toBe('Văn phòng Đảng ủy');
  });
});
