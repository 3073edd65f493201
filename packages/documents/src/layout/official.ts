import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { parseIsoDate } from '@doithoai/domain';
import { FONT, MARGINS, PAGE, pt, SIZES, TEXT_WIDTH, type Convention } from './measures.js';
import { blank, centred, leftLine, shortRule } from './text.js';
import { textWidth } from './text-width.js';

const upper = (text: string) => text.toLocaleUpperCase('vi');

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const FRONT_TITLE = 'MẶT TRẬN TỔ QUỐC VIỆT NAM';

/** What the header block of a document says (ô số 1–4 of NĐ 30 Mẫu 1.1 / HD 36 Phụ lục 1). */
export interface DocumentHead {
  convention: Convention;
  /** "Ủy ban nhân dân xã Sơn Tây Hạ", "Đảng ủy xã Chợ Mới". */
  issuer: string;
  /** Party: the upper committee ("Đảng bộ tỉnh Thái Nguyên"); state: cơ quan chủ quản, if any. */
  upperIssuer?: string | undefined;
  /** Ký hiệu: "KH-UBND", "KH/ĐU". */
  symbol: string;
  /** Blank until the document is signed and numbered (seed 004: "Số:       /KH-UBND"). */
  number?: number | null | undefined;
  /** Địa danh: "Sơn Tây Hạ". */
  place: string;
  issuedOn?: string | null | undefined;
  /** The year printed when the date is still blank. */
  year: number;
  /** A công văn's trích yếu "V/v …", under the number (NĐ 30 Mục II.5b; HD 36 Mục II.1.5). */
  letterSummary?: string | undefined;
  /**
   * The Fatherland Front's own header (issue 16: "Front header, not a state/Party header"): "MẶT
   * TRẬN TỔ QUỐC VIỆT NAM" at the top right instead of Quốc hiệu and Tiêu ngữ, "***" under the
   * issuer, as the Front's offices head their papers; the state document's sizes and number line.
   */
  front?: boolean | undefined;
}

/**
 * "Số: 05/KH-UBND" (NĐ 30 Phụ lục I, Mục II.3: "Số" then a colon; numbers below 10 with a
 * leading 0; number and symbol joined by "/") or "Số 13-KH/ĐU" (HD 36 Mục II.1.3: no colon,
 * joined by "-"). A blank number leaves room to write it by hand.
 *
 * @example numberLine({ convention: 'state', number: 5, symbol: 'KH-UBND' }) // 'Số: 05/KH-UBND'
 */
export function numberLine(head: Pick<DocumentHead, 'convention' | 'number' | 'symbol'>): string {
  if (head.convention === 'party') return `Số ${head.number ?? '       '}-${head.symbol}`;
  const number = head.number == null ? '        ' : String(head.number).padStart(2, '0');
  return `Số: ${number}/${head.symbol}`;
}

/**
 * "Sơn Tây Hạ, ngày 06 tháng 8 năm 2025" (NĐ 30 Phụ lục I, Mục II.4: days below 10 and the
 * months 1 and 2 take a leading 0; HD 36 Mục II.1.4 writes the same line). Blank when the
 * document is not dated yet, as seed 004's draft.
 *
 * @example placeDateLine('Chợ Mới', '2025-02-05', 2025) // 'Chợ Mới, ngày 05 tháng 02 năm 2025'
 */
export function placeDateLine(place: string, issuedOn: string | null | undefined, year: number) {
  if (!issuedOn) return `${place}, ngày      tháng      năm ${year}`;
  const { year: y, month, day } = parseIsoDate(issuedOn);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${y}`;
}

/** "Đảng ủy xã Chợ Mới" → "Chợ Mới": the place name an issuer writes in its date line. */
export function placeOf(issuer: string): string {
  return issuer
    .replace(
      /^(Ban Thường vụ |Ban Chấp hành )?(Đảng ủy|Ủy ban nhân dân|Huyện ủy|Tỉnh ủy|Thành ủy|UBND)\s*/iu,
      '',
    )
    .replace(/^(xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu)\s+/iu, '')
    .trim();
}

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA } });

/** Word's and LibreOffice's default cell padding, written out so both lay the header out alike. */
export const CELL_MARGIN = 108;

function twoColumns(rows: [Paragraph[], Paragraph[]][], leftShare: number): Table {
  const left = Math.round(TEXT_WIDTH * leftShare);
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: rows.map(
      ([l, r]) => new TableRow({ children: [cell(l, left), cell(r, right)], cantSplit: true }),
    ),
  });
}

/** The narrowest left column (Mẫu 1.1: ô 2–3 narrower than ô 1, 4). */
const HEADER_LEFT_MIN = 0.38;

/**
 * Where an official breaks a body's name in the header: after "ỦY BAN NHÂN DÂN" always (the
 * offices' own headers: "ỦY BAN NHÂN DÂN / XÃ SƠN TÂY HẠ"); after "ĐẢNG BỘ TỈNH", "ĐẢNG BỘ
 * THÀNH PHỐ", "ĐẢNG ỦY", "HỘI ĐỒNG NHÂN DÂN"… only when the whole name does not fit (issue 16).
 */
const ALWAYS_BREAK_AFTER = ['ỦY BAN NHÂN DÂN'];
const BREAK_AFTER = [
  'ĐẢNG BỘ THÀNH PHỐ',
  'ĐẢNG BỘ TỈNH',
  'ĐẢNG BỘ',
  'ĐẢNG ỦY',
  'HỘI ĐỒNG NHÂN DÂN',
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
  'BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM',
  'VĂN PHÒNG HĐND VÀ UBND',
];

/** Greedy word wrap, the last resort for a name with no usual break point. */
function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines of a name in the header's left column, broken where an official would and never
 * wider than `width` twips at `size` points.
 *
 * @example issuerLines('ỦY BAN NHÂN DÂN XÃ SƠN TÂY HẠ', 12, true, 4000) // ['ỦY BAN NHÂN DÂN', 'XÃ SƠN TÂY HẠ']
 */
export function issuerLines(text: string, size: number, bold: boolean, width: number): string[] {
  const fits = (line: string) => textWidth(line, size, { bold }) <= width;
  const always = ALWAYS_BREAK_AFTER.find((p) => text.startsWith(`${p} `));
  if (always) return [always, ...issuerLines(text.slice(always.length + 1), size, bold, width)];
  if (fits(text)) return [text];
  const prefix = BREAK_AFTER.find((p) => text.startsWith(`${p} `) && fits(p));
  if (prefix) {
    const rest = text.slice(prefix.length + 1);
    if (fits(rest)) return [prefix, rest];
  }
  // A body's name then its place ("PHÒNG KINH TẾ / XÃ SƠN TÂY HẠ"): break before the place,
  // never inside it (issue 16: "PHÒNG KINH TẾ XÃ SƠN TÂY / HẠ").
  const place = text.search(/ (XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|TỈNH|THÀNH PHỐ) /u);
  if (place > 0) {
    const head = text.slice(0, place);
    const rest = text.slice(place + 1);
    if (fits(rest)) return [...(fits(head) ? [head] : wrapWords(head, fits)), rest];
  }
  return wrapWords(text, fits);
}

/**
 * The header block: issuer and number on the left; Quốc hiệu and Tiêu ngữ (state) or the
 * title "ĐẢNG CỘNG SẢN VIỆT NAM" (Party) and the place-date line on the right. The right
 * column is as wide as its longest line; the left takes the rest, so long commune and province
 * names fit without a break in the middle of a name (issue 16).
 */
export function headerBlock(head: DocumentHead): FileChild[] {
  const size = SIZES[head.convention];
  const state = head.convention === 'state';
  const dateText = placeDateLine(head.place, head.issuedOn, head.year);
  const rightNeeds = Math.max(
    textWidth(dateText, size.placeDate, { italics: true }),
    head.front
      ? textWidth(FRONT_TITLE, size.nationalTitle, { bold: true })
      : state
        ? Math.max(
            textWidth(NATIONAL_TITLE, size.nationalTitle, { bold: true }),
            textWidth(MOTTO, size.motto, { bold: true }),
          )
        : textWidth(PARTY_TITLE, size.nationalTitle, { bold: true }),
  );
  // A little slack so a rounding of the renderer never pushes the last letter to a new line.
  const slack = 60;
  const leftMax = TEXT_WIDTH - rightNeeds - 4 * CELL_MARGIN - slack;
  const upperLines = head.upperIssuer
    ? issuerLines(upper(head.upperIssuer), size.issuer, false, leftMax)
    : [];
  const issuerTextLines = issuerLines(upper(head.issuer), size.issuer, true, leftMax);
  const number = numberLine(head);
  const summaryLines = head.letterSummary
    ? wrapWords(
        head.letterSummary,
        (l) => textWidth(l, size.letterSummary, { italics: !state }) <= leftMax,
      )
    : [];
  const leftNeeds = Math.max(
    ...summaryLines.map((l) => textWidth(l, size.letterSummary, { italics: !state })),
    ...upperLines.map((l) => textWidth(l, size.issuer)),
    ...issuerTextLines.map((l) => textWidth(l, size.issuer, { bold: true })),
    textWidth(number, size.number),
  );
  const leftShare = Math.max(
    HEADER_LEFT_MIN,
    Math.min(
      (leftNeeds + 2 * CELL_MARGIN + slack) / TEXT_WIDTH,
      1 - (rightNeeds + 2 * CELL_MARGIN + slack) / TEXT_WIDTH,
    ),
  );
  const leftWidth = Math.round(TEXT_WIDTH * leftShare);
  const left: Paragraph[] = [];
  const right: Paragraph[] = [];
  // NĐ 30 Phụ lục I, Mục II.2: chủ quản in hoa, đứng, không đậm; cơ quan ban hành in hoa, đậm.
  // HD 36 Mục II.1.2: cấp ủy cấp trên in hoa, đứng; cơ quan ban hành in hoa, đứng, đậm.
  for (const line of upperLines) left.push(centred(line, { size: size.issuer }));
  for (const line of issuerTextLines) left.push(centred(line, { size: size.issuer, bold: true }));
  if (head.front) {
    left.push(centred('***', { size: size.issuer }));
    right.push(centred(FRONT_TITLE, { size: size.nationalTitle, bold: true, underline: true }));
  } else if (state) {
    // NĐ 30 Mục II.2: a solid line 1/3–1/2 of the name's length below it.
    left.push(shortRule(leftWidth, 0.4));
    // NĐ 30 Phụ lục I, Mục II.1: Quốc hiệu in hoa đậm; Tiêu ngữ đậm, the line under it as long
    // as the motto (an underline of the run) — on every state document (issue 16).
    right.push(centred(NATIONAL_TITLE, { size: size.nationalTitle, bold: true }));
    right.push(centred(MOTTO, { size: size.motto, bold: true, underline: true }));
  } else {
    // HD 36 Mục II.1.2: below the issuer a star "*" separating it from the number; a Party
    // document only — a state header never carries it.
    left.push(centred('*', { size: size.issuer }));
    // HD 36 Mục II.1.1: tiêu đề at the top right, in hoa, đậm, with a solid line as long as it.
    right.push(centred(PARTY_TITLE, { size: size.nationalTitle, bold: true, underline: true }));
  }
  const numberCell = [centred(number, { size: size.number })];
  if (head.letterSummary) {
    // NĐ 30 Mục II.5b: cỡ 12–13, đứng; HD 36 Phụ lục 3 row 5: cỡ 12, nghiêng.
    for (const line of wrapWords(
      head.letterSummary,
      (l) => textWidth(l, size.letterSummary, { italics: !state }) <= leftMax,
    ))
      numberCell.push(centred(line, { size: size.letterSummary, italics: !state }));
  }
  const dateCell = [centred(dateText, { size: size.placeDate, italics: true })];
  return [
    twoColumns(
      [
        [left, right],
        [numberCell, dateCell],
      ],
      leftShare,
    ),
  ];
}

/**
 * Tên loại and trích yếu (NĐ 30 Phụ lục I, Mục II.5a: in hoa đậm, then the summary đậm with a
 * short line below; HD 36 Mục II.1.5: the summary followed by a dashed line "-----").
 */
export function titleBlock(convention: Convention, kind: string, summary?: string): FileChild[] {
  const size = SIZES[convention];
  const out: FileChild[] = [
    ...blank(size.kind),
    centred(upper(kind), { size: size.kind, bold: true }),
  ];
  if (summary) {
    for (const line of summary.split('\n'))
      out.push(centred(line, { size: size.summary, bold: true }));
  }
  if (convention === 'state') out.push(shortRule(TEXT_WIDTH, 0.25));
  else out.push(centred('-----', { size: size.summary }));
  out.push(...blank(size.body));
  return out;
}

/** Who signs and how (the quyền hạn line, the title, the name). */
export interface SignatureBlock {
  /** "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"; absent when the head signs in their own name. */
  authority?: string | undefined;
  title: string;
  name?: string | undefined;
}

/** A recipient line, with the way it is sent when the document splits them (seed 000). */
export interface RecipientLine {
  text: string;
  group?: string | undefined;
}

function recipientParagraphs(convention: Convention, lines: readonly RecipientLine[]): Paragraph[] {
  const size = SIZES[convention];
  // NĐ 30 Phụ lục I, Mục II.9: "Nơi nhận" cỡ 12, nghiêng, đậm, then a colon; HD 36 Mục II.1.9:
  // "Nơi nhận:" cỡ 14, gạch chân.
  const label =
    convention === 'state'
      ? leftLine('Nơi nhận:', { size: size.recipientsLabel, bold: true, italics: true })
      : leftLine('Nơi nhận:', { size: size.recipientsLabel, underline: true });
  const out = [label];
  let group: string | undefined;
  lines.forEach((line, index) => {
    if (line.group && line.group !== group) {
      group = line.group;
      out.push(leftLine(`* ${line.group}:`, { size: size.recipients, italics: true }));
    }
    // NĐ 30 Mục II.9: each recipient on its own line after a dash, ending with ";", the last
    // with "."; HD 36 Mục II.1.9 and seeds 000, 003 end them with ",".
    const end = index === lines.length - 1 ? '.' : convention === 'party' ? ',' : ';';
    out.push(leftLine(`- ${line.text.replace(/[;.,]+$/u, '')}${end}`, { size: size.recipients }));
  });
  return out;
}

function signatureParagraphs(convention: Convention, signer: SignatureBlock): Paragraph[] {
  const size = SIZES[convention].signature;
  const out: Paragraph[] = [];
  // NĐ 30 Phụ lục I, Mục II.7 / HD 36 Mục II.1.7: quyền hạn and chức vụ in hoa, đứng, đậm;
  // room for the signature and seal; the name in normal case, đậm.
  if (signer.authority) out.push(centred(signer.authority, { size, bold: true }));
  out.push(centred(upper(signer.title), { size, bold: true }));
  out.push(...blank(size, 4));
  out.push(centred(signer.name ?? '', { size, bold: true }));
  return out;
}

/** Nơi nhận on the left, the signature on the right (ô 7 and ô 9 of Mẫu 1.1). */
export function closingBlock(
  convention: Convention,
  signer: SignatureBlock,
  recipients: readonly RecipientLine[],
): FileChild[] {
  return [
    ...blank(SIZES[convention].body),
    twoColumns(
      [[recipientParagraphs(convention, recipients), signatureParagraphs(convention, signer)]],
      0.48,
    ),
  ];
}

/** Two signatures side by side (the minutes: secretary and chair). */
export function twoSignatures(
  convention: Convention,
  left: SignatureBlock,
  right: SignatureBlock,
): FileChild[] {
  return [
    ...blank(SIZES[convention].body),
    twoColumns(
      [[signatureParagraphs(convention, left), signatureParagraphs(convention, right)]],
      0.5,
    ),
  ];
}

/**
 * The document: A4 portrait, the margins and font of both texts, page numbers centred at the
 * top from the second page on (NĐ 30 Phụ lục I, Mục I.5; HD 36 Mục IV).
 */
export function officialDocument(input: {
  convention: Convention;
  title: string;
  children: FileChild[];
}): Document {
  const size = SIZES[input.convention];
  return new Document({
    creator: 'Đối thoại',
    title: input.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(size.body) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGINS, header: MARGINS.top / 2, footer: MARGINS.bottom / 2 },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT],
                    font: FONT,
                    size: pt(size.pageNumber),
                  }),
                ],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph({ children: [] })] }) },
        children: input.children,
      },
    ],
  });
}
