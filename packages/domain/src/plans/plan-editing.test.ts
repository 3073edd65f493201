import { describe, expect, it } from 'vitest';
import { PLAN_STATUSES } from './plan.status.js';
import { checkPlanEditable, PLAN_EDITABLE_STATUSES } from './plan-editing.js';

const choMoi = { issuerKind: 'party-committee' } as const;

describe('checkPlanEditable', () => {
  it('lets the offices edit a draft or a returned plan', () => {
    expect(checkPlanEditable('draft', 'party-office', choMoi)).toBeNull();
    expect(checkPlanEditable('returned', 'government-office', choMoi)).toBeNull();
  });

  it.each(PLAN_STATUSES.filter((s) => !(PLAN_EDITABLE_STATUSES as readonly string[]).includes(s)))(
    'refuses an edit once the plan is %s, naming the state in Vietnamese',
    (status) => {
      const refusal = checkPlanEditable(status, 'party-office', choMoi);
      expect(refusal?.code).toBe('TRANSITION_NOT_ALLOWED');
      expect(refusal?.category).toBe('conflict');
      expect(refusal?.message).toMatch(/^Không thể chỉnh sửa khi kế hoạch đang ở trạng thái "/u);
    },
  );

  it('refuses the signer, the Front and the departments even on a draft', () => {
    for (const role of ['party-secretary', 'front-chair', 'front-officer', 'department'] as const) {
      const refusal = checkPlanEditable('draft', role, choMoi);
      expect(refusal?.code).toBe('ROLE_NOT_ALLOWED');
      expect(refusal?.category).toBe('forbidden');
    }
  });
});
