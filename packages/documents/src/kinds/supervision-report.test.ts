import { describe, expect, it } from 'vitest';
import { readDocx } from '../testing/read-docx.js';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { packDocx } from './index.js';

// Issue 16 "Add": the Front's supervision report as an official document (seed 004 §IV.5).
describe('the Front’s supervision report', () => {
  it('carries the Front’s header, the figures of supervision.report, the overdue work, the findings in Vietnamese and proposals drawn from them', async () => {
    const docx = readDocx(
      await packDocx('supervision-report', SAMPLE_RECORDS['supervision-report']),
    );
    const lines = docx.paragraphs.map((p) => p.text);
    // Broken where the Front's offices break it: "ỦY BAN MTTQ VIỆT NAM / XÃ SƠN TÂY HẠ".
    expect(lines.slice(0, 5)).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'XÃ SƠN TÂY HẠ',
      'BAN THƯỜNG TRỰC',
      '***',
      'MẶT TRẬN TỔ QUỐC VIỆT NAM',
    ]);
    expect(docx.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.find(/^Số/u)?.text).toMatch(/^Số: +\/BC-MTTQ-BTT$/u);
    expect(docx.find('Sơn Tây Hạ, ngày')?.text).toBe('Sơn Tây Hạ, ngày 20 tháng 01 năm 2026');
    expect(docx.text).toContain(
      'Kết quả giám sát việc thực hiện kết luận sau hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân trên địa bàn xã 6 tháng cuối năm 2025',
    );
    expect(docx.text).toContain(
      'sau đối thoại tổ chức ngày 10/12/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ báo cáo',
    );
    expect(docx.text).toContain(
      'Tổng số nội dung phải theo dõi: 4, trong đó 2 nội dung của thông báo kết luận và 2 kiến nghị phải trả lời bằng văn bản.',
    );
    const overdue = docx.find('Quá hạn chưa hoàn thành');
    expect(overdue).toBeDefined();
    expect(docx.text).toContain('Khảo sát, lập phương án sửa chữa cống qua đường thôn Thượng');
    expect(docx.text).toContain(
      '- Ngày 12/01/2026: Công dân chưa đồng ý. Ông Đinh Văn Bốc cho biết cống vẫn sụt lún, chưa được khảo sát.',
    );
    expect(docx.text).toContain('- Ngày 19/01/2026: Báo cáo Bí thư Đảng ủy.');
    expect(docx.text).not.toMatch(/citizen-not-satisfied|escalated-to-secretary/u);
    expect(docx.text).toContain(
      'Đề nghị Chủ tịch Ủy ban nhân dân xã Sơn Tây Hạ chỉ đạo các cơ quan có 1 việc quá hạn khẩn trương giải quyết, trả lời Nhân dân.',
    );
    expect(docx.text).toContain('TM. BAN THƯỜNG TRỰC');
    expect(docx.text).toContain('Đinh Thị Lài');
    expect(docx.text).toContain('- Thường trực Đảng ủy xã Sơn Tây Hạ (b/c);');
    expect(docx.text).toContain('- Lưu: VT, MTTQ.');
  });
});
