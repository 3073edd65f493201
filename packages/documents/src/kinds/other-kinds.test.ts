import { present } from '@doithoai/domain/testing';
import { describe, expect, it } from 'vitest';
import { formatOf, readDocx } from '../testing/read-docx.js';
import { SAMPLE_RECORDS, SON_TAY_HA_HELD } from '../testing/fixtures.js';
import { packDocx, type DocxKind } from './index.js';

const open = async (kind: DocxKind) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- each kind with its own record
  readDocx(await packDocx(kind, SAMPLE_RECORDS[kind] as any));

describe('the documents after the plan, from seed 004’s dialogue as held', () => {
  it('public notice: the notice’s own number TB-UBND, date, time, place and registration cut-off', async () => {
    const docx = await open('public-notice');
    expect(docx.find(/^Số/u)?.text).toBe('Số: 221/TB-UBND');
    expect(docx.find('Sơn Tây Hạ, ngày')?.text).toBe('Sơn Tây Hạ, ngày 27 tháng 11 năm 2025');
    expect(docx.find(/^THÔNG BÁO$/u)).toBeDefined();
    expect(docx.text).toContain(
      'Kế hoạch số 215/KH-UBND ngày 15/09/2025 của Ủy ban nhân dân xã Sơn Tây Hạ',
    );
    expect(docx.find('1. Thời gian:')?.text).toBe(
      '1. Thời gian: 08 giờ 00, ngày 10 tháng 12 năm 2025',
    );
    expect(docx.find('3. Địa điểm:')?.text).toContain('Hội trường Ủy ban nhân dân xã Sơn Tây Hạ');
    expect(docx.find('TM. ỦY BAN NHÂN DÂN')).toBeDefined();
  });

  it('invitation: GM-UBND, the invitee, time and place, Nơi nhận "Như trên"', async () => {
    const docx = await open('invitation');
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/GM-UBND$/u);
    expect(docx.find(/^GIẤY MỜI$/u)).toBeDefined();
    expect(docx.text).toContain('trân trọng kính mời: Ông Đinh Văn Hùng, Trưởng thôn Thượng');
    expect(docx.text).toContain('- Như trên;');
    // NĐ 30 Mục II.9: "Lưu: VT, <đơn vị soạn thảo>" (issue 16).
    expect(docx.text).toContain('- Lưu: VT, VP.');
  });

  it('registration form: the national title only, the plan it comes with, the fields and the signature line', async () => {
    const docx = await open('registration-form');
    expect(docx.paragraphs[0]?.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.text).not.toContain('ỦY BAN NHÂN DÂN XÃ SƠN TÂY HẠ');
    const title = present(docx.find('PHIẾU ĐĂNG KÝ THAM GIA ĐỐI THOẠI'), 'the title');
    expect(formatOf(title)).toMatchObject({ bold: true });
    expect(docx.find('Ban hành kèm theo Kế hoạch số')?.text).toMatch(
      /\/KH-UBND ngày +tháng +năm 2025$/u,
    );
    expect(docx.text).toContain('Kính gửi: Văn phòng HĐND và UBND xã Sơn Tây Hạ.');
    for (const field of ['Họ và tên:', 'Điện thoại liên hệ:', 'Địa chỉ:'])
      expect(docx.find(field)).toBeDefined();
    expect(docx.find('Người đăng ký')).toBeDefined();
    expect(docx.find('(Ký ghi rõ họ và tên)')).toBeDefined();
  });

  it('minutes: start time in Vietnam’s time, attendance, each speaker, both signatures', async () => {
    const docx = await open('minutes');
    expect(docx.find(/^Số/u)?.text).toMatch(/\/BB-UBND$/u);
    expect(docx.text).toContain('vào lúc 08 giờ 05 ngày 10 tháng 12 năm 2025');
    expect(docx.text).toContain('Hội nghị kết thúc vào lúc 11 giờ 20');
    expect(docx.text).toContain('Đinh Văn Bốc');
    expect(docx.find('THƯ KÝ')).toBeDefined();
    expect(docx.find('CHỦ TRÌ')).toBeDefined();
    expect(docx.text).toContain('Phạm Thị Hoa');
  });

  it('conclusion notice: its number, the chair, the assignments table with due dates', async () => {
    const docx = await open('conclusion');
    expect(docx.find(/^Số/u)?.text).toBe('Số: 230/TB-UBND');
    expect(docx.find('Sơn Tây Hạ, ngày')?.text).toBe('Sơn Tây Hạ, ngày 17 tháng 12 năm 2025');
    expect(docx.text).toContain('Kết luận của đồng chí Chủ tịch Ủy ban nhân dân xã');
    expect(docx.find('Phòng Kinh tế')).toBeDefined();
    expect(docx.find('09/01/2026')).toBeDefined();
    expect(docx.text).toContain('- Phòng Kinh tế (t/h);');
    expect(docx.text).toContain('Nguyễn Thị Tình');
  });

  it('written answer: a công văn with its number, V/v line, the citizen addressed, the answer', async () => {
    const docx = await open('written-answer');
    expect(docx.find(/^Số/u)?.text).toBe('Số: 12/UBND-VP');
    expect(docx.find(/^V\/v/u)?.text).toContain('trả lời kiến nghị của công dân');
    expect(docx.text).toContain(
      'Kính gửi: Ông/Bà Đinh Văn Bốc, Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi.',
    );
    expect(docx.text).toContain('kế hoạch duy tu năm 2026');
    expect(docx.text).toContain('Căn cứ pháp lý: Luật Đầu tư công 2024.');
    expect(docx.find('Sơn Tây Hạ, ngày')?.text).toBe('Sơn Tây Hạ, ngày 08 tháng 01 năm 2026');
  });

  it('monthly progress and results reports print the figures the API computed', async () => {
    for (const kind of ['monthly-progress', 'results-report'] as const) {
      const docx = await open(kind);
      expect(docx.find(/^BÁO CÁO$/u)).toBeDefined();
      // The monthly report comes from the Văn phòng HĐND và UBND (seed 004 §IV.2, issue 16).
      expect(docx.find(/^Số/u)?.text).toMatch(
        kind === 'monthly-progress' ? /\/BC-VP$/u : /\/BC-UBND$/u,
      );
      expect(docx.find('Ý kiến, kiến nghị tiếp nhận')).toBeDefined();
      const row = docx.paragraphs.findIndex((p) => p.text === 'Đã trả lời');
      expect(docx.paragraphs.slice(row + 1, row + 3).map((p) => p.text)).toEqual(['5', '11']);
      expect(docx.text).toContain('Khảo sát, lập phương án sửa chữa cống qua đường thôn Thượng');
    }
    const results = await open('results-report');
    expect(results.text).toContain(
      'đã được tổ chức ngày 10/12/2025 tại Hội trường Ủy ban nhân dân xã Sơn Tây Hạ',
    );
    expect(results.text).toContain('Ủy ban MTTQ xã ghi nhận 3 ý kiến giám sát');
  });

  it('a Party plan’s notices follow Guidance 36: TB/ĐU, T/M BAN THƯỜNG VỤ', async () => {
    const { SEED_PLANS } = await import('@doithoai/domain/testing');
    const docx = readDocx(
      await packDocx(
        'public-notice',
        { plan: SEED_PLANS.choMoi2025, schedule: [] },
        { upperIssuer: 'Đảng bộ tỉnh Thái Nguyên' },
      ),
    );
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số +-TB\/ĐU$/u);
    expect(docx.find('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeDefined();
    expect(docx.find('T/M BAN THƯỜNG VỤ')).toBeDefined();
    expect(SON_TAY_HA_HELD.issuer.kind).toBe('peoples-committee');
  });
});
