import { describe, expect, it } from 'vitest';
import { aLandPetitionInChoMoi, aPetitionFromBanMy } from '../testing/petitions.js';
import { messagesAt } from '../testing/zod-issues.js';
import { PetitionSchema, TrackingCodeSchema } from './petition.schema.js';

describe('PetitionSchema', () => {
  it('rejects an empty full name at petitioner.fullName', () => {
    const petition = aPetitionFromBanMy({ petitioner: { fullName: '  ', phone: '0912000101' } });
    expect(messagesAt(PetitionSchema, petition, ['petitioner', 'fullName'])).toEqual([
      'Họ và tên không được để trống.',
    ]);
  });

  it('rejects a bad phone number at petitioner.phone', () => {
    const petition = aPetitionFromBanMy({
      petitioner: { fullName: 'Lò Văn Sướng', phone: '012345' },
    });
    expect(messagesAt(PetitionSchema, petition, ['petitioner', 'phone'])).toEqual([
      'Số điện thoại không hợp lệ (10 chữ số bắt đầu bằng 0, ví dụ 0912 345 678, hoặc +84…).',
    ]);
  });

  it('stores a phone typed with spaces and +84 in national form', () => {
    const petition = aPetitionFromBanMy({
      petitioner: { fullName: 'Lò Văn Sướng', phone: '+84 912 000 101' },
    });
    expect(PetitionSchema.parse(petition).petitioner.phone).toBe('0912000101');
  });

  it('requires the village on a paper form sent through a village', () => {
    const petition = aLandPetitionInChoMoi({ petitioner: { fullName: 'Nông Văn Thắng' } });
    expect(messagesAt(PetitionSchema, petition, ['petitioner', 'villageId'])).toEqual([
      'Phiếu đăng ký qua thôn phải ghi thôn, bản.',
    ]);
  });

  it('keeps a late registration, flagged', () => {
    expect(
      PetitionSchema.parse(aPetitionFromBanMy({ isLate: true, receivedOn: '2025-08-27' })).isLate,
    ).toBe(true);
  });

  it('requires triage once the petition is assigned, and the assigned body', () => {
    expect(
      messagesAt(PetitionSchema, aPetitionFromBanMy({ status: 'assigned' }), ['triage']),
    ).toEqual(['Kiến nghị ở trạng thái này phải đã được phân loại.']);
    const triage = {
      field: 'infrastructure',
      urgency: 'urgent',
      competence: 'commune',
      complexity: 'standard',
      triagedBy: 'acc-1',
      triagedAt: '2025-08-12T08:00:00+07:00',
    } as const;
    expect(
      messagesAt(PetitionSchema, aPetitionFromBanMy({ status: 'assigned', triage }), [
        'triage',
        'assignedOrganisationId',
      ]),
    ).toEqual(['Phải ghi cơ quan được giao chuẩn bị trả lời.']);
  });

  it('requires the competent body when the matter is beyond the commune', () => {
    const triage = {
      field: 'land-environment',
      urgency: 'normal',
      competence: 'upper-level',
      complexity: 'complex',
      triagedBy: 'acc-1',
      triagedAt: '2025-12-05T08:00:00+07:00',
    } as const;
    expect(
      messagesAt(PetitionSchema, aLandPetitionInChoMoi({ status: 'triaged', triage }), [
        'triage',
        'referredTo',
      ]),
    ).toEqual(['Phải ghi cơ quan, cấp có thẩm quyền khi kiến nghị không thuộc thẩm quyền của xã.']);
  });

  it('refuses a petition carried over from itself', () => {
    const petition = aPetitionFromBanMy({ carriedOverFromPetitionId: 'petition-ban-my-001' });
    expect(messagesAt(PetitionSchema, petition, ['carriedOverFromPetitionId'])).toEqual([
      'Kiến nghị không thể chuyển tiếp từ chính nó.',
    ]);
  });
});

describe('TrackingCodeSchema', () => {
  it('accepts a code typed in lower case and stores it in upper case', () => {
    expect(TrackingCodeSchema.parse(' bmy2-k7qx ')).toBe('BMY2-K7QX');
  });

  it('rejects letters that are easy to misread (O, I, 0, 1)', () => {
    expect(TrackingCodeSchema.safeParse('BMY0-K7QX').success).toBe(false);
  });
});
