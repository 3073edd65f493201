import { present } from '@doithoai/domain/testing';
import { readFileSync } from 'node:fs';
import { lineWidth, readTtfMetrics, type FontMetrics } from '../layout/ttf-metrics.js';
import { paragraphsOf } from './read-docx.js';

// Measures each line of a document's header table against Liberation Serif's own metrics
// (metric-compatible with Times New Roman; Debian's fonts-liberation2, which the PDF needs
// anyway): a line wider than its cell wraps in Word and LibreOffice (issue 16: "ỦY BAN NHÂN
// DÂN XÃ SƠN / TÂY HẠ"). Independent of the width table the layout itself uses.

const FONT_DIR = '/usr/share/fonts/truetype/liberation2';
const load = (file: string) =>
  readTtfMetrics(readFileSync(`${FONT_DIR}/LiberationSerif-${file}.ttf`));
let fonts: Record<'regular' | 'bold' | 'italic' | 'boldItalic', FontMetrics> | undefined;
function metrics(bold: boolean, italics: boolean): FontMetrics {
  fonts ??= {
    regular: load('Regular'),
    bold: load('Bold'),
    italic: load('Italic'),
    boldItalic: load('BoldItalic'),
  };
  return bold ? (italics ? fonts.boldItalic : fonts.bold) : italics ? fonts.italic : fonts.regular;
}

export interface HeaderLine {
  text: string;
  /** The text's width and the cell's room for it, in points. */
  width: number;
  room: number;
}

/** Every non-empty line of the first table (the header block) with its width and its room. */
export function headerLines(documentXml: string): HeaderLine[] {
  const table = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/u)?.[0];
  if (!table) return [];
  const margins = table.match(/<w:tblCellMar>[\s\S]*?<\/w:tblCellMar>/u)?.[0] ?? '';
  const side = (name: string) =>
    Number(margins.match(new RegExp(`<w:${name} w:w="(\\d+)"`, 'u'))?.[1] ?? 108);
  const padding = side('left') + side('right');
  const out: HeaderLine[] = [];
  for (const cell of table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)) {
    const content = present(cell[1], 'a table cell');
    const cellWidth = Number(content.match(/<w:tcW [^>]*w:w="(\d+)"/u)?.[1] ?? NaN);
    for (const paragraph of paragraphsOf(content)) {
      if (paragraph.text.trim() === '') continue;
      const size = Number(paragraph.xml.match(/<w:sz w:val="(\d+)"/u)?.[1] ?? 28) / 2;
      const bold = /<w:b\/>|<w:b w:val="(true|1)"\/>/u.test(paragraph.xml);
      const italics = /<w:i\/>|<w:i w:val="(true|1)"\/>/u.test(paragraph.xml);
      out.push({
        text: paragraph.text,
        width: lineWidth(metrics(bold, italics), paragraph.text, size),
        room: (cellWidth - padding) / 20,
      });
    }
  }
  return out;
}
