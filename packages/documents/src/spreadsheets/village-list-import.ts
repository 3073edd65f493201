import {
  normalizeText,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  toSearchKey,
  type PetitionField,
  type PetitionKind,
} from '@doithoai/domain';
import ExcelJS from 'exceljs';
import { CsvEncodingError, decodeUtf8, parseCsv } from './village-list-import.csv.js';
import {
  columnHeader,
  columnOfHeader,
  REQUIRED_COLUMNS,
  type VillageListColumnKey,
} from './village-list-import.columns.js';

/**
 * Reading a village's compiled list (.xlsx or .csv) into rows the petition intake validates.
 * This file only reads: what a cell must contain (a valid phone, a non-empty content…) is the
 * domain's rule, checked by the intake on every row; here only what a spreadsheet alone can get
 * wrong is reported (a missing column, "Có/Không" not understood, a field not in the list).
 */

export type VillageListFormat = 'xlsx' | 'csv';

/** One data row, numbered as the spreadsheet numbers it (the header is row 1 in the template). */
export interface VillageListRow {
  sourceRow: number;
  fullName?: string;
  phone?: string;
  address?: string;
  organisationName?: string;
  kind?: PetitionKind;
  field?: PetitionField;
  content?: string;
  wantsToSpeak: boolean;
  /** Whether the citizen consented on paper to the processing of their personal data. */
  consent: boolean;
}

/** A problem with the file: the row and column are null when it concerns the whole file. */
export interface VillageListProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface ParsedVillageList {
  rows: VillageListRow[];
  problems: VillageListProblem[];
}

/** Excel stores a phone typed as a number without its leading 0 (987000201): put it back. */
function phoneText(value: string, wasNumber: boolean): string {
  return wasNumber && /^[1-9]\d{8}$/u.test(value) ? `0${value}` : value;
}

const YES = new Set(['co', 'x', 'yes', '1', 'true', 'dong y', 'co dang ky']);
const NO = new Set(['', 'khong', 'no', '0', 'false', 'khong dong y']);

/** "Có", "x", "có"… → true; "Không" or empty → false; anything else → undefined. */
function yesNo(text: string): boolean | undefined {
  const key = toSearchKey(text);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/**
 * A label from a list, typed with or without diacritics, the whole label or its unique
 * beginning ("Đất đai" → land-environment), or the code itself.
 */
function fromLabels<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const key = toSearchKey(text);
  const entries = Object.entries(labels) as [K, string][];
  const exact = entries.find(([code, label]) => toSearchKey(label) === key || code === text.trim());
  if (exact) return exact[0];
  const starts = entries.filter(([, label]) => toSearchKey(label).startsWith(key));
  return starts.length === 1 ? starts[0]?.[0] : undefined;
}

/** A sheet read as rows of text cells, whatever the source format. */
interface Grid {
  rows: { number: number; cells: { text: string; wasNumber: boolean }[] }[];
}

function cellText(value: ExcelJS.CellValue): { text: string; wasNumber: boolean } {
  if (value === null || value === undefined) return { text: '', wasNumber: false };
  if (typeof value === 'number') return { text: String(value), wasNumber: true };
  if (typeof value === 'string') return { text: value, wasNumber: false };
  if (typeof value === 'boolean') return { text: value ? 'Có' : 'Không', wasNumber: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), wasNumber: false };
  if ('richText' in value)
    return { text: value.richText.map((r) => r.text).join(''), wasNumber: false };
  if ('text' in value && typeof value.text === 'string')
    return { text: value.text, wasNumber: false };
  if ('result' in value) return cellText(value.result);
  return { text: '', wasNumber: false };
}

async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  const sheet = workbook.worksheets[0];
  const rows: Grid['rows'] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Grid['rows'][number]['cells'] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
    rows.push({ number, cells });
  });
  return { rows };
}

function readCsv(bytes: Uint8Array): Grid {
  return {
    rows: parseCsv(decodeUtf8(bytes)).map((r) => ({
      number: r.line,
      cells: r.fields.map((text) => ({ text, wasNumber: false })),
    })),
  };
}

/** The header row: the first row that names at least the required columns. */
function findHeader(grid: Grid) {
  for (const [index, row] of grid.rows.slice(0, 10).entries()) {
    const columns = new Map<number, VillageListColumnKey>();
    row.cells.forEach((cell, col) => {
      const key = columnOfHeader(cell.text);
      if (key && ![...columns.values()].includes(key)) columns.set(col, key);
    });
    if (REQUIRED_COLUMNS.every((key) => [...columns.values()].includes(key)))
      return { index, columns };
  }
  return null;
}

/**
 * Reads a village list. Problems never throw: they come back with the row and the column, so
 * the preview can show all of them at once.
 *
 * @example const { rows, problems } = await parseVillageList(bytes, 'xlsx');
 */
export async function parseVillageList(
  bytes: Uint8Array,
  format: VillageListFormat,
): Promise<ParsedVillageList> {
  let grid: Grid;
  try {
    grid = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  } catch (error) {
    const message =
      error instanceof CsvEncodingError
        ? error.message
        : 'Không đọc được tệp Excel (.xlsx). Hãy lưu lại tệp bằng Excel hoặc LibreOffice, hoặc dùng tệp mẫu.';
    return { rows: [], problems: [{ row: null, column: null, message }] };
  }
  const header = findHeader(grid);
  if (!header) {
    const needed = REQUIRED_COLUMNS.map((k) => `«${columnHeader(k)}»`).join(' và ');
    return {
      rows: [],
      problems: [
        {
          row: null,
          column: null,
          message: `Không tìm thấy dòng tiêu đề có các cột ${needed}. Hãy dùng tệp mẫu của Ủy ban MTTQ.`,
        },
      ],
    };
  }
  const rows: VillageListRow[] = [];
  const problems: VillageListProblem[] = [];
  for (const source of grid.rows.slice(header.index + 1)) {
    const values: Partial<Record<VillageListColumnKey, { text: string; wasNumber: boolean }>> = {};
    header.columns.forEach((key, col) => {
      const cell = source.cells[col];
      if (cell) values[key] = { text: normalizeText(cell.text), wasNumber: cell.wasNumber };
    });
    const text = (key: VillageListColumnKey) => values[key]?.text ?? '';
    const meaningful = (['fullName', 'content', 'phone', 'address'] as const).some(
      (k) => text(k) !== '',
    );
    if (!meaningful) continue; // an empty line, or a line holding only its STT
    const problem = (key: VillageListColumnKey, message: string) =>
      problems.push({ row: source.number, column: columnHeader(key), message });
    const row: VillageListRow = { sourceRow: source.number, wantsToSpeak: false, consent: false };
    if (text('fullName')) row.fullName = text('fullName');
    if (text('phone')) row.phone = phoneText(text('phone'), values.phone?.wasNumber ?? false);
    if (text('address')) row.address = text('address');
    if (text('organisationName')) row.organisationName = text('organisationName');
    if (text('content')) row.content = text('content');
    if (text('kind')) {
      const kind = fromLabels(PETITION_KIND_LABELS, text('kind'));
      if (kind) row.kind = kind;
      else
        problem(
          'kind',
          `«${text('kind')}» không phải loại ý kiến; chọn một trong: ${Object.values(PETITION_KIND_LABELS).join(', ')}.`,
        );
    }
    if (text('field')) {
      const field = fromLabels(PETITION_FIELD_LABELS, text('field'));
      if (field) row.field = field;
      else problem('field', `«${text('field')}» không có trong danh mục lĩnh vực.`);
    }
    for (const key of ['wantsToSpeak', 'consent'] as const) {
      const answer = yesNo(text(key));
      if (answer === undefined) problem(key, `«${text(key)}» chưa rõ; ghi «Có» hoặc «Không».`);
      else row[key] = answer;
    }
    rows.push(row);
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: null, column: null, message: 'Danh sách chưa có dòng ý kiến nào.' });
  return { rows, problems };
}
