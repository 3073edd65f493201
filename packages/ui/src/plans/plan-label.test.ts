import { describe, expect, it } from 'vitest';
import { planChoiceLabel, planWhen } from './plan-label.js';

describe('planChoiceLabel', () => {
  const title = 'Tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy với Nhân dân';

  it('tells two plans numbered 14-KH/ĐU apart by their year and day, before the title', () => {
    const a = {
      title,
      year: 2025,
      status: 'closed',
      numberAndSymbol: '14-KH/ĐU',
      dialogueDate: '2025-12-10',
    } as const;
    const b = { ...a, year: 2026, status: 'approved', dialogueDate: '2026-12-09' } as const;
    expect(planChoiceLabel(a)).toBe(`Năm 2025 · 14-KH/ĐU · 10/12/2025 · Đã kết thúc — ${title}`);
    expect(planChoiceLabel(b).slice(0, 30)).not.toBe(planChoiceLabel(a).slice(0, 30));
  });

  it('names a draft without number or date in words, not "(— – —, Dự thảo)"', () => {
    const label = planChoiceLabel({ title, year: 2027, status: 'draft', numberAndSymbol: null });
    expect(label).toBe(`Năm 2027 · chưa có số · chưa định ngày · Dự thảo — ${title}`);
    expect(label).not.toContain('—  –');
  });

  it('gives the window when the day is not fixed', () => {
    expect(planWhen({ dialogueDate: null, windowFrom: '2025-07-01', windowTo: '2025-12-31' })).toBe(
      '01/07/2025 – 31/12/2025',
    );
  });
});
