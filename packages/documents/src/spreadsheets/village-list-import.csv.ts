/**
 * A CSV reader for the lists villages keep in Excel or LibreOffice and "save as CSV": RFC 4180
 * quoting (a quoted field may hold the delimiter, a line break, or "" for a quote), an optional
 * UTF-8 byte-order mark (Excel writes one), and either `,` or `;` as the delimiter (Excel on a
 * machine with Vietnamese regional settings writes `;`). Bytes must be UTF-8: an old 8-bit file
 * (TCVN3, VNI) is refused rather than read as mojibake.
 */

/** Rows of text fields; `line` is the 1-based line where each row starts (as a spreadsheet numbers it). */
export interface CsvRow {
  line: number;
  fields: string[];
}

export class CsvEncodingError extends Error {}

/**
 * Decodes UTF-8 (BOM dropped), or throws CsvEncodingError.
 *
 * @example decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // 'A'
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CsvEncodingError('Tệp CSV phải được lưu với bảng mã UTF-8 (CSV UTF-8).');
  }
}

/**
 * The delimiter of the first line: the more frequent of `;` and `,` outside quotes.
 *
 * @example detectDelimiter('Họ và tên;Nội dung\n') // ';'
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Splits CSV text into rows; empty lines give no row.
 *
 * @example parseCsv('a;"b;c"\n"say ""hi"""', ';').map((r) => r.fields) // [['a', 'b;c'], ['say "hi"']]
 */
export function parseCsv(text: string, delimiter: ',' | ';' = detectDelimiter(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}
