import { z } from 'zod';
import { IsoDateSchema, IsoInstantSchema } from '../calendar/civil-date.js';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { VietnamesePhoneSchema } from '../common/phone.schema.js';
import { requiredText } from '../common/text.js';
import { ConsentSchema } from './consent.schema.js';
import { PetitionStatusSchema, type PetitionStatus } from './petition.status.js';
import { PetitionFieldSchema, TriageSchema } from './triage.schema.js';

/**
 * docs/domain.md §3: ý kiến, kiến nghị, phản ánh — and the questions villages register (seed 000).
 */
export const PetitionKindSchema = z.enum(['question', 'opinion', 'request', 'report'], {
  error: 'Loại ý kiến không hợp lệ.',
});
export type PetitionKind = z.infer<typeof PetitionKindSchema>;
export const PETITION_KIND_LABELS = {
  question: 'Câu hỏi',
  opinion: 'Ý kiến',
  request: 'Kiến nghị',
  report: 'Phản ánh',
} as const satisfies Record<PetitionKind, string>;

/**
 * How a registration reached the commune: the village's paper list (seeds 000, 001, 003), the
 * Front's compilation (seeds 001, 002), the registration form handed in at the office (seed
 * 004's Phiếu đăng ký is addressed to Văn phòng HĐND&UBND xã), the public web form, raised in
 * person at the conference, or through the mass media (seed 004 §II.3).
 */
export const PETITION_CHANNELS = [
  'village-paper-form',
  'office-paper-form',
  'front-compilation',
  'web-form',
  'raised-at-conference',
  'mass-media',
] as const;
export const PetitionChannelSchema = z.enum(PETITION_CHANNELS, {
  error: 'Kênh tiếp nhận không hợp lệ.',
});
export type PetitionChannel = z.infer<typeof PetitionChannelSchema>;
export const PETITION_CHANNEL_LABELS = {
  'village-paper-form': 'Phiếu đăng ký qua thôn, bản',
  'office-paper-form': 'Phiếu đăng ký nộp tại Văn phòng',
  'front-compilation': 'Tổng hợp của Ủy ban MTTQ',
  'web-form': 'Biểu mẫu trên Trang thông tin điện tử',
  'raised-at-conference': 'Nêu trực tiếp tại hội nghị',
  'mass-media': 'Qua phương tiện thông tin đại chúng',
} as const satisfies Record<PetitionChannel, string>;

/** What a citizen reads and types to follow their petition: 8 characters, no 0/O/1/I. */
export const TrackingCodeSchema = z
  .string({ error: 'Mã tra cứu phải là chuỗi ký tự.' })
  .trim()
  .toUpperCase()
  .regex(
    /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/u,
    'Mã tra cứu gồm 8 ký tự dạng XXXX-XXXX (ví dụ K7QX-3M9P).',
  );

/** The fields of seed 004's Phiếu đăng ký (họ và tên, điện thoại, địa chỉ) plus village and organisation. */
export const PetitionerSchema = z.object({
  fullName: requiredText('Họ và tên', 200),
  phone: VietnamesePhoneSchema.optional(),
  address: requiredText('Địa chỉ', 500).optional(),
  villageId: IdSchema.optional(),
  /** For enterprises, cooperatives or bodies (seed 002's dossier: "tên tổ chức, cá nhân kiến nghị"). */
  organisationName: requiredText('Tên tổ chức', 300).optional(),
});
export type Petitioner = z.infer<typeof PetitionerSchema>;

/** Statuses reached only after triage: the record must then say how it was triaged. */
const TRIAGED_STATUSES: ReadonlySet<PetitionStatus> = new Set([
  'triaged',
  'assigned',
  'answer-drafted',
  'answer-approved',
]);

export const PetitionSchema = z
  .object({
    id: IdSchema,
    planId: IdSchema,
    adminUnitCode: AdminUnitCodeSchema,
    trackingCode: TrackingCodeSchema,
    kind: PetitionKindSchema,
    petitioner: PetitionerSchema,
    content: requiredText('Nội dung ý kiến, kiến nghị', 5000),
    /** The field the citizen chose; triage may classify it differently. */
    field: PetitionFieldSchema.optional(),
    wantsToSpeak: z.boolean({ error: 'Đăng ký phát biểu phải là có hoặc không.' }),
    channel: PetitionChannelSchema,
    receivedOn: IsoDateSchema,
    receivedAt: IsoInstantSchema.optional(),
    recordedBy: IdSchema.optional(),
    /**
     * Received after the registration cut-off: kept and flagged, never dropped (docs/domain.md §3).
     */
    isLate: z.boolean({ error: 'Cờ đăng ký muộn phải là có hoặc không.' }),
    /** Duplicates share a group and stay separate records, each with its own citizen. */
    duplicateGroupId: IdSchema.optional(),
    /** The unresolved petition of an earlier dialogue this one continues. */
    carriedOverFromPetitionId: IdSchema.optional(),
    status: PetitionStatusSchema,
    consents: z.array(ConsentSchema),
    triage: TriageSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.channel === 'village-paper-form' && p.petitioner.villageId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['petitioner', 'villageId'],
        message: 'Phiếu đăng ký qua thôn phải ghi thôn, bản.',
      });
    }
    if (p.carriedOverFromPetitionId === p.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['carriedOverFromPetitionId'],
        message: 'Kiến nghị không thể chuyển tiếp từ chính nó.',
      });
    }
    if (TRIAGED_STATUSES.has(p.status) && p.triage === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['triage'],
        message: 'Kiến nghị ở trạng thái này phải đã được phân loại.',
      });
    }
    if (p.status === 'assigned' && p.triage?.assignedOrganisationId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['triage', 'assignedOrganisationId'],
        message: 'Phải ghi cơ quan được giao chuẩn bị trả lời.',
      });
    }
  });
export type Petition = z.infer<typeof PetitionSchema>;
