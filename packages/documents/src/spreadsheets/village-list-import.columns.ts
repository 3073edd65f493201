import { toSearchKey } from '@doithoai/domain';

/**
 * The columns of a village's compiled list (danh sách tổng hợp ý kiến của thôn): the fields of
 * seed 004's Phiếu đăng ký tham gia đối thoại (họ và tên, điện thoại liên hệ, địa chỉ, nội dung)
 * plus what the Front's compilation adds (tổ chức, loại ý kiến, lĩnh vực, đăng ký phát biểu) and
 * the consent the Personal Data Protection Law 91/2025/QH15 requires for each purpose.
 */
export const VILLAGE_LIST_COLUMNS = [
  { key: 'order', header: 'STT', width: 6 },
  { key: 'fullName', header: 'Họ và tên', width: 26 },
  { key: 'phone', header: 'Điện thoại liên hệ', width: 16 },
  { key: 'address', header: 'Địa chỉ', width: 28 },
  { key: 'organisationName', header: 'Tên tổ chức (nếu có)', width: 22 },
  { key: 'kind', header: 'Loại ý kiến', width: 14 },
  { key: 'field', header: 'Lĩnh vực', width: 28 },
  { key: 'content', header: 'Nội dung ý kiến, kiến nghị', width: 60 },
  { key: 'wantsToSpeak', header: 'Đăng ký phát biểu (Có/Không)', width: 16 },
  { key: 'consent', header: 'Đồng ý xử lý dữ liệu cá nhân (Có/Không)', width: 20 },
] as const;

export type VillageListColumnKey = (typeof VILLAGE_LIST_COLUMNS)[number]['key'];

/** Columns a list cannot do without. */
export const REQUIRED_COLUMNS: readonly VillageListColumnKey[] = ['fullName', 'content'];

/**
 * The header as printed in the template, for messages ("Cột «Họ và tên»").
 *
 * @example columnHeader('fullName') // 'Họ và tên'
 */
export function columnHeader(key: VillageListColumnKey): string {
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- the key's type is derived from these columns
  return VILLAGE_LIST_COLUMNS.find((c) => c.key === key)!.header;
}

/** A header cell's key without diacritics and the "(Có/Không)" hints: "Ho va ten" → 'ho va ten'. */
const headerKey = (text: string) =>
  toSearchKey(text)
    .replace(/\(.*?\)/gu, '')
    .replace(/[^a-z0-9 ]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const ALIASES: Record<string, VillageListColumnKey> = {
  'so thu tu': 'order',
  'ho ten': 'fullName',
  'dien thoai': 'phone',
  'so dien thoai': 'phone',
  'to chuc': 'organisationName',
  'ten to chuc': 'organisationName',
  'noi dung': 'content',
  'noi dung y kien': 'content',
  'noi dung kien nghi': 'content',
  'phat bieu': 'wantsToSpeak',
  'dong y xu ly du lieu': 'consent',
};

/**
 * The column a header cell names, typed with or without diacritics, or undefined.
 *
 * @example columnOfHeader('HỌ VÀ TÊN') // 'fullName'
 */
export function columnOfHeader(text: string): VillageListColumnKey | undefined {
  const key = headerKey(text);
  if (key === '') return undefined;
  const exact = VILLAGE_LIST_COLUMNS.find((c) => headerKey(c.header) === key);
  return exact?.key ?? ALIASES[key];
}
