import { z } from 'zod';
import { IsoDateSchema } from '../calendar/civil-date.js';
import { requiredText } from '../common/text.js';

/**
 * Official codes (Bảng danh mục và mã số các đơn vị hành chính Việt Nam, Quyết định
 * 19/2025/QĐ-TTg): 2 digits for a province, 5 for a commune-level unit. Districts (huyện,
 * 3 digits under the 2004 list) were abolished on 01/07/2025 but seed 002 is a district plan,
 * so legacy districts stay representable.
 */
export const ProvinceCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}$/u, 'Mã tỉnh phải gồm 2 chữ số (ví dụ 19).');
export const DistrictCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{3}$/u, 'Mã huyện phải gồm 3 chữ số (ví dụ 110).');
export const CommuneCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/u, 'Mã xã phải gồm 5 chữ số (ví dụ 02086).');
export const AdminUnitCodeSchema = z
  .string({ error: 'Mã đơn vị hành chính phải là chuỗi ký tự.' })
  .trim()
  .regex(
    /^(\d{2}|\d{3}|\d{5})$/u,
    'Mã đơn vị hành chính phải gồm 2 (tỉnh), 3 (huyện, trước 2025) hoặc 5 chữ số (xã).',
  );
export type AdminUnitCode = z.infer<typeof AdminUnitCodeSchema>;

export const AdminLevelSchema = z.enum(['province', 'district', 'commune'], {
  error: 'Cấp hành chính không hợp lệ.',
});
export type AdminLevel = z.infer<typeof AdminLevelSchema>;
export const ADMIN_LEVEL_LABELS = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện (trước 01/07/2025)',
  commune: 'Cấp xã',
} as const satisfies Record<AdminLevel, string>;

/** Tỉnh, or thành phố trực thuộc trung ương (its Party committee is a Thành ủy — seed 003). */
export const ProvinceKindSchema = z.enum(['province', 'municipality'], {
  error: 'Loại đơn vị cấp tỉnh không hợp lệ.',
});
export type ProvinceKind = z.infer<typeof ProvinceKindSchema>;
export const PROVINCE_KIND_LABELS = {
  province: 'Tỉnh',
  municipality: 'Thành phố',
} as const satisfies Record<ProvinceKind, string>;

/** Commune-level kinds since 2025 (Luật Tổ chức chính quyền địa phương 2025): xã, phường, đặc khu. */
export const CommuneKindSchema = z.enum(['commune', 'ward', 'special-zone'], {
  error: 'Loại đơn vị cấp xã phải là xã, phường hoặc đặc khu.',
});
export type CommuneKind = z.infer<typeof CommuneKindSchema>;
export const COMMUNE_KIND_LABELS = {
  commune: 'Xã',
  ward: 'Phường',
  'special-zone': 'Đặc khu',
} as const satisfies Record<CommuneKind, string>;

/** Legacy district kinds: huyện, quận, thị xã, thành phố thuộc tỉnh. */
export const DistrictKindSchema = z.enum(['rural-district', 'urban-district', 'town', 'city'], {
  error: 'Loại đơn vị cấp huyện không hợp lệ.',
});
export type DistrictKind = z.infer<typeof DistrictKindSchema>;
export const DISTRICT_KIND_LABELS = {
  'rural-district': 'Huyện',
  'urban-district': 'Quận',
  town: 'Thị xã',
  city: 'Thành phố',
} as const satisfies Record<DistrictKind, string>;

/** The name without its kind prefix: "Chợ Mới", not "Xã Chợ Mới" (the prefix comes from `kind`). */
const unitName = requiredText('Tên đơn vị hành chính', 100);

export const AdminUnitSchema = z.discriminatedUnion(
  'level',
  [
    z.object({
      level: z.literal('province'),
      code: ProvinceCodeSchema,
      name: unitName,
      kind: ProvinceKindSchema,
    }),
    z.object({
      level: z.literal('district'),
      code: DistrictCodeSchema,
      name: unitName,
      kind: DistrictKindSchema,
      parentCode: ProvinceCodeSchema,
      abolishedOn: IsoDateSchema.optional(),
    }),
    z.object({
      level: z.literal('commune'),
      code: CommuneCodeSchema,
      name: unitName,
      kind: CommuneKindSchema,
      // The province since 2025; a district code (3 digits) only for records older than that.
      parentCode: z.union([ProvinceCodeSchema, DistrictCodeSchema], {
        error: 'Mã đơn vị cấp trên phải gồm 2 hoặc 3 chữ số.',
      }),
    }),
  ],
  { error: 'Cấp hành chính phải là province, district hoặc commune.' },
);
export type AdminUnit = z.infer<typeof AdminUnitSchema>;

/**
 * The name as written in documents, with its kind: "Xã Chợ Mới", "Thành phố Hải Phòng".
 *
 * @example fullAdminUnitName({ level: 'commune', code: '02086', name: 'Chợ Mới', kind: 'commune', parentCode: '19' }) // 'Xã Chợ Mới'
 */
export function fullAdminUnitName(unit: AdminUnit): string {
  switch (unit.level) {
    case 'province':
      return `${PROVINCE_KIND_LABELS[unit.kind]} ${unit.name}`;
    case 'district':
      return `${DISTRICT_KIND_LABELS[unit.kind]} ${unit.name}`;
    case 'commune':
      return `${COMMUNE_KIND_LABELS[unit.kind]} ${unit.name}`;
  }
}
