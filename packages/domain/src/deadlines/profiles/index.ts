import { domainError } from '../../errors/error-codes.js';
import type { RegulationProfile } from '../profile.schema.js';
import type { DeadlineRule, RegulationProfileId, RuleId } from '../rule.schema.js';
import { HAI_PHONG_PROFILE } from './hai-phong.js';
import { LAI_CHAU_PROFILE } from './lai-chau.js';
import { NATIONAL_DEFAULT_PROFILE } from './national-default.js';
import { QUANG_NGAI_PROFILE } from './quang-ngai.js';
import { THAI_NGUYEN_PROFILE } from './thai-nguyen.js';

/** Every regulation profile the system knows, by id. */
export const REGULATION_PROFILES = {
  'national-default': NATIONAL_DEFAULT_PROFILE,
  'thai-nguyen-357-qd-tu-2025': THAI_NGUYEN_PROFILE,
  'lai-chau-06-qc-tu-2019': LAI_CHAU_PROFILE,
  'hai-phong-1155-qd-tu-2023': HAI_PHONG_PROFILE,
  'quang-ngai-29-2022-qd-ubnd': QUANG_NGAI_PROFILE,
} as const satisfies Record<RegulationProfileId, RegulationProfile>;

/**
 * @example inheritedSource(THAI_NGUYEN_PROFILE, rule) // 'Thái Nguyên — Quyết định 357-QĐ/TU (2025): quy chế chưa quy định riêng thời hạn này, áp dụng mặc định — Luật …'
 */
function inheritedSource(profile: RegulationProfile, rule: DeadlineRule): string {
  return `${profile.name}: quy chế chưa quy định riêng thời hạn này, áp dụng mặc định — ${rule.source}`;
}

const resolvedRules = new Map<RegulationProfileId, readonly DeadlineRule[]>();

/**
 * The effective rules of a profile: its parent's rules, replaced by id by its own.
 *
 * @example resolveProfileRules('quang-ngai-29-2022-qd-ubnd').map((r) => r.id) // ['public-notice', 'conclusion-notice', 'written-answer']
 */
export function resolveProfileRules(profileId: RegulationProfileId): readonly DeadlineRule[] {
  const cached = resolvedRules.get(profileId);
  if (cached) return cached;
  const profile: RegulationProfile | undefined = REGULATION_PROFILES[profileId];
  if (!profile) {
    throw domainError('REGULATION_PROFILE_UNKNOWN', { profileId });
  }
  const byId = new Map<RuleId, DeadlineRule>();
  // A rule the province's regulation does not state is the parent's, but the date is the
  // province's: its source names the regulation that applies and says the default fills the gap
  // — never another province's decision as if it were the source (issue 18).
  if (profile.extends)
    for (const rule of resolveProfileRules(profile.extends))
      byId.set(rule.id, { ...rule, source: inheritedSource(profile, rule) });
  for (const rule of profile.rules) byId.set(rule.id, rule);
  const rules = [...byId.values()];
  resolvedRules.set(profileId, rules);
  return rules;
}
