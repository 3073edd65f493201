import { z } from 'zod';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * The bodies named in the seeds' "Tổ chức thực hiện" and "Nơi nhận" sections. The level
 * (commune, district, province) comes from the organisation's administrative unit, so
 * "Văn phòng Huyện ủy" (seed 002) is a `party-office` of a district.
 */
export const ORGANISATION_KINDS = [
  'party-committee', // Đảng ủy xã, Huyện ủy, Tỉnh ủy / Thành ủy
  'party-office', // Văn phòng Đảng ủy, Văn phòng Huyện ủy
  'party-advisory-body', // cơ quan chuyên trách tham mưu, giúp việc Đảng ủy: Ban Xây dựng Đảng (seeds 000, 001, 003)
  'party-cell', // chi bộ thôn (seeds 001, 003: "Chi ủy chi bộ")
  'peoples-council', // Hội đồng nhân dân
  'peoples-committee', // Ủy ban nhân dân
  'government-office', // Văn phòng HĐND và UBND
  'department', // phòng, ban chuyên môn (Phòng Kinh tế — seed 004)
  'police', // Công an xã
  'military', // Ban Chỉ huy Quân sự xã
  'public-service-centre', // Trung tâm dịch vụ tổng hợp / cung ứng dịch vụ công (seeds 000, 003, 004)
  'fatherland-front', // Ủy ban Mặt trận Tổ quốc Việt Nam
  'socio-political-organisation', // đoàn thể: Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh…
  'village', // thôn, bản, tổ dân phố (Trưởng thôn, Ban công tác Mặt trận)
  'enterprise', // doanh nghiệp (seed 000 invites some)
  'cooperative', // hợp tác xã
  'upper-level-body', // Tỉnh ủy, Ban Nội chính, Ban Tuyên giáo và Dân vận, UBND tỉnh…
  'other',
] as const;

export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS, {
  error: 'Loại cơ quan, tổ chức không hợp lệ.',
});
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const ORGANISATION_KIND_LABELS = {
  'party-committee': 'Cấp ủy Đảng',
  'party-office': 'Văn phòng cấp ủy',
  'party-advisory-body': 'Cơ quan tham mưu, giúp việc cấp ủy',
  'party-cell': 'Chi bộ',
  'peoples-council': 'Hội đồng nhân dân',
  'peoples-committee': 'Ủy ban nhân dân',
  'government-office': 'Văn phòng HĐND và UBND',
  department: 'Phòng, ban chuyên môn',
  police: 'Công an',
  military: 'Ban Chỉ huy Quân sự',
  'public-service-centre': 'Trung tâm dịch vụ công',
  'fatherland-front': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'socio-political-organisation': 'Tổ chức chính trị - xã hội',
  village: 'Thôn, bản, tổ dân phố',
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  'upper-level-body': 'Cơ quan cấp trên',
  other: 'Cơ quan, tổ chức khác',
} as const satisfies Record<OrganisationKind, string>;

export const OrganisationSchema = z.object({
  id: IdSchema,
  kind: OrganisationKindSchema,
  /** Full name as in documents: "Ủy ban MTTQ Việt Nam xã Khoen On". */
  name: requiredText('Tên cơ quan, tổ chức', 300),
  /** Short form used in "Nơi nhận" lists: "UBMTTQ xã", "CA xã". */
  shortName: requiredText('Tên viết tắt', 100).optional(),
  adminUnitCode: AdminUnitCodeSchema,
  /** A department belongs to the People's Committee, a party cell to the Party committee. */
  parentId: IdSchema.optional(),
  active: z.boolean({ error: 'Trạng thái hoạt động phải là đúng hoặc sai.' }),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
