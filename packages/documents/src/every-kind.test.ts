import { LABELS } from '@doithoai/domain';
import { describe, expect, it } from 'vitest';
import { DOCX_KINDS, packDocx, type DocxKind } from './kinds/index.js';
import { headerLines } from './testing/header-fit.test-support.js';
import { readDocx } from './testing/read-docx.js';
import { SEED_KEYS, seedRecords } from './testing/seed-records.js';

// Issue 16: every kind rendered for the five seeds' demo-like records, read as a commune clerk
// would before signing. The records carry every value, so a placeholder is the builder's fault.

const CODES = [...new Set(Object.values(LABELS).flatMap((labels) => Object.keys(labels)))].filter(
  (code) => code.includes('-'),
);
const leakedCodes = (text: string) =>
  CODES.filter((code) => new RegExp(`(^|[^a-z0-9-])${code}($|[^a-z0-9-])`, 'u').test(text));

/** Words for a placeholder a clerk must replace by hand before signing. */
const PLACEHOLDERS = [
  /cấp trên \((b\/c|để b\/c)\)/iu,
  /cấp ủy cấp trên/iu,
  /Ủy ban nhân dân cấp trên/iu,
  /…|\.{3,}/u,
  /\(mã [A-Z0-9-]+\)/u,
];

/** The kinds that are blank forms to fill in by hand: their dotted lines are the form. */
const FORMS: readonly DocxKind[] = ['registration-form'];

/** The Fatherland Front's own documents (issue 16: a Front header, not a state or Party one). */
const FRONT: readonly DocxKind[] = ['supervision-report'];

const words = (text: string) =>
  text
    .toLocaleLowerCase('vi')
    .split(/[\s,;:.()"]+/u)
    .filter(Boolean);

/**
 * A phrase of two or more words said twice with at most two words and no punctuation between
 * ("Hội nghị tổ chức Hội nghị", "Thông báo kết luận Thông báo kết luận", "ngày 15/12 ngày
 * 15/12"); a list ("Chủ tịch HĐND xã, Chủ tịch UBND xã") has a comma between and is fine.
 */
export function doubledPhrases(paragraph: string): string[] {
  const found: string[] = [];
  for (const clause of paragraph.split(/[,;:()"—–]|\.(?=\s|$)/u)) {
    const w = words(clause);
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= w.length; i++) {
        const phrase = w.slice(i, i + n).join(' ');
        // "Ủy ban nhân dân xã với Nhân dân": the body's name, then the People.
        if (phrase === 'nhân dân') continue;
        for (let gap = 0; gap <= 2; gap++) {
          const j = i + n + gap;
          if (w.slice(j, j + n).join(' ') === phrase) found.push(phrase);
        }
      }
    }
  }
  return found;
}

/** Sentences of five words or more that a document says twice ("Hội nghị kết thúc…" twice). */
function repeatedSentences(text: string): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/u)) {
    const key = words(sentence).join(' ');
    if (key.split(' ').length < 5) continue;
    if (seen.has(key)) repeated.push(sentence);
    seen.add(key);
  }
  return repeated;
}

const KINDS = Object.keys(DOCX_KINDS) as DocxKind[];
const CASES = SEED_KEYS.flatMap((seed) => KINDS.map((kind) => [seed, kind] as const));

describe('every document of every seed reads as a clerk can sign it', () => {
  it('finds a doubled phrase where the issue saw one, and none in plain text', () => {
    expect(doubledPhrases('Biên bản Hội nghị tổ chức Hội nghị đối thoại')).toContain('hội nghị');
    expect(
      doubledPhrases('Thông báo kết luận Thông báo kết luận số 31/TB-UBND ngày 15/12 ngày 15/12'),
    ).toContain('thông báo kết luận');
    expect(
      doubledPhrases('Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân'),
    ).toEqual([]);
  });

  it.each(CASES)('%s: %s', async (seed, kind) => {
    const { context, records } = seedRecords(seed);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- each kind with its own record
    const docx = readDocx(await packDocx(kind, records[kind] as any, context));
    const problems: string[] = [];
    for (const code of leakedCodes(docx.text)) problems.push(`code: ${code}`);
    if (!FORMS.includes(kind)) {
      for (const paragraph of docx.paragraphs)
        // The plan's "..." are the seed's own (seeds 002, 003 end lists with them).
        for (const pattern of kind === 'plan' ? PLACEHOLDERS.slice(0, 3) : PLACEHOLDERS)
          if (pattern.test(paragraph.text)) problems.push(`placeholder: ${paragraph.text}`);
    }
    if (kind !== 'plan') {
      // The plan's text is the seed's own (its golden test compares it line by line).
      for (const paragraph of docx.paragraphs)
        for (const phrase of doubledPhrases(paragraph.text))
          problems.push(`doubled "${phrase}": ${paragraph.text}`);
      for (const sentence of repeatedSentences(docx.text)) problems.push(`said twice: ${sentence}`);
    }
    for (const line of headerLines(docx.document))
      if (line.width > line.room)
        problems.push(
          `header line wraps: "${line.text}" ${line.width.toFixed(1)} pt > ${line.room.toFixed(1)} pt`,
        );
    const party = /ĐẢNG CỘNG SẢN VIỆT NAM/u.test(docx.text);
    if (FRONT.includes(kind)) {
      // The Front's own header: its title at the top right, no Quốc hiệu, no Party "*".
      if (!docx.paragraphs.some((p) => p.text === 'MẶT TRẬN TỔ QUỐC VIỆT NAM'))
        problems.push('a Front document without "MẶT TRẬN TỔ QUỐC VIỆT NAM"');
      if (party || docx.text.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))
        problems.push('a Front document under a state or Party header');
      if (!/- Lưu: VT, /u.test(docx.text)) problems.push('no archive line');
    } else if (kind !== 'registration-form') {
      if (!party && !docx.text.includes('Độc lập - Tự do - Hạnh phúc'))
        problems.push('state document without "Độc lập - Tự do - Hạnh phúc"');
      const star = docx.paragraphs.some((p) => p.text.trim() === '*');
      if (!party && star) problems.push('the Party\'s "*" on a state header');
      // NĐ 30 Mục II.9 "Lưu: VT, …"; HD 36 and seeds 000, 003 "Lưu Văn phòng Đảng ủy" (seed 002,
      // a Party plan too, writes "Lưu: VT").
      const archive = party ? /- Lưu( Văn phòng|: VT)/u : /- Lưu: VT, /u;
      // The minutes close with two signatures and no Nơi nhận.
      if (kind !== 'minutes' && !archive.test(docx.text)) problems.push('no archive line');
    }
    expect(problems).toEqual([]);
  });
});
