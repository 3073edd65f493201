import { readZip } from './read-zip.js';

/** One paragraph of a .docx: its text, and its XML to check the formatting of its runs. */
export interface DocxParagraph {
  text: string;
  xml: string;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');

/** The paragraphs of a WordprocessingML part, in order (table cells included). */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/gu)) {
    const inner = match[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/gu)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : decode(t[1] ?? '')))
      .join('');
    out.push({ text, xml: match[0] });
  }
  return out;
}

/** A generated .docx opened for a test: its parts and its body's paragraphs. */
export function readDocx(bytes: Buffer) {
  const files = readZip(bytes);
  const part = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const document = part('word/document.xml');
  const paragraphs = paragraphsOf(document);
  return {
    files,
    document,
    styles: part('word/styles.xml'),
    paragraphs,
    /** Every paragraph's text, one per line. */
    text: paragraphs.map((p) => p.text).join('\n'),
    /** The first paragraph whose text matches. */
    find(pattern: string | RegExp): DocxParagraph | undefined {
      return paragraphs.find((p) =>
        typeof pattern === 'string' ? p.text.includes(pattern) : pattern.test(p.text),
      );
    },
    /** Index of the first paragraph whose text matches (-1 if none). */
    indexOf(pattern: string | RegExp): number {
      return paragraphs.findIndex((p) =>
        typeof pattern === 'string' ? p.text.includes(pattern) : pattern.test(p.text),
      );
    },
  };
}

/** The run formatting a paragraph applies: bold, italic, underline, size in points. */
export function formatOf(paragraph: DocxParagraph) {
  const size = paragraph.xml.match(/<w:sz w:val="(\d+)"/u);
  return {
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/u.test(paragraph.xml),
    italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/u.test(paragraph.xml),
    underline: /<w:u w:val="single"\/>/u.test(paragraph.xml),
    sizePt: size ? Number(size[1]) / 2 : null,
    centred: /<w:jc w:val="center"\/>/u.test(paragraph.xml),
  };
}
