// The user guides (docs/guide/<role>.md) shown inside the apps at /huong-dan: the few Markdown
// forms the guides use, read into blocks the page renders as elements — never as HTML.

/** A run of text, bold or not. */
export interface GuideSpan {
  text: string;
  bold: boolean;
}

export type GuideBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; spans: GuideSpan[] }
  | { kind: 'list'; ordered: boolean; items: GuideSpan[][] }
  | { kind: 'image'; alt: string; file: string };

/**
 * `**bold**` runs of a line; links keep their text only (the guide is read inside the app).
 *
 * @example guideSpans('Bấm **Trình ký**.') // [{ text: 'Bấm ', bold: false }, { text: 'Trình ký', bold: true }, { text: '.', bold: false }]
 */
export function guideSpans(line: string): GuideSpan[] {
  const text = line.replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1');
  return text
    .split(/(\*\*[^*]+\*\*)/u)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**') && part.endsWith('**')
        ? { text: part.slice(2, -2), bold: true }
        : { text: part, bold: false },
    );
}

/**
 * The blocks of a guide: headings (#, ##, ###), paragraphs, lists (- or 1.) and images on a line
 * of their own (`![alt](img/file.png)`, the file's name kept).
 *
 * @example parseGuide('# Bí thư\n\n- Mở **Chờ phê duyệt**')[1] // { kind: 'list', ordered: false, items: [[…]] }
 */
export function parseGuide(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', spans: guideSpans(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/u)) {
    const line = raw.trim();
    const heading = /^(#{1,3}) (.+)$/u.exec(line);
    const image = /^!\[([^\]]*)\]\(([^)]+)\)$/u.exec(line);
    const item = /^(-|\d+\.) (.+)$/u.exec(line);
    if (line === '') flush();
    else if (heading?.[1] && heading[2]) {
      flush();
      const level = Math.min(heading[1].length, 3) as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, text: heading[2] });
    } else if (image?.[2] !== undefined) {
      flush();
      blocks.push({ kind: 'image', alt: image[1] ?? '', file: image[2].split('/').pop() ?? '' });
    } else if (item?.[1] && item[2]) {
      flush();
      const ordered = item[1] !== '-';
      const spans = guideSpans(item[2]);
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(spans);
      else blocks.push({ kind: 'list', ordered, items: [spans] });
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

/**
 * An app's `import.meta.glob` of guides or screenshots, keyed by file name instead of path.
 *
 * @example byFileName({ '../../docs/guide/img/a.png': '/party/_app/a.png' }) // { 'a.png': '/party/_app/a.png' }
 */
export function byFileName(glob: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(glob).map(([path, value]) => [path.split('/').pop() ?? path, String(value)]),
  );
}
