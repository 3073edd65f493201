import { describe, expect, it } from 'vitest';
import { extensionLine } from './extension.js';

describe('the line explaining an extension', () => {
  it('names both dates, the reason and how the citizen was told', () => {
    expect(
      extensionLine({
        previousDueOn: '2026-01-09',
        newDueOn: '2026-01-23',
        reason: 'Chờ đo đạc lại thửa đất.',
        citizenInformed: true,
        informedOn: '2026-01-07',
        informedHowLabel: 'Điện thoại',
      }),
    ).toBe(
      'Gia hạn từ 09/01/2026 đến 23/01/2026: Chờ đo đạc lại thửa đất. Đã báo công dân ngày 07/01/2026 (Điện thoại).',
    );
  });

  it('says so when the citizen has not been told', () => {
    expect(
      extensionLine({
        previousDueOn: '2026-01-09',
        newDueOn: '2026-01-23',
        reason: 'Chờ hồ sơ',
        citizenInformed: false,
        informedOn: null,
        informedHowLabel: null,
      }),
    ).toContain('Chưa báo công dân.');
  });
});
