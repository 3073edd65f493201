import { describe, expect, it } from 'vitest';
import { choMoi2025Plan } from '../testing/seed-plans/cho-moi-2025.js';
import type { ParticipantGroup } from '../plans/plan-participants.schema.js';
import { quotaRefusal, quotaTally, villageQuota } from './village-quota.js';

const perVillage: ParticipantGroup = {
  kind: 'villages',
  description: 'Đại biểu các thôn theo số lượng được phân bổ',
  quotaAllocation: 'per-village',
  composition: [],
  villageQuotas: [
    { villageId: 'thon-tam-da', quota: 3 },
    { villageId: 'thon-dong-tam', quota: 4 },
  ],
  namedGuests: [],
};

describe("a village's registration quota", () => {
  it('is the same five for every village in seed 000 (27 thôn × 05 đại biểu)', () => {
    expect(villageQuota(choMoi2025Plan().participantGroups, 'ban-my')).toBe(5);
  });

  it("is each village's allocation in seed 003, and none for a village left out", () => {
    expect(villageQuota([perVillage], 'thon-dong-tam')).toBe(4);
    expect(villageQuota([perVillage], 'thon-khac')).toBeUndefined();
    expect(villageQuota([], 'thon-tam-da')).toBeUndefined();
  });

  it('refuses what would take Bản Mỳ past its five, and names the excess', () => {
    const tally = quotaTally(5, 4);
    expect(tally.remaining).toBe(1);
    expect(quotaRefusal(tally, 1, 'Bản Mỳ')).toBeNull();
    const refusal = quotaRefusal(tally, 3, 'Bản Mỳ');
    expect(refusal?.code).toBe('VILLAGE_QUOTA_EXCEEDED');
    expect(refusal?.message).toMatch(/Bản Mỳ được đăng ký 5 người.*đã có 4; thêm 3 sẽ vượt 2/u);
  });

  it('never refuses when the plan sets no quota', () => {
    expect(quotaRefusal(quotaTally(undefined, 40), 10, 'Bản Mỳ')).toBeNull();
  });
});
