import { aChoMoiPlan, SEED_PLANS } from '@doithoai/domain/testing';
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

describe("the plan form holds a People's Committee plan (seed 004)", () => {
  it('gives back the same content after a round trip through the form', () => {
    const plan = SEED_PLANS.sonTayHa2025;
    const content = toPlanContent(planToForm(plan), plan.adminUnitCode);
    expect(PlanContentSchema.parse(content)).toEqual(PlanContentSchema.parse(plan));
  });

  it('starts a blank UBND plan with its own name, symbol and signature', () => {
    const form = emptyPlanForm(2025, 'Sơn Tây Hạ', 'peoples-committee');
    form.signerName = 'Nguyễn Thị Tình';
    const content = toPlanContent(form, '21343');
    expect(content.issuer).toEqual({
      kind: 'peoples-committee',
      name: 'Ủy ban nhân dân xã Sơn Tây Hạ',
      adminUnitCode: '21343',
    });
    expect(content.documentSymbol).toBe('KH-UBND');
    expect(content.signer).toEqual({
      name: 'Nguyễn Thị Tình',
      title: 'chair',
      authority: 'on-behalf-of-peoples-committee',
    });
  });
});
