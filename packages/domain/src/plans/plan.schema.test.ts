import { describe, expect, it } from 'vitest';
import { present } from '../testing/present.js';
import { aChoMoiPlan, aKhoenOnPlan, aSonTayHaPlan, SEED_PLANS } from '../testing/seed-plans.js';
import { messagesAt } from '../testing/zod-issues.js';
import { CreatePlanInputSchema, UpdatePlanInputSchema } from './plan-inputs.schema.js';
import { PlanSchema } from './plan.schema.js';

describe('PlanSchema', () => {
  it.each(Object.entries(SEED_PLANS))('accepts seed plan %s unchanged', (_, plan) => {
    expect(PlanSchema.parse(plan)).toEqual(plan);
  });

  it('rejects a window whose end is before its start, at timing.to', () => {
    const plan = aKhoenOnPlan({ timing: { kind: 'window', from: '2025-08-31', to: '2025-08-01' } });
    expect(messagesAt(PlanSchema, plan, ['timing', 'to'])).toEqual([
      'Ngày kết thúc khoảng thời gian không được trước ngày bắt đầu.',
    ]);
  });

  it('rejects a timing that is neither a date nor a window', () => {
    const plan = { ...aKhoenOnPlan(), timing: { kind: 'quarter', quarter: 3 } };
    expect(messagesAt(PlanSchema, plan, ['timing', 'kind'])).toEqual([
      'Thời gian tổ chức phải là một ngày cụ thể (date) hoặc một khoảng thời gian (window).',
    ]);
  });

  it('rejects a quota of zero delegates per village', () => {
    const plan = aChoMoiPlan();
    const villages = {
      ...present(plan.participantGroups[3], 'the villages group'),
      perUnitQuota: 0,
    };
    const input = { ...plan, participantGroups: [...plan.participantGroups.slice(0, 3), villages] };
    expect(messagesAt(PlanSchema, input, ['participantGroups', 3, 'perUnitQuota'])).toEqual([
      'Số đại biểu mỗi đơn vị phải lớn hơn 0.',
    ]);
  });

  it('rejects a composition that does not add up to the quota', () => {
    const plan = aChoMoiPlan();
    const villages = {
      ...present(plan.participantGroups[3], 'the villages group'),
      perUnitQuota: 6,
    };
    const input = { ...plan, participantGroups: [...plan.participantGroups.slice(0, 3), villages] };
    expect(messagesAt(PlanSchema, input, ['participantGroups', 3, 'composition'])).toEqual([
      'Tổng thành phần (5) khác số đại biểu mỗi đơn vị (6).',
    ]);
  });

  it('rejects a schedule override with both a date and an offset', () => {
    const plan = aChoMoiPlan({
      scheduleOverrides: [
        {
          ruleId: 'registration-cutoff',
          date: '2025-12-04',
          offset: 5,
          unit: 'working-days',
          reason: 'Thử',
        },
      ],
    });
    expect(messagesAt(PlanSchema, plan, ['scheduleOverrides', 0])).toEqual([
      'Điều chỉnh thời hạn phải có hoặc một ngày cụ thể, hoặc một số ngày (không cả hai).',
    ]);
  });

  it('rejects two overrides of the same rule', () => {
    const override = {
      ruleId: 'registration-cutoff' as const,
      date: '2025-12-04',
      reason: 'Kế hoạch mục IV.5',
    };
    expect(
      messagesAt(PlanSchema, aChoMoiPlan({ scheduleOverrides: [override, override] }), [
        'scheduleOverrides',
      ]),
    ).toEqual(['Mỗi thời hạn chỉ được điều chỉnh một lần trong kế hoạch.']);
  });

  it('rejects a state symbol on a Party plan, citing the Party guidance', () => {
    expect(
      messagesAt(PlanSchema, aChoMoiPlan({ documentSymbol: 'KH-ĐU' }), ['documentSymbol']),
    ).toEqual(['Ký hiệu văn bản của Đảng viết dạng KH/ĐU (Hướng dẫn 36-HD/VPTW).']);
  });

  it("rejects a Party signing authority on a People's Committee plan", () => {
    const plan = aSonTayHaPlan({
      signer: {
        name: 'Nguyễn Thị Tình',
        title: 'secretary',
        authority: 'on-behalf-of-party-committee',
      },
    });
    expect(messagesAt(PlanSchema, plan, ['signer', 'authority'])).toEqual([
      'Thẩm quyền ký không phù hợp với cơ quan ban hành.',
    ]);
  });

  it('requires a number, a date and a signer once approved', () => {
    const plan = aChoMoiPlan({ status: 'approved', signer: undefined });
    expect(messagesAt(PlanSchema, plan, ['documentNumber'])).toEqual([
      'Kế hoạch đã phê duyệt phải có số văn bản.',
    ]);
    expect(messagesAt(PlanSchema, plan, ['issuedOn'])).toEqual([
      'Kế hoạch đã phê duyệt phải có ngày ban hành.',
    ]);
    expect(messagesAt(PlanSchema, plan, ['signer'])).toEqual([
      'Kế hoạch đã phê duyệt phải có người ký.',
    ]);
    expect(
      PlanSchema.safeParse(
        aChoMoiPlan({ status: 'approved', documentNumber: 21, issuedOn: '2025-11-20' }),
      ).success,
    ).toBe(true);
  });

  it('requires a reason to postpone or cancel', () => {
    expect(messagesAt(PlanSchema, aChoMoiPlan({ status: 'cancelled' }), ['statusReason'])).toEqual([
      'Phải nêu lý do tạm hoãn hoặc hủy kế hoạch.',
    ]);
  });

  it('requires comments on a returned plan', () => {
    expect(messagesAt(PlanSchema, aChoMoiPlan({ status: 'returned' }), ['returnComments'])).toEqual(
      ['Kế hoạch bị trả lại phải kèm ý kiến chỉ đạo chỉnh sửa.'],
    );
  });

  it('rejects an empty purpose with a Vietnamese message at its index', () => {
    expect(
      messagesAt(PlanSchema, aChoMoiPlan({ purposes: ['Nắm bắt tâm tư', '  '] }), ['purposes', 1]),
    ).toEqual(['Mục đích không được để trống.']);
  });
});

describe('CreatePlanInputSchema', () => {
  const essentials = {
    adminUnitCode: '02086',
    issuer: { kind: 'party-committee', name: 'Đảng ủy xã Chợ Mới', adminUnitCode: '02086' },
    documentSymbol: 'KH/ĐU',
    title: ' Tổ chức đối thoại trực tiếp năm 2026 ',
    year: 2026,
    regulationProfileId: 'thai-nguyen-357-qd-tu-2025',
  };

  it('accepts a draft with only its essentials, trimmed', () => {
    expect(CreatePlanInputSchema.parse(essentials).title).toBe(
      'Tổ chức đối thoại trực tiếp năm 2026',
    );
  });

  it('requires a title, in Vietnamese', () => {
    expect(
      messagesAt(CreatePlanInputSchema, { ...essentials, title: undefined }, ['title']),
    ).toEqual(['Trích yếu kế hoạch không được để trống.']);
  });

  it('checks the symbol convention already at creation', () => {
    expect(
      messagesAt(CreatePlanInputSchema, { ...essentials, documentSymbol: 'KH-UBND' }, [
        'documentSymbol',
      ]),
    ).toHaveLength(1);
  });

  it('rejects an unknown regulation profile', () => {
    expect(
      messagesAt(CreatePlanInputSchema, { ...essentials, regulationProfileId: 'ha-noi' }, [
        'regulationProfileId',
      ]),
    ).toEqual(['Quy chế áp dụng không hợp lệ.']);
  });
});

describe('UpdatePlanInputSchema', () => {
  it('accepts a partial change', () => {
    expect(
      UpdatePlanInputSchema.parse({
        id: 'plan-cho-moi-2025',
        venue: { name: 'Nhà văn hóa thôn 01' },
      }).venue?.name,
    ).toBe('Nhà văn hóa thôn 01');
  });

  it('does not fill defaults into fields that were not sent', () => {
    expect(Object.keys(UpdatePlanInputSchema.parse({ id: 'p', title: 'Mới' }))).toEqual([
      'title',
      'id',
    ]);
  });

  it('rejects an update that changes nothing', () => {
    expect(UpdatePlanInputSchema.safeParse({ id: 'p' }).error?.issues[0]?.message).toBe(
      'Không có nội dung nào được thay đổi.',
    );
  });

  it('cannot change the status through an edit', () => {
    expect(
      UpdatePlanInputSchema.parse({ id: 'p', title: 'Mới', status: 'approved' }),
    ).not.toHaveProperty('status');
  });
});
