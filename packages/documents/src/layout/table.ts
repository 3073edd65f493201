import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { TEXT_WIDTH } from './measures.js';
import { run } from './text.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A bordered table in the body (figures of a report, the assignments of a conclusion), a
 * header row repeated on every page. `shares` are the columns' parts of the text width.
 */
export function dataTable(input: {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  shares: readonly number[];
  size: number;
  /** Rows set in bold: a group's heading row in a list (the delegates' sign-in sheet). */
  boldRows?: ReadonlySet<number>;
  /** The least height of a body row, in twips: room for a signature on a sign-in sheet. */
  rowHeight?: number;
}): Table {
  const total = input.shares.reduce((a, b) => a + b, 0);
  const widths = input.shares.map((share) => Math.floor((TEXT_WIDTH * share) / total));
  const cellOf = (text: string | number, index: number, header: boolean, bold = header) =>
    new TableCell({
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- each row has one cell per share, as its header
      width: { size: widths[index]!, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header || typeof text === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(String(text), { size: input.size, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: input.headers.map((h, i) => cellOf(h, i, true)),
      }),
      ...input.rows.map(
        (row, r) =>
          new TableRow({
            ...(input.rowHeight
              ? { height: { value: input.rowHeight, rule: HeightRule.ATLEAST } }
              : {}),
            children: row.map((value, i) =>
              cellOf(value, i, false, input.boldRows?.has(r) ?? false),
            ),
          }),
      ),
    ],
  });
}
