import { UNITS_PER_EM, WIDTH_CHARS, WIDTHS } from './font-widths.js';

const INDEX = new Map([...WIDTH_CHARS].map((char, i) => [char, i]));
/** A character outside the table (rare in official text) counts as a capital M, the widest. */
// eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- 'M' is in the generated table
const FALLBACK = INDEX.get('M')!;

export interface WidthStyle {
  bold?: boolean | undefined;
  italics?: boolean | undefined;
}

/**
 * The width of a line of text in twips, from Liberation Serif's advance widths (the same as
 * Times New Roman's): what Word and LibreOffice lay out, without kerning.
 *
 * @example textWidth('ỦY BAN NHÂN DÂN', 12, { bold: true }) // ≈ 2262 (39.9 mm)
 */
export function textWidth(text: string, sizePt: number, style: WidthStyle = {}): number {
  const widths = style.bold
    ? style.italics
      ? WIDTHS.boldItalic
      : WIDTHS.bold
    : style.italics
      ? WIDTHS.italic
      : WIDTHS.regular;
  let units = 0;
  for (const char of text.normalize('NFC'))
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- each style's widths are generated for every character of WIDTH_CHARS
    units += widths[INDEX.get(char) ?? FALLBACK]!;
  return (units / UNITS_PER_EM) * sizePt * 20;
}
