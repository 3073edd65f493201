import type { DomainError } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';
import type { PetitionChannel } from '../petitions/petition.schema.js';
import type { ParticipantGroup } from '../plans/plan-participants.schema.js';

/**
 * Villages gather registrations within the number the plan gives them: the same number from
 * every village (seed 000 §III: 27 thôn × 05 đại biểu) or a number allocated to each (seed 003:
 * "theo số lượng được phân bổ"). The quota is the plan's group of village delegates.
 */

/** The channels by which a village's own registrations arrive, the ones its quota counts. */
export const VILLAGE_QUOTA_CHANNELS = [
  'village-paper-form',
  'front-compilation',
] as const satisfies readonly PetitionChannel[];

/**
 * A village's quota in a plan, or undefined when the plan fixes none.
 *
 * @example villageQuota(choMoi2025Plan().participantGroups, 'ban-my') // 5
 */
export function villageQuota(
  groups: readonly Pick<
    ParticipantGroup,
    'kind' | 'quotaAllocation' | 'perUnitQuota' | 'villageQuotas'
  >[],
  villageId: string,
): number | undefined {
  const group = groups.find((g) => g.kind === 'villages' && g.quotaAllocation !== 'none');
  if (!group) return undefined;
  if (group.quotaAllocation === 'per-unit') return group.perUnitQuota;
  return group.villageQuotas.find((q) => q.villageId === villageId)?.quota;
}

/** Where a village stands against its quota. */
export interface QuotaTally {
  quota: number | undefined;
  registered: number;
  /** What is left; undefined when there is no quota. */
  remaining: number | undefined;
}

/**
 * @example quotaTally(5, 3) // { quota: 5, registered: 3, remaining: 2 }
 */
export function quotaTally(quota: number | undefined, registered: number): QuotaTally {
  return {
    quota,
    registered,
    remaining: quota === undefined ? undefined : Math.max(quota - registered, 0),
  };
}

/**
 * Refuses registrations that would take a village past its quota; null when they fit (or the
 * plan sets no quota). `villageName` names it in the message.
 *
 * @example quotaRefusal({ quota: 5, registered: 4, remaining: 1 }, 2, 'Bản Mỳ')?.code // 'VILLAGE_QUOTA_EXCEEDED'
 */
export function quotaRefusal(
  tally: QuotaTally,
  adding: number,
  villageName: string,
): DomainError | null {
  if (tally.quota === undefined || tally.registered + adding <= tally.quota) return null;
  return domainError('VILLAGE_QUOTA_EXCEEDED', {
    villageName,
    quota: tally.quota,
    registered: tally.registered,
    adding,
    excess: tally.registered + adding - tally.quota,
  });
}
