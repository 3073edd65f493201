import { describe, expect, it } from 'vitest';
import { readDocx } from '../testing/read-docx.js';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { seedRecords } from '../testing/seed-records.js';
import { packDocx } from './index.js';
import { shortContent } from './attendance-lists.js';

// Issue 16 "Add": the list of delegates with a column to sign, and the list of citizens
// registered to speak (seeds 001 §III.1 and §III.5, 003 Thành phần and §5).
describe('the delegates’ sign-in sheet and the list of registered speakers', () => {
  it('delegates (seed 000): the chairs, then 27 villages × 5 by village and role — 135 village lines, a column to sign', async () => {
    const { records, context } = seedRecords('choMoi2025');
    const docx = readDocx(await packDocx('delegate-list', records['delegate-list'], context));
    expect(docx.find(/^Số/u)?.text).toMatch(/-DS\/ĐU$/u);
    expect(docx.find(/^DANH SÁCH$/u)).toBeDefined();
    expect(docx.text).toContain('Đại biểu dự hội nghị đối thoại');
    for (const column of ['STT', 'Họ và tên', 'Chức vụ/Thôn', 'Ký tên'])
      expect(docx.paragraphs.some((p) => p.text === column)).toBe(true);
    expect(docx.paragraphs.some((p) => p.text === 'Bí thư chi bộ, Thôn 01')).toBe(true);
    expect(docx.paragraphs.some((p) => p.text === 'Trưởng Ban công tác Mặt trận, Thôn 27')).toBe(
      true,
    );
    expect(docx.paragraphs.filter((p) => /, Thôn \d\d$/u.test(p.text))).toHaveLength(135);
    expect(docx.paragraphs.some((p) => p.text === 'Chủ tịch UBND xã')).toBe(true);
    // The chairs (3), 135 village delegates, 5 lines each for the four groups without numbers.
    expect(docx.find(/^Tổng số:/u)?.text).toBe(`Tổng số: ${3 + 135 + 4 * 5} đại biểu.`);
  });

  it('delegates (seed 003): the city’s named guest, and each village’s allocated number', async () => {
    const { records, context } = seedRecords('vinhBao2026');
    const docx = readDocx(await packDocx('delegate-list', records['delegate-list'], context));
    expect(docx.paragraphs.some((p) => p.text === 'Đào Trọng Đức')).toBe(true);
    expect(docx.paragraphs.filter((p) => p.text === 'Thôn Đông')).toHaveLength(3);
    expect(docx.paragraphs.filter((p) => p.text === 'Thôn Tây')).toHaveLength(2);
  });

  it('speakers (seed 004): name, village, the field’s label and the content in the speaking order, no address or phone', async () => {
    const record = SAMPLE_RECORDS['speaker-list'];
    const docx = readDocx(await packDocx('speaker-list', record));
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/DS-UBND$/u);
    expect(docx.text).toContain('Công dân đăng ký phát biểu tại hội nghị đối thoại');
    expect(docx.paragraphs.some((p) => p.text === 'Đinh Văn Bốc')).toBe(true);
    expect(docx.paragraphs.some((p) => p.text === 'Thôn Thượng')).toBe(true);
    expect(docx.text).toContain('Hạ tầng, giao thông, xây dựng');
    expect(docx.text).not.toContain('infrastructure');
    expect(docx.find(/^Tổng số:/u)?.text).toMatch(/^Tổng số: 01 công dân đăng ký phát biểu;/u);
    const { records } = seedRecords('choMoi2025');
    const party = readDocx(await packDocx('speaker-list', records['speaker-list']));
    expect(party.text).toContain('Nông Văn Thắng');
    expect(party.text).toContain('Thôn Bản Pài');
    expect(party.text).toContain('An ninh, trật tự');
    expect(party.text).not.toContain('xã Chợ Mới, tỉnh Thái Nguyên');
  });

  it('the content in short: its first sentence, a long one cut at a word', () => {
    expect(
      shortContent(
        'Đề nghị sửa cống qua đường thôn Thượng. Mùa mưa năm 2024 nước tràn vào nhà dân.',
      ),
    ).toBe('Đề nghị sửa cống qua đường thôn Thượng.');
    const long = `Đề nghị ${'xem xét hỗ trợ kinh phí '.repeat(20)}cho các hộ.`;
    const cut = shortContent(long);
    expect(cut.length).toBeLessThanOrEqual(241);
    expect(cut).toMatch(/phí…$|trợ…$|xét…$|kinh…$|hỗ…$/u);
  });
});
