import type { AdminUnit } from '../admin-units/admin-unit.schema.js';
import type { Village } from '../admin-units/village.schema.js';
import { present } from './present.js';

/**
 * The units the seed plans concern. Codes: 2-digit provinces and 5-digit communes as listed by
 * Cục Thống kê (Công văn 1027/CTK-CSCL, 25/06/2025) for the 2025 reorganisation, the list the
 * Prime Minister's Quyết định 19/2025/QĐ-TTg adopts — transcribed from a public dataset, not
 * checked against the decision's own annex. Than Uyên's 110 is the pre-2025 district code.
 */
export const ADMIN_UNITS = {
  thaiNguyen: { level: 'province', code: '19', name: 'Thái Nguyên', kind: 'province' },
  laiChau: { level: 'province', code: '12', name: 'Lai Châu', kind: 'province' },
  haiPhong: { level: 'province', code: '31', name: 'Hải Phòng', kind: 'municipality' },
  quangNgai: { level: 'province', code: '51', name: 'Quảng Ngãi', kind: 'province' },
  /** Seed 002's issuer; districts ended on 01/07/2025. */
  thanUyen: {
    level: 'district',
    code: '110',
    name: 'Than Uyên',
    kind: 'rural-district',
    parentCode: '12',
    abolishedOn: '2025-07-01',
  },
  choMoi: { level: 'commune', code: '02086', name: 'Chợ Mới', kind: 'commune', parentCode: '19' },
  khoenOn: { level: 'commune', code: '03640', name: 'Khoen On', kind: 'commune', parentCode: '12' },
  vinhBao: { level: 'commune', code: '11824', name: 'Vĩnh Bảo', kind: 'commune', parentCode: '31' },
  sonTayHa: {
    level: 'commune',
    code: '21343',
    name: 'Sơn Tây Hạ',
    kind: 'commune',
    parentCode: '51',
  },
} as const satisfies Record<string, AdminUnit>;

/**
 * Seed 000 says Chợ Mới has 27 thôn but does not name them: these names are ILLUSTRATIVE
 * placeholders ("Thôn 01" … "Thôn 27"), not the commune's real list.
 */
export const CHO_MOI_VILLAGES: readonly Village[] = Array.from({ length: 27 }, (_, index) => {
  const number = String(index + 1).padStart(2, '0');
  return {
    id: `village-cho-moi-${number}`,
    communeCode: ADMIN_UNITS.choMoi.code,
    name: number,
    kind: 'village',
    active: true,
  } as const;
});

/** Bản Mỳ is named in seed 001 (the dialogue is held at its cultural house). */
export const BAN_MY: Village = {
  id: 'village-khoen-on-my',
  communeCode: ADMIN_UNITS.khoenOn.code,
  name: 'Mỳ',
  kind: 'hamlet',
  active: true,
};

/** ILLUSTRATIVE: seeds 003 and 004 name no villages. */
export const VINH_BAO_VILLAGES: readonly Village[] = [
  {
    id: 'village-vinh-bao-01',
    communeCode: ADMIN_UNITS.vinhBao.code,
    name: 'Đông',
    kind: 'village',
    active: true,
  },
  {
    id: 'village-vinh-bao-02',
    communeCode: ADMIN_UNITS.vinhBao.code,
    name: 'Tây',
    kind: 'village',
    active: true,
  },
];
export const SON_TAY_HA_VILLAGES: readonly Village[] = [
  {
    id: 'village-son-tay-ha-01',
    communeCode: ADMIN_UNITS.sonTayHa.code,
    name: 'Thượng',
    kind: 'village',
    active: true,
  },
  {
    id: 'village-son-tay-ha-02',
    communeCode: ADMIN_UNITS.sonTayHa.code,
    name: 'Hạ',
    kind: 'village',
    active: true,
  },
];

/** The first of Chợ Mới's placeholder villages, for builders that need one. */
export const CHO_MOI_FIRST_VILLAGE: Village = present(
  CHO_MOI_VILLAGES[0],
  'the first village of Chợ Mới',
);
