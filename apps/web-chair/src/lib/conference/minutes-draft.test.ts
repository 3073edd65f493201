import { describe, expect, it } from 'vitest';
import { draftMinutes } from './minutes-draft.js';

describe('the minutes draft', () => {
  it('tells each turn in speaking order with who answered and the outcome', () => {
    const text = draftMinutes({
      planTitle: 'Kế hoạch tổ chức Hội nghị đối thoại năm 2025',
      startedAt: '10/12/2025 08:00',
      endedAt: null,
      attendance: [
        { groupKind: 'villages', label: 'Đại biểu 27 thôn', expected: 135, present: 128 },
      ],
      turns: [
        {
          order: 1,
          speakerName: 'Nông Văn Thắng',
          trackingCode: 'CM-2025-0001',
          content: 'Ranh giới thửa đất chưa được đo đạc lại.',
          outcome: 'answer-in-writing',
          answeredBy: { position: 'Chủ tịch UBND xã' },
          followUp: 'Phòng Kinh tế xã',
        },
        {
          order: 2,
          speakerName: 'Ma Thị Hoa',
          trackingCode: 'CM-2025-0002',
          content: 'Đua xe ban đêm.',
          outcome: null,
        },
      ],
    });
    expect(text).toContain('Thời gian bắt đầu: 10/12/2025 08:00.');
    expect(text).toContain('Thành phần tham dự: 128/135 đại biểu có mặt.');
    expect(text).toContain('1. Nông Văn Thắng (CM-2025-0001): Ranh giới');
    expect(text).toContain('Người trả lời: Chủ tịch UBND xã.');
    expect(text).toContain('Kết quả: Xác minh, trả lời bằng văn bản sau (Phòng Kinh tế xã).');
    expect(text).toContain('Kết quả: chưa ghi nhận.');
  });
});
