import { z } from 'zod';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { CommuneCodeSchema } from './admin-unit.schema.js';

/**
 * Residential units below the commune (not administrative units, so no official code): thôn
 * and bản in rural communes (bản in the mountain provinces — seed 001's bản Mỳ), tổ dân phố
 * and khu phố in wards. Villages hold quotas and gather registrations (seeds 000, 003).
 */
export const VillageKindSchema = z.enum(['village', 'hamlet', 'residential-group', 'quarter'], {
  error: 'Loại thôn, bản, tổ dân phố không hợp lệ.',
});
export type VillageKind = z.infer<typeof VillageKindSchema>;

export const VILLAGE_KIND_LABELS = {
  village: 'Thôn',
  hamlet: 'Bản',
  'residential-group': 'Tổ dân phố',
  quarter: 'Khu phố',
} as const satisfies Record<VillageKind, string>;

export const VillageSchema = z.object({
  id: IdSchema,
  communeCode: CommuneCodeSchema,
  /** Without the kind prefix: "Mỳ" for bản Mỳ. */
  name: requiredText('Tên thôn, bản', 100),
  kind: VillageKindSchema,
  /** Villages are merged too; a merged one stays for the records it is linked to. */
  active: z.boolean({ error: 'Trạng thái hoạt động phải là đúng hoặc sai.' }),
});
export type Village = z.infer<typeof VillageSchema>;

/**
 * The village's name as people write it.
 *
 * @example villageDisplayName({ id: 'v1', communeCode: '03640', name: 'Mỳ', kind: 'hamlet', active: true }) // 'Bản Mỳ'
 */
export function villageDisplayName(village: Pick<Village, 'name' | 'kind'>): string {
  return `${VILLAGE_KIND_LABELS[village.kind]} ${village.name}`;
}
