// The world of the whole-lifecycle journey: Sơn Tây Hạ (seed 004, Quảng Ngãi's regulation) with
// one village, its land department and its police, the accounts of every app, and the village's
// list filled in the Front's own template (downloaded through the API, as the Front would).
import ExcelJS from 'exceljs';
import { insertOrganisation, insertVillage } from '@doithoai/db';
import {
  present,
  type ApiCaller,
  type JourneyOptions,
  type Prepare,
} from '@doithoai/browser-testing';

/** The ids of what `prepareSonTayHa` writes, known once it has run. */
export const place = { village: '', land: '', police: '' };
/** ILLUSTRATIVE: seed 004 names no village (`SON_TAY_HA_VILLAGES` in the domain's testing data). */
export const VILLAGE = 'Thôn Thượng';

export const prepareSonTayHa: Prepare = async (db, communeCode, at) => {
  place.village = await insertVillage(
    db,
    { adminUnitCode: communeCode, name: VILLAGE, kind: 'village' },
    at,
  );
  place.land = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'department', name: 'Phòng Kinh tế xã' },
    at,
  );
  place.police = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'police', name: 'Công an xã' },
    at,
  );
};

/** One account per role the journey goes through (names are illustrative). */
export const ACCOUNTS = {
  'vpub.sontayha': { role: 'government-office', fullName: 'Đinh Văn Hải' },
  'chutich.sontayha': { role: 'commune-chair', fullName: 'Nguyễn Thị Tình' },
  'phongkt.sontayha': {
    role: 'department',
    fullName: 'Phạm Văn Tường',
    organisationId: () => place.land,
  },
  'congan.sontayha': {
    role: 'department',
    fullName: 'Đinh Văn Mười',
    organisationId: () => place.police,
  },
  'mttq.sontayha': { role: 'front-officer', fullName: 'Đinh Thị Lan' },
  'bithu.sontayha': { role: 'party-secretary', fullName: 'Đinh Văn Sáu' },
} satisfies JourneyOptions['accounts'];

/** The citizen who registers online (illustrative). */
export const ONLINE_CITIZEN = {
  fullName: 'Đinh Văn Bảy',
  phone: '0935 214 607',
  address: 'Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
  content:
    'Đề nghị xã đo đạc lại ranh giới thửa đất rẫy của gia đình tôi giáp suối Đắk Rinh và cho biết khi nào được cấp Giấy chứng nhận quyền sử dụng đất.',
};

/** The village's registrations, as its Front board compiled them (illustrative). */
export const VILLAGE_ROWS = [
  {
    fullName: 'Đinh Thị Hoa',
    phone: '0935214611',
    kind: 'Kiến nghị',
    field: 'Đất đai',
    content:
      'Ranh giới thửa đất rẫy giáp suối Đắk Rinh của các hộ thôn Thượng chưa được đo đạc lại; đề nghị xã cử cán bộ địa chính xuống đo đạc.',
  },
  {
    fullName: 'Đinh Văn Ngọc',
    phone: '0935214612',
    kind: 'Phản ánh',
    field: 'An ninh, trật tự',
    content:
      'Ban đêm có nhóm thanh niên tụ tập, đua xe trên đường liên thôn Thượng – Hạ; đề nghị Công an xã tăng cường tuần tra.',
  },
];

/**
 * The Front's blank template (`collection.template`) with the village's rows filled in.
 *
 * @example const file = await filledVillageList(front);
 */
export async function filledVillageList(front: ApiCaller): Promise<Buffer> {
  const template = await front.collection.template.query();
  const workbook = new ExcelJS.Workbook();
  // exceljs's types predate @types/node's generic Buffer; the bytes are what it expects.
  await workbook.xlsx.load(Buffer.from(template.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = present(workbook.worksheets[0], "the template's first sheet");
  // Row values are 1-based with a hole at 0: Array.from fills it, so every index is a string.
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) =>
    typeof v === 'string' ? v : '',
  );
  const column = (header: string) => {
    const index = headers.findIndex((h) => h.startsWith(header));
    if (index < 1)
      throw new Error(`The template has no column «${header}»: ${headers.join(' | ')}`);
    return index;
  };
  VILLAGE_ROWS.forEach((row, index) => {
    const line = sheet.getRow(2 + index);
    line.getCell(column('STT')).value = index + 1;
    line.getCell(column('Họ và tên')).value = row.fullName;
    line.getCell(column('Điện thoại')).value = row.phone;
    line.getCell(column('Địa chỉ')).value = `${VILLAGE}, xã Sơn Tây Hạ`;
    line.getCell(column('Loại ý kiến')).value = row.kind;
    line.getCell(column('Lĩnh vực')).value = row.field;
    line.getCell(column('Nội dung')).value = row.content;
    line.getCell(column('Đăng ký phát biểu')).value = 'Có';
    line.getCell(column('Đồng ý xử lý dữ liệu')).value = 'Có';
    line.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
