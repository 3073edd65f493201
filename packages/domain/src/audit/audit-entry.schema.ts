import { z } from 'zod';
import { IsoInstantSchema } from '../calendar/civil-date.js';
import { RoleSchema } from '../accounts/role.schema.js';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

export const AUDIT_ENTITY_TYPES = [
  'plan',
  'petition',
  'written-answer',
  'conference',
  'conclusion-notice',
  'follow-up-task',
  'finding',
  'account',
  'organisation',
  'village',
  'holiday',
  'notification-channel',
  'notification-opt-out',
] as const;
export const AuditEntityTypeSchema = z.enum(AUDIT_ENTITY_TYPES, {
  error: 'Loại đối tượng nhật ký không hợp lệ.',
});
export type AuditEntityType = z.infer<typeof AuditEntityTypeSchema>;
export const AUDIT_ENTITY_TYPE_LABELS = {
  plan: 'Kế hoạch',
  petition: 'Ý kiến, kiến nghị',
  'written-answer': 'Văn bản trả lời',
  conference: 'Hội nghị đối thoại',
  'conclusion-notice': 'Thông báo kết luận',
  'follow-up-task': 'Nhiệm vụ sau đối thoại',
  finding: 'Kết quả giám sát',
  account: 'Tài khoản',
  organisation: 'Cơ quan, tổ chức',
  village: 'Thôn, bản',
  holiday: 'Ngày nghỉ, ngày làm bù',
  'notification-channel': 'Kênh thông báo',
  'notification-opt-out': 'Từ chối nhận thông báo',
} as const satisfies Record<AuditEntityType, string>;

/**
 * One line of the audit trail. Nothing is hard-deleted and records are corrected with a trail
 * (docs/domain.md "Personal data"), so before/after are kept as JSON. Exports that carry personal
 * data are logged with their reason (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).
 */
export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    at: IsoInstantSchema,
    actor: z.object({ accountId: IdSchema, role: RoleSchema }),
    adminUnitCode: AdminUnitCodeSchema,
    /** `area.verb`, e.g. `plan.approve`, `petition.correct`, `plan.export-petitions`. */
    action: z
      .string()
      .trim()
      .regex(
        /^[a-z][a-z-]*\.[a-z][a-z-]*$/u,
        'Hành động phải có dạng khu-vuc.dong-tu (ví dụ plan.approve).',
      ),
    entity: z.object({ type: AuditEntityTypeSchema, id: IdSchema }),
    before: z.json().optional(),
    after: z.json().optional(),
    reason: requiredText('Lý do', 2000).optional(),
    exportsPersonalData: z.boolean({ error: 'Phải ghi có xuất dữ liệu cá nhân hay không.' }),
  })
  .superRefine((entry, ctx) => {
    if (entry.exportsPersonalData && entry.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Xuất dữ liệu cá nhân phải nêu lý do.',
      });
    }
    if (entry.action.endsWith('.correct') && entry.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Đính chính dữ liệu phải nêu lý do.',
      });
    }
  });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
