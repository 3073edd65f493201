import { describe, expect, it } from 'vitest';
import { aChoMoiPlan, aVinhBaoPlan } from '../testing/seed-plans.js';
import { CreatePlanInputSchema } from './plan-inputs.schema.js';
import { missingFieldsForSubmission } from './plan-readiness.js';
import { copyPlanForYear, newPlanDraft } from './plan-drafts.js';
import { PlanSchema } from './plan.schema.js';

describe('newPlanDraft', () => {
  it('starts a valid draft with empty parts from the title block alone', () => {
    const { adminUnitCode, issuer, documentSymbol, title, year, regulationProfileId } =
      aChoMoiPlan();
    const input = CreatePlanInputSchema.parse({
      adminUnitCode,
      issuer,
      documentSymbol,
      title,
      year,
      regulationProfileId,
    });
    const draft = newPlanDraft('p-1', input);
    expect(PlanSchema.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({ id: 'p-1', status: 'draft', format: 'in-person', topics: [] });
    expect(draft.documentNumber).toBeUndefined();
  });

  it('keeps what the office already typed', () => {
    const { id: _id, status: _s, returnComments: _r, ...content } = aChoMoiPlan();
    const draft = newPlanDraft('p-2', CreatePlanInputSchema.parse(content));
    expect(missingFieldsForSubmission(draft)).toEqual([]);
    expect(draft.status).toBe('draft');
  });
});

describe('copyPlanForYear', () => {
  it("turns Chợ Mới's 2025 plan into a 2026 draft without last year's date, signer or number", () => {
    const last = aChoMoiPlan({ status: 'closed', documentNumber: 14, issuedOn: '2025-11-24' });
    const copy = copyPlanForYear(last, 2026, 'p-2026');
    expect(copy).toMatchObject({ id: 'p-2026', status: 'draft', year: 2026, returnComments: [] });
    expect(copy.title).toBe(
      'Tổ chức đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân trên địa bàn xã Chợ Mới năm 2026',
    );
    expect(copy.documentNumber).toBeUndefined();
    expect(copy.issuedOn).toBeUndefined();
    expect(copy.signer).toBeUndefined();
    expect(copy.timing).toBeUndefined();
    // Seed 000's cut-off was fixed to 04/12/2025: meaningless in 2026.
    expect(copy.scheduleOverrides).toEqual([]);
    expect(copy.topics).toEqual(last.topics);
    expect(copy.venue).toEqual(last.venue);
    expect(missingFieldsForSubmission(copy).map((m) => m.field)).toEqual(['timing', 'signer']);
    expect(PlanSchema.safeParse(copy).success).toBe(true);
  });

  it('does not share lists with the source, so editing the copy leaves last year intact', () => {
    const last = aVinhBaoPlan();
    const copy = copyPlanForYear(last, 2027, 'p-2027');
    copy.purposes.push('Mục đích mới');
    expect(last.purposes).not.toContain('Mục đích mới');
  });

  it('leaves numbers that are not the year in the title alone', () => {
    const last = aChoMoiPlan({ title: 'Đối thoại theo Quy định 11-QĐi/TW năm 2025 (đợt 2025)' });
    expect(copyPlanForYear(last, 2026, 'p').title).toBe(
      'Đối thoại theo Quy định 11-QĐi/TW năm 2026 (đợt 2026)',
    );
  });
});
