import { present } from '@doithoai/domain/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { petitionRegisterWorkbook, REGISTER_COLUMNS } from './petition-register.js';

describe('the petition register workbook (sổ theo dõi)', () => {
  it('has a title, a header row with every column, and one row per petition with its follow-up', async () => {
    const bytes = await petitionRegisterWorkbook(SAMPLE_RECORDS['petition-register']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = present(workbook.getWorksheet('Sổ theo dõi'), 'the register sheet');
    expect(sheet.getCell('A1').text).toContain('SỔ THEO DÕI KIẾN NGHỊ CỦA NHÂN DÂN');
    expect(sheet.getCell('A2').text).toContain('dữ liệu cá nhân');
    expect(sheet.getRow(3).values).toEqual([undefined, ...REGISTER_COLUMNS.map(([h]) => h)]);
    const row = sheet.getRow(4);
    expect(row.getCell(2).value).toBe(
      present(SAMPLE_RECORDS['petition-register'].lines[0], 'the first line').trackingCode,
    );
    expect(row.getCell(4).value).toBe('Đinh Văn Bốc');
    expect(row.getCell(6).value).toBe('Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi');
    expect(row.getCell(12).value).toBe('09/01/2026');
    expect(row.getCell(17).text).toContain(
      'Sửa chữa cống thôn Thượng (hạn 30/04/2026; Đang thực hiện)',
    );
    expect(row.font?.name).toBe('Times New Roman');
    expect(sheet.rowCount).toBe(4);
  });
});
