import { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/** A whole number above zero, with the field's name in the messages. */
function positiveCount(label: string) {
  return z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .positive(`${label} phải lớn hơn 0.`);
}

/** Seed 001: the commune chair chairs and "mời cùng chủ trì" the Front chair. */
export const ChairRoleSchema = z.enum(['chair', 'co-chair'], {
  error: 'Vai trò chủ trì không hợp lệ.',
});
export type ChairRole = z.infer<typeof ChairRoleSchema>;
export const CHAIR_ROLE_LABELS = {
  chair: 'Chủ trì',
  'co-chair': 'Cùng chủ trì',
} as const satisfies Record<ChairRole, string>;

export const ChairSchema = z.object({
  role: ChairRoleSchema,
  /** Chức vụ, which plans name rather than the person: "Chủ tịch Ủy ban MTTQ Việt Nam xã". */
  position: requiredText('Chức vụ người chủ trì', 300),
  name: requiredText('Họ và tên người chủ trì', 200).optional(),
  organisationId: IdSchema.optional(),
});
export type Chair = z.infer<typeof ChairSchema>;

export const PARTICIPANT_GROUP_KINDS = [
  'leadership',
  'specialised-bodies',
  'front-and-organisations',
  'villages',
  'citizens',
  'enterprises',
  'upper-level-guests',
  'other',
] as const;
export const ParticipantGroupKindSchema = z.enum(PARTICIPANT_GROUP_KINDS, {
  error: 'Loại thành phần tham dự không hợp lệ.',
});
export type ParticipantGroupKind = z.infer<typeof ParticipantGroupKindSchema>;
export const PARTICIPANT_GROUP_KIND_LABELS = {
  leadership: 'Lãnh đạo cấp ủy, chính quyền',
  'specialised-bodies': 'Cơ quan chuyên môn, Công an, Quân sự',
  'front-and-organisations': 'Mặt trận Tổ quốc và các đoàn thể',
  villages: 'Đại biểu các thôn, bản',
  citizens: 'Nhân dân',
  enterprises: 'Doanh nghiệp, hợp tác xã',
  'upper-level-guests': 'Đại biểu cấp trên',
  other: 'Thành phần khác',
} as const satisfies Record<ParticipantGroupKind, string>;

/** Seed 000: the same number from every village; seed 003: a number allocated to each village. */
export const QuotaAllocationSchema = z.enum(['per-unit', 'per-village', 'none'], {
  error: 'Cách phân bổ số lượng đại biểu không hợp lệ.',
});
export type QuotaAllocation = z.infer<typeof QuotaAllocationSchema>;

export const ParticipantGroupSchema = z
  .object({
    kind: ParticipantGroupKindSchema,
    description: requiredText('Thành phần tham dự', 1000),
    quotaAllocation: QuotaAllocationSchema,
    unitCount: positiveCount('Số đơn vị cử đại biểu').optional(),
    perUnitQuota: positiveCount('Số đại biểu mỗi đơn vị').optional(),
    /** Seed 000: Bí thư chi bộ, Trưởng thôn, Trưởng Ban công tác Mặt trận and 02 người dân. */
    composition: z.array(
      z.object({
        role: requiredText('Thành phần đại biểu', 200),
        count: positiveCount('Số đại biểu'),
      }),
    ),
    /** Seed 003: empty until the Party committee allocates the numbers. */
    villageQuotas: z.array(
      z.object({ villageId: IdSchema, quota: positiveCount('Số đại biểu được phân bổ') }),
    ),
    /** Named guests (seed 003: the city's Standing Vice-Chair of the People's Council). */
    namedGuests: z.array(
      z.object({
        name: requiredText('Họ và tên đại biểu', 200),
        position: requiredText('Chức vụ đại biểu', 500),
      }),
    ),
  })
  .superRefine((group, ctx) => {
    if (group.quotaAllocation === 'per-unit') {
      if (group.unitCount === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['unitCount'],
          message: 'Phải ghi số đơn vị cử đại biểu.',
        });
      if (group.perUnitQuota === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['perUnitQuota'],
          message: 'Phải ghi số đại biểu mỗi đơn vị.',
        });
    }
    const composed = group.composition.reduce((sum, item) => sum + item.count, 0);
    if (
      group.perUnitQuota !== undefined &&
      group.composition.length > 0 &&
      composed !== group.perUnitQuota
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['composition'],
        message: `Tổng thành phần (${composed}) khác số đại biểu mỗi đơn vị (${group.perUnitQuota}).`,
      });
    }
    const villages = group.villageQuotas.map((q) => q.villageId);
    if (new Set(villages).size !== villages.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['villageQuotas'],
        message: 'Mỗi thôn, bản chỉ được phân bổ một lần.',
      });
    }
  });
export type ParticipantGroup = z.infer<typeof ParticipantGroupSchema>;

/**
 * How many delegates a group sends, when the plan fixes it.
 *
 * @example expectedDelegates({ quotaAllocation: 'per-unit', unitCount: 27, perUnitQuota: 5, villageQuotas: [] }) // 135
 */
export function expectedDelegates(
  group: Pick<ParticipantGroup, 'quotaAllocation' | 'unitCount' | 'perUnitQuota' | 'villageQuotas'>,
): number | undefined {
  switch (group.quotaAllocation) {
    case 'per-unit':
      return group.unitCount !== undefined && group.perUnitQuota !== undefined
        ? group.unitCount * group.perUnitQuota
        : undefined;
    case 'per-village':
      return group.villageQuotas.length > 0
        ? group.villageQuotas.reduce((sum, q) => sum + q.quota, 0)
        : undefined;
    case 'none':
      return undefined;
  }
}
