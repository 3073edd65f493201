import { AlignmentType, BorderStyle, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { BODY, FONT, mm, pt } from './measures.js';

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

/** One run in the documents' font; `size` in points. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: pt(style.size),
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });
}

/** A centred line (header blocks, titles, signature). */
export function centred(
  text: string,
  style: RunStyle,
  options: Partial<IParagraphOptions> = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    ...options,
    children: [run(text, style)],
  });
}

/**
 * A short solid line under a centred element: a bottom border on an empty paragraph whose
 * indents make it `fraction` of `width` long (NĐ 30 Phụ lục I, Mục II.2 and II.5a: "đường kẻ
 * ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ").
 */
export function shortRule(width: number, fraction: number): Paragraph {
  const side = Math.round((width * (1 - fraction)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * A body paragraph: justified, first line indented 1 cm, 6 pt after (NĐ 30 Phụ lục I, Mục II.6;
 * HD 36 Mục II.1.6). Parts may be bold/italic (an assignee's name before its duty).
 */
export function body(
  parts: string | readonly (string | { text: string; bold?: boolean; italics?: boolean })[],
  size: number,
  options: { indent?: boolean; align?: 'justify' | 'center' | 'left'; before?: number } = {},
): Paragraph {
  const list = typeof parts === 'string' ? [parts] : parts;
  return new Paragraph({
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'left'
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: BODY.firstLineIndent },
    spacing: { before: options.before ?? 0, after: BODY.paragraphAfter, line: BODY.line },
    children: list.map((part) =>
      typeof part === 'string'
        ? run(part, { size })
        : run(part.text, { size, bold: part.bold ?? false, italics: part.italics ?? false }),
    ),
  });
}

/**
 * A heading inside the body ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"): bold, indented like the body,
 * with the body's 6 pt before it too — a table has no space after it, and a heading following one
 * (the results report's "II. KẾT QUẢ…" under the conclusion's table) sat on its bottom border.
 */
export function heading(text: string, size: number): Paragraph {
  return body([{ text, bold: true }], size, { before: BODY.paragraphAfter });
}

/** An empty line of the given size (space before a signature). */
export function blank(size: number, count = 1): Paragraph[] {
  return Array.from({ length: count }, () => centred('', { size }));
}

/** Left-aligned line in a cell (Nơi nhận). */
export function leftLine(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    children: [run(text, style)],
  });
}

/** A line of dots to fill in by hand (the registration form). */
export function dottedLine(label: string, size: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: 120, line: BODY.line },
    tabStops: [{ type: 'right', position: mm(165), leader: 'dot' }],
    children: [run(label, { size }), run('\t', { size })],
  });
}
