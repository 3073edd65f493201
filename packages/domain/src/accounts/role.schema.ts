import { z } from 'zod';

/**
 * Who uses the system (docs/domain.md, "Who uses it"). Separation of duties: the Party approves
 * plans, the government answers, the Front supervises.
 */
export const ROLES = [
  'party-secretary', // Bí thư / Phó Bí thư Đảng ủy (T/M Ban Thường vụ): approves or returns plans, concludes
  'party-office', // Văn phòng Đảng ủy: drafts plans, compiles village questions, tracks conclusions
  'commune-chair', // Chủ tịch / Phó Chủ tịch UBND xã: reviews and assigns petitions, issues the conclusion notice
  'government-office', // Văn phòng HĐND và UBND xã: notice, petition register, monthly report
  'department', // phòng/ban chuyên môn, Công an xã, BCH Quân sự, Trung tâm dịch vụ công: answers in its field
  'front-chair', // Chủ tịch Ủy ban MTTQ xã: co-chairs the dialogue, supervises, escalates
  'front-officer', // cán bộ Ủy ban MTTQ xã: compiles registrations, records supervision findings
  'village', // Bí thư chi bộ, Trưởng thôn, Trưởng ban công tác Mặt trận: registrations within the quota
  'citizen', // Nhân dân, doanh nghiệp, HTX: registers, follows their petition by tracking code
  'province-viewer', // Tỉnh ủy, UBND tỉnh…: reads reports across the communes of a province
  'admin', // quản trị hệ thống: accounts, the holiday table
] as const;

export const RoleSchema = z.enum(ROLES, { error: 'Vai trò không hợp lệ.' });
export type Role = z.infer<typeof RoleSchema>;

/** Vietnamese labels for the UI and documents. */
export const ROLE_LABELS = {
  'party-secretary': 'Bí thư Đảng ủy',
  'party-office': 'Văn phòng Đảng ủy',
  'commune-chair': 'Chủ tịch UBND xã',
  'government-office': 'Văn phòng HĐND và UBND xã',
  department: 'Phòng, ban chuyên môn',
  'front-chair': 'Chủ tịch Ủy ban MTTQ Việt Nam xã',
  'front-officer': 'Cán bộ Ủy ban MTTQ Việt Nam xã',
  village: 'Thôn, bản, tổ dân phố',
  citizen: 'Công dân',
  'province-viewer': 'Cấp tỉnh (theo dõi)',
  admin: 'Quản trị hệ thống',
} as const satisfies Record<Role, string>;

/** The Fatherland Front's roles: they read follow-up and record findings, never change a record. */
export const FRONT_ROLES = ['front-chair', 'front-officer'] as const satisfies readonly Role[];
