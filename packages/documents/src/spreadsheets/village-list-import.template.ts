import { PETITION_FIELD_LABELS, PETITION_KIND_LABELS } from '@doithoai/domain';
import ExcelJS from 'exceljs';
import { VILLAGE_LIST_COLUMNS } from './village-list-import.columns.js';

/** The file name the Front hands to villages. */
export const VILLAGE_LIST_TEMPLATE_NAME = 'mau-danh-sach-y-kien-thon.xlsx';

/**
 * The blank list a village fills in: the headers `parseVillageList` expects on row 1, drop-down
 * lists for the kind, the field and the Có/Không columns, and a sheet of instructions. No sample
 * row: a forgotten sample would be imported as a citizen's petition.
 *
 * @example writeFileSync(VILLAGE_LIST_TEMPLATE_NAME, await villageListTemplate());
 */
export async function villageListTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Đối thoại — Ủy ban MTTQ Việt Nam xã';
  const sheet = workbook.addWorksheet('Danh sách ý kiến', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = VILLAGE_LIST_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;

  const lists = workbook.addWorksheet('Danh mục', { state: 'hidden' });
  const kinds = Object.values(PETITION_KIND_LABELS);
  const fields = Object.values(PETITION_FIELD_LABELS);
  kinds.forEach((label, i) => (lists.getCell(i + 1, 1).value = label));
  fields.forEach((label, i) => (lists.getCell(i + 1, 2).value = label));
  ['Có', 'Không'].forEach((label, i) => (lists.getCell(i + 1, 3).value = label));
  const listOf = (column: string, count: number) => [`'Danh mục'!$${column}$1:$${column}$${count}`];
  const letter = (key: string) =>
    String.fromCharCode(65 + VILLAGE_LIST_COLUMNS.findIndex((c) => c.key === key));
  for (let row = 2; row <= 501; row += 1) {
    const validate = (key: string, formulae: string[]) =>
      (sheet.getCell(`${letter(key)}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae,
      });
    validate('kind', listOf('A', kinds.length));
    validate('field', listOf('B', fields.length));
    validate('wantsToSpeak', listOf('C', 2));
    validate('consent', listOf('C', 2));
    sheet.getCell(`${letter('phone')}${row}`).numFmt = '@';
    sheet.getCell(`${letter('content')}${row}`).alignment = { wrapText: true, vertical: 'top' };
  }

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 110;
  [
    'DANH SÁCH TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN ĐĂNG KÝ THAM GIA ĐỐI THOẠI',
    'Mỗi dòng là một phiếu đăng ký (mẫu Phiếu đăng ký tham gia đối thoại): họ và tên, điện thoại liên hệ, địa chỉ, nội dung.',
    'Bắt buộc: «Họ và tên» và «Nội dung ý kiến, kiến nghị». Điện thoại gồm 10 chữ số bắt đầu bằng 0.',
    `Loại ý kiến: ${kinds.join(', ')} (để trống là Kiến nghị).`,
    'Lĩnh vực: chọn trong danh sách thả xuống (có thể để trống).',
    'Đăng ký phát biểu, Đồng ý xử lý dữ liệu cá nhân: ghi «Có» hoặc «Không» theo phiếu người dân đã ký.',
    'Không thêm, bớt hay đổi tên các cột; không gộp ô. Lưu dạng .xlsx, hoặc CSV UTF-8.',
    'Khi nhập, phần mềm kiểm tra mọi dòng trước; chỉ cần một dòng có lỗi thì chưa lưu dòng nào, sửa xong nhập lại cả tệp.',
  ].forEach((line, i) => {
    guide.getCell(i + 1, 1).value = line;
    if (i === 0) guide.getCell(i + 1, 1).font = { bold: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
