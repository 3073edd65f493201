import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseVillageList } from './village-list-import.js';
import { detectDelimiter, parseCsv } from './village-list-import.csv.js';
import { villageListTemplate } from './village-list-import.template.js';

const HEADERS = [
  'STT',
  'Họ và tên',
  'Điện thoại liên hệ',
  'Địa chỉ',
  'Tên tổ chức (nếu có)',
  'Loại ý kiến',
  'Lĩnh vực',
  'Nội dung ý kiến, kiến nghị',
  'Đăng ký phát biểu (Có/Không)',
  'Đồng ý xử lý dữ liệu cá nhân (Có/Không)',
];

async function xlsxOf(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(HEADERS);
  rows.forEach((r) => sheet.addRow(r));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a village list from Excel', () => {
  it("reads Bản Mỳ's rows with the spreadsheet's row numbers, labels mapped to codes", async () => {
    const bytes = await xlsxOf([
      [
        1,
        'Nông Văn Dũng',
        987000201,
        'Bản Mỳ, xã Chợ Mới',
        '',
        'Kiến nghị',
        'Đất đai',
        'Đề nghị đo đạc lại ranh giới thửa đất.',
        'Có',
        'Có',
      ],
      [],
      [
        2,
        'Hoàng Thị Nga',
        '0987 000 203',
        'Bản Mỳ',
        'HTX Chè Bản Mỳ',
        'câu hoi',
        'An ninh, trật tự',
        'Đề nghị xử lý đua xe ban đêm.',
        '',
        'x',
      ],
    ]);
    const { rows, problems } = await parseVillageList(bytes, 'xlsx');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      sourceRow: 2,
      fullName: 'Nông Văn Dũng',
      phone: '0987000201',
      kind: 'request',
      field: 'land-environment',
      wantsToSpeak: true,
      consent: true,
    });
    expect(rows[1]).toMatchObject({
      sourceRow: 4,
      organisationName: 'HTX Chè Bản Mỳ',
      kind: 'question',
      field: 'security-order',
      wantsToSpeak: false,
      consent: true,
    });
  });

  it('reports a field not in the list and an unclear Có/Không with the row and the column', async () => {
    const bytes = await xlsxOf([
      [1, 'Nông Văn Dũng', '', '', '', '', 'Thủy lợi nội đồng', 'Nội dung.', 'Chắc có', 'Có'],
    ]);
    const { problems } = await parseVillageList(bytes, 'xlsx');
    expect(problems).toEqual([
      {
        row: 2,
        column: 'Lĩnh vực',
        message: '«Thủy lợi nội đồng» không có trong danh mục lĩnh vực.',
      },
      {
        row: 2,
        column: 'Đăng ký phát biểu (Có/Không)',
        message: '«Chắc có» chưa rõ; ghi «Có» hoặc «Không».',
      },
    ]);
  });

  it('refuses a sheet without the name and content columns, and bytes that are not a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['Tên', 'Ý kiến']);
    const missing = await parseVillageList(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      'xlsx',
    );
    expect(missing.problems[0]?.message).toMatch(/Không tìm thấy dòng tiêu đề/u);
    const garbage = await parseVillageList(utf8('not a zip'), 'xlsx');
    expect(garbage.problems[0]?.message).toMatch(/Không đọc được tệp Excel/u);
  });

  it('reads its own template back: every header recognised, no row', async () => {
    const template = await villageListTemplate();
    const { rows, problems } = await parseVillageList(new Uint8Array(template), 'xlsx');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { row: null, column: null, message: 'Danh sách chưa có dòng ý kiến nào.' },
    ]);
  });
});

describe('reading a village list from CSV', () => {
  it('reads a semicolon file with a BOM, quoted fields holding ; and line breaks', async () => {
    const text =
      '\uFEFFHọ và tên;Điện thoại liên hệ;Nội dung ý kiến, kiến nghị;Đăng ký phát biểu\r\n' +
      'Nông Văn Dũng;0987000201;"Đường liên thôn; cầu tràn\r\nbị sạt lở";Có\r\n' +
      '"Lò Thị ""Mai""";;Hỗ trợ giống chè;không\r\n';
    const { rows, problems } = await parseVillageList(utf8(text), 'csv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.sourceRow, r.fullName, r.content, r.wantsToSpeak])).toEqual([
      [2, 'Nông Văn Dũng', 'Đường liên thôn; cầu tràn bị sạt lở', true],
      [4, 'Lò Thị "Mai"', 'Hỗ trợ giống chè', false],
    ]);
  });

  it('accepts headers typed without diacritics and a comma delimiter', async () => {
    const { rows } = await parseVillageList(
      utf8('ho va ten,noi dung\nNong Van Dung,"a, b"\n'),
      'csv',
    );
    expect(rows[0]).toMatchObject({ fullName: 'Nong Van Dung', content: 'a, b' });
  });

  it('refuses a file that is not UTF-8 (an old TCVN3 or Windows-1258 export)', async () => {
    const { problems } = await parseVillageList(new Uint8Array([0x48, 0xe4, 0x20, 0xff]), 'csv');
    expect(problems[0]?.message).toMatch(/UTF-8/u);
  });

  it('detects the delimiter from the header line only, ignoring quoted ones', () => {
    expect(detectDelimiter('"a,b,c";d;e\n1,2,3,4')).toBe(';');
    expect(parseCsv('a,b\n\n,\nc,d').map((r) => r.line)).toEqual([1, 4]);
  });
});
