/**
 * Advance widths of a TrueType font (the `cmap` format 4 and `hmtx` tables), to measure a line
 * of text the way a word processor lays it out. Pure: the caller reads the font file.
 * Used to check that a header line fits its cell (issue 16) and to build `font-widths.ts`.
 */
export interface FontMetrics {
  unitsPerEm: number;
  /** The advance width of a code point in font units; the .notdef glyph's when absent. */
  advance(codePoint: number): number;
}

export function readTtfMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    tables.set(tag, view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const longMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const widthOfGlyph = (glyph: number) =>
    view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));

  // cmap: the Unicode BMP subtable (platform 3 encoding 1, or platform 0), format 4.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    if (view.getUint16(offset) === 4 && (platform === 0 || (platform === 3 && encoding === 1)))
      sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode cmap of format 4');
  const segments = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyphOf = (codePoint: number): number => {
    for (let s = 0; s < segments; s++) {
      if (codePoint > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const at = rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2;
      const glyph = view.getUint16(at);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  return { unitsPerEm, advance: (codePoint) => widthOfGlyph(glyphOf(codePoint)) };
}

/** The width of a line in points at `size` points (no kerning: Word and LibreOffice add none by default). */
export function lineWidth(metrics: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const char of text.normalize('NFC'))
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- a string's iterator yields non-empty characters
    units += metrics.advance(char.codePointAt(0)!);
  return (units / metrics.unitsPerEm) * size;
}
