import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS, BAN_MY, CHO_MOI_VILLAGES } from '../testing/admin-units.js';
import { messagesAt } from '../testing/zod-issues.js';
import { AdminUnitCodeSchema, AdminUnitSchema, fullAdminUnitName } from './admin-unit.schema.js';
import { villageDisplayName, VillageSchema } from './village.schema.js';

describe('AdminUnitSchema', () => {
  it('accepts every unit the seeds concern', () => {
    for (const unit of Object.values(ADMIN_UNITS))
      expect(AdminUnitSchema.parse(unit)).toEqual(unit);
  });

  it('rejects a commune code that is not 5 digits', () => {
    expect(messagesAt(AdminUnitSchema, { ...ADMIN_UNITS.choMoi, code: '2086' }, ['code'])).toEqual([
      'Mã xã phải gồm 5 chữ số (ví dụ 02086).',
    ]);
  });

  it('keeps a legacy district, parent of a pre-2025 commune', () => {
    expect(
      AdminUnitSchema.parse({ ...ADMIN_UNITS.khoenOn, parentCode: ADMIN_UNITS.thanUyen.code })
        .level,
    ).toBe('commune');
  });

  it('rejects an unknown level with a Vietnamese message', () => {
    expect(
      AdminUnitSchema.safeParse({ level: 'village', code: '1', name: 'x' }).error?.issues[0]
        ?.message,
    ).toBe('Cấp hành chính phải là province, district hoặc commune.');
  });

  it('accepts 2-, 3- and 5-digit codes and nothing else', () => {
    expect(
      ['19', '110', '02086'].map((code) => AdminUnitCodeSchema.safeParse(code).success),
    ).toEqual([true, true, true]);
    expect(
      ['1', '1234', '020860', 'ab'].map((code) => AdminUnitCodeSchema.safeParse(code).success),
    ).toEqual([false, false, false, false]);
  });
});

describe('fullAdminUnitName', () => {
  it('prefixes the kind as documents do', () => {
    expect(fullAdminUnitName(ADMIN_UNITS.choMoi)).toBe('Xã Chợ Mới');
    expect(fullAdminUnitName(ADMIN_UNITS.haiPhong)).toBe('Thành phố Hải Phòng');
    expect(fullAdminUnitName(ADMIN_UNITS.thanUyen)).toBe('Huyện Than Uyên');
  });
});

describe('villages', () => {
  it('holds the 27 villages of Chợ Mới and bản Mỳ', () => {
    expect(CHO_MOI_VILLAGES).toHaveLength(27);
    for (const village of [...CHO_MOI_VILLAGES, BAN_MY])
      expect(VillageSchema.parse(village)).toEqual(village);
  });

  it('writes bản Mỳ with its kind', () => {
    expect(villageDisplayName(BAN_MY)).toBe('Bản Mỳ');
  });

  it('rejects a village without a name', () => {
    expect(messagesAt(VillageSchema, { ...BAN_MY, name: '' }, ['name'])).toEqual([
      'Tên thôn, bản không được để trống.',
    ]);
  });
});
