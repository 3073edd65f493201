import { describe, expect, it } from 'vitest';
import { readDocx } from '../testing/read-docx.js';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { seedRecords } from '../testing/seed-records.js';
import { packDocx, type DocxKind, type DocxRecords } from './index.js';

const open = async <K extends DocxKind>(kind: K, record: DocxRecords[K], context = {}) =>
  readDocx(await packDocx(kind, record, context));

// Issue 16 "Add": the letters about one petition after the dialogue (seeds 002 §4.3, 004 §II.4).
describe('the letters about one petition', () => {
  it('referral letter (seed 004): a công văn of the UBND to the competent body, V/v under the number, the citizen and the Front informed', async () => {
    const docx = await open('referral-letter', SAMPLE_RECORDS['referral-letter']);
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/UBND-VP$/u);
    expect(docx.find('V/v')?.text).toBe('V/v chuyển kiến nghị của công dân');
    expect(docx.find('Kính gửi')?.text).toBe('Kính gửi: Sở Xây dựng tỉnh Quảng Ngãi.');
    expect(docx.text).toContain(
      'Tại hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân trên địa bàn xã 6 tháng cuối năm 2025 ngày 10/12/2025, Ông/Bà Đinh Văn Lên, địa chỉ: Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi có kiến nghị với nội dung:',
    );
    expect(docx.text).toContain('"Đề nghị nâng cấp tuyến tỉnh lộ 623');
    expect(docx.text).toContain(
      'Thực hiện Kế hoạch số 215/KH-UBND ngày 15/09/2025 của Ủy ban nhân dân xã Sơn Tây Hạ, Ủy ban nhân dân xã Sơn Tây Hạ chuyển kiến nghị đến Sở Xây dựng tỉnh Quảng Ngãi để xem xét, giải quyết theo thẩm quyền',
    );
    expect(docx.text).toContain('- Ông/Bà Đinh Văn Lên (để biết);');
    expect(docx.text).toContain('- Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ (giám sát);');
    expect(docx.text).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(docx.text).toContain('Nguyễn Thị Tình');
    // A letter, not a titled document: no "CÔNG VĂN" title line.
    expect(docx.find(/^CÔNG VĂN$/u)).toBeUndefined();
  });

  it('referral notice (seed 004): the citizen is told where the petition went, under which letter, and how to follow it', async () => {
    const docx = await open('referral-notice', SAMPLE_RECORDS['referral-notice']);
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/TB-UBND$/u);
    expect(docx.find(/^THÔNG BÁO$/u)).toBeDefined();
    expect(docx.text).toContain('Về việc chuyển kiến nghị đến cơ quan có thẩm quyền giải quyết');
    expect(docx.find('Kính gửi')?.text).toBe(
      'Kính gửi: Ông/Bà Đinh Văn Lên, Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi.',
    );
    expect(docx.text).toContain(
      'Ủy ban nhân dân xã Sơn Tây Hạ đã chuyển kiến nghị tại Công văn số 245/UBND-VP ngày 16/12/2025 đến Sở Xây dựng tỉnh Quảng Ngãi',
    );
    expect(docx.text).toContain('mã số tra cứu STH25-Q4RM');
    expect(docx.text).toContain('- Sở Xây dựng tỉnh Quảng Ngãi (để phối hợp);');
  });

  it('referral letter under a Party plan (seed 002): the Huyện ủy\'s own header and "Số -CV/HU", Party Nơi nhận', async () => {
    const { records, context } = seedRecords('thanUyen2023');
    const docx = await open('referral-letter', records['referral-letter'], context);
    expect(docx.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số +-CV\/HU$/u);
    expect(docx.find('Kính gửi')?.text).toBe(
      'Kính gửi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu.',
    );
    expect(docx.text).toContain('T/M BAN THƯỜNG VỤ');
    expect(docx.text).toContain('- Lưu Văn phòng Huyện ủy.');
  });

  it('extension notice (seed 004 §II.4): the answering body tells the citizen the reason, the first and the new date', async () => {
    const docx = await open('extension-notice', SAMPLE_RECORDS['extension-notice']);
    expect(docx.text).toContain('ỦY BAN NHÂN DÂN');
    expect(docx.text).toContain('PHÒNG KINH TẾ');
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/PKT$/u);
    expect(docx.find('V/v')?.text).toBe('V/v gia hạn thời gian trả lời kiến nghị');
    expect(docx.find('Sơn Tây Hạ, ngày')?.text).toBe('Sơn Tây Hạ, ngày 05 tháng 01 năm 2026');
    expect(docx.find('Kính gửi')?.text).toBe(
      'Kính gửi: Ông/Bà Đinh Thị Bích, Thôn Hạ, xã Sơn Tây Hạ, tỉnh Quảng Ngãi.',
    );
    expect(docx.text).toContain(
      'Theo quy định, kiến nghị được trả lời bằng văn bản chậm nhất ngày 09/01/2026. Tuy nhiên, cần có thêm thời gian để xem xét, giải quyết kiến nghị. Lý do: Hồ sơ cần đo đạc lại ranh giới thửa đất với các hộ liền kề.',
    );
    expect(docx.text).toContain('thời hạn trả lời kiến nghị được gia hạn đến ngày 06/02/2026./.');
    expect(docx.find(/^TRƯỞNG PHÒNG$/u)).toBeDefined();
    expect(docx.text).toContain('Đinh Thị Sương');
    expect(docx.text).toContain('- Chủ tịch Ủy ban nhân dân xã (b/c);');
    expect(docx.text).toContain('- Lưu: VT, PKT.');
  });
});
