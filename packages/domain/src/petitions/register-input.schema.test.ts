import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import {
  RegisterPetitionInputSchema,
  RegisterPetitionsBulkInputSchema,
} from './register-input.schema.js';

// Seed 004's Phiếu đăng ký: họ và tên, điện thoại, địa chỉ, nội dung.
const form = {
  planId: 'plan-son-tay-ha-2025',
  channel: 'office-paper-form',
  receivedOn: '2025-10-06',
  petitioner: {
    fullName: ' Đinh Văn Bốc ',
    phone: '0905.000.301',
    address: 'Thôn Thượng, xã Sơn Tây Hạ',
  },
  content: 'Đề nghị sửa chữa tuyến đường từ thôn ra trung tâm xã.',
};

describe('RegisterPetitionInputSchema', () => {
  it('accepts the registration form and fills the defaults', () => {
    const input = RegisterPetitionInputSchema.parse(form);
    expect(input).toMatchObject({ kind: 'request', wantsToSpeak: false, consents: [] });
    expect(input.petitioner).toMatchObject({ fullName: 'Đinh Văn Bốc', phone: '0905000301' });
  });

  it('rejects empty content with a Vietnamese message', () => {
    expect(messagesAt(RegisterPetitionInputSchema, { ...form, content: '' }, ['content'])).toEqual([
      'Nội dung ý kiến, kiến nghị không được để trống.',
    ]);
  });

  it('requires the village for a form sent through a village', () => {
    expect(
      messagesAt(RegisterPetitionInputSchema, { ...form, channel: 'village-paper-form' }, [
        'petitioner',
        'villageId',
      ]),
    ).toEqual(['Phiếu đăng ký qua thôn phải ghi thôn, bản.']);
  });

  it('rejects an unknown channel', () => {
    expect(
      messagesAt(RegisterPetitionInputSchema, { ...form, channel: 'zalo' }, ['channel']),
    ).toEqual(['Kênh tiếp nhận không hợp lệ.']);
  });
});

describe('RegisterPetitionsBulkInputSchema', () => {
  const item = {
    petitioner: { fullName: 'Nông Văn Thắng' },
    content: 'Đề nghị đo đạc lại ranh giới thửa đất.',
  };

  it('accepts a village list when the village is given once for all items', () => {
    const input = {
      planId: 'plan-cho-moi-2025',
      channel: 'village-paper-form',
      receivedOn: '2025-12-01',
      villageId: 'village-cho-moi-01',
      items: [item, item],
    };
    expect(RegisterPetitionsBulkInputSchema.parse(input).items).toHaveLength(2);
  });

  it('names each item that lacks a village when the list has none', () => {
    const input = {
      planId: 'plan-cho-moi-2025',
      channel: 'village-paper-form',
      receivedOn: '2025-12-01',
      items: [item],
    };
    expect(
      messagesAt(RegisterPetitionsBulkInputSchema, input, ['items', 0, 'petitioner', 'villageId']),
    ).toEqual(['Phiếu đăng ký qua thôn phải ghi thôn, bản.']);
  });

  it('rejects an empty list', () => {
    const input = {
      planId: 'plan-khoen-on-2025',
      channel: 'front-compilation',
      receivedOn: '2025-08-11',
      items: [],
    };
    expect(messagesAt(RegisterPetitionsBulkInputSchema, input, ['items'])).toEqual([
      'Danh sách phải có ít nhất một ý kiến, kiến nghị.',
    ]);
  });
});
