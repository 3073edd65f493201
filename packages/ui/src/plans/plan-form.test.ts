import { aChoMoiPlan } from '@doithoai/domain/testing';
import { PlanContentSchema } from '@doithoai/domain';
import { describe, expect, it } from 'vitest';
import { emptyPlanForm, planToForm, toPlanContent } from './plan-form.js';

describe('the plan form holds every field of seed 000', () => {
  it('gives back the same content after a round trip through the form', () => {
    const plan = aChoMoiPlan();
    const content = toPlanContent(planToForm(plan), plan.adminUnitCode);
    const expected = PlanContentSchema.parse(plan);
    expect(PlanContentSchema.parse(content)).toEqual(expected);
  });

  it('leaves empty optional fields out instead of sending empty strings', () => {
    const form = emptyPlanForm(2026, 'Chợ Mới');
    form.timingKind = 'none';
    const content = toPlanContent(form, '02086');
    expect(content.timing).toBeUndefined();
    expect(content.venue).toBeUndefined();
    expect(content.signer).toBeUndefined();
    expect(content.issuer.name).toBe('Đảng ủy xã Chợ Mới');
  });
});
