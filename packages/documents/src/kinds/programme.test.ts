import { describe, expect, it } from 'vitest';
import { readDocx } from '../testing/read-docx.js';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { seedRecords } from '../testing/seed-records.js';
import { packDocx } from './index.js';

// Issue 16 "Add": the programme and the rules of the meeting (seed 002 §4.1–4.2).
describe('the programme and the rules of the meeting', () => {
  it('programme (seed 004): CTr-UBND, time and place, each item of seed 002 §4.2 with the issuer’s own office and the chair named', async () => {
    const docx = readDocx(await packDocx('programme', SAMPLE_RECORDS.programme));
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/CTr-UBND$/u);
    expect(docx.find(/^CHƯƠNG TRÌNH$/u)).toBeDefined();
    expect(docx.find('- Thời gian:')?.text).toBe(
      '- Thời gian: 08 giờ 00, ngày 10 tháng 12 năm 2025',
    );
    expect(docx.text).toContain('Tuyên bố lý do, giới thiệu thành phần tham dự');
    expect(docx.text).toContain('Lãnh đạo Văn phòng HĐND và UBND');
    expect(docx.text).not.toContain('Văn phòng Đảng ủy');
    expect(docx.text).toContain('Chủ tịch Ủy ban nhân dân xã (chủ trì)');
    expect(docx.text).toContain('Lập biên bản kết thúc buổi đối thoại');
  });

  it('programme under a Party plan (seed 000): the Party office opens the meeting', async () => {
    const { records, context } = seedRecords('choMoi2025');
    const docx = readDocx(await packDocx('programme', records.programme, context));
    expect(docx.find(/^Số/u)?.text).toMatch(/-CTr\/ĐU$/u);
    expect(docx.text).toContain('Lãnh đạo Văn phòng Đảng ủy');
  });

  it('rules (seed 004): seven numbered rules — the speaking order, five minutes, no incitement (seed 004 §I.2) — posted in the hall', async () => {
    const docx = readDocx(await packDocx('meeting-rules', SAMPLE_RECORDS['meeting-rules']));
    expect(docx.find(/^NỘI QUY$/u)).toBeDefined();
    expect(docx.text).toContain('(Ban hành kèm theo Chương trình hội nghị)');
    expect(docx.paragraphs.filter((p) => /^\d\. /u.test(p.text))).toHaveLength(7);
    expect(docx.text).toContain(
      'theo thứ tự, nội dung đã đăng ký và theo sự điều hành của người chủ trì',
    );
    expect(docx.text).toContain('không quá 05 phút');
    expect(docx.text).toContain(
      'Không lợi dụng hội nghị để kích động, lôi kéo, gây mất an ninh trật tự',
    );
    expect(docx.text).toContain('- Niêm yết tại hội trường;');
  });
});
