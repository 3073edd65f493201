import { FORMAT_CHARACTERS } from '../common/text.js';
/**
 * Personal data on public pages (docs/domain.md "Personal data"; Luật Bảo vệ dữ liệu cá nhân
 * 91/2025/QH15 and Nghị định 356/2025/NĐ-CP, which replace Nghị định 13/2023/NĐ-CP): the
 * public sees answers with names,
 * phone numbers and addresses redacted. Two nets, both applied: the personal data the system
 * knows (every petitioner of the dialogue, matched without regard to case or diacritics, so
 * "NONG VAN THANG" and an NFD-encoded "Nông Văn Thắng" go too) and patterns that catch what it
 * does not know (a phone number, "ông/bà/anh/chị …" followed by a capitalised name, a house
 * number). Over-redacting an official's name is the safe error; leaking a citizen's is not.
 * Tracking codes count too: a conclusion drafted from the outcomes names petitions by their
 * code, and a published code would open that citizen's tracking page to anyone.
 */

export type RedactionKind = 'name' | 'phone' | 'address' | 'trackingCode';

/** What replaces each kind of personal data. */
export const REDACTION_MARKS = {
  name: '[đã ẩn họ tên]',
  phone: '[đã ẩn số điện thoại]',
  address: '[đã ẩn địa chỉ]',
  trackingCode: '[đã ẩn mã tra cứu]',
} as const satisfies Record<RedactionKind, string>;

/** The personal data the system holds about the people concerned (null and blank are ignored). */
export interface KnownPersonalData {
  names?: readonly (string | null | undefined)[];
  phones?: readonly (string | null | undefined)[];
  addresses?: readonly (string | null | undefined)[];
  trackingCodes?: readonly (string | null | undefined)[];
}

/**
 * Format characters that are invisible but split words: zero-width space/non-joiner/joiner,
 * word joiner, soft hyphen, the bidi embeddings/overrides and isolates, and the BOM.
 */

/**
 * The text as matched and published: NFC, without format characters, and NFKC for letters and
 * decimal digits (full-width "０９６９" becomes "0969") — but not for punctuation, so an answer's
 * "…" or "m²" is published as written. "Nông\u200BVăn Thắng" or "０９６９…" cannot slip past.
 *
 * @example normaliseForMatching('Nô\u00ADng ０９') // 'Nông 09'
 */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(/[\p{L}\p{Nd}]/gu, (ch) => ch.normalize('NFKC'));
}

interface Range {
  start: number;
  end: number;
  kind: RedactionKind;
}

/** One character without marks, lower-case, đ → d (as `toSearchKey`, but length-preserving). */
const folds = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = folds.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded = base.replace(/[đð]/gu, 'd') || ch;
    // Vietnamese text uses a few hundred characters: the cache stays small.
    if (folds.size < 10_000) folds.set(ch, folded);
  }
  return folded;
}

/** The folded text and, for each folded code unit, the index of its character in `text`. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k += 1) origin.push(index);
    folded += f;
    index += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** The words of a folded text with where they are (letters and digits; the rest separates). */
function wordsOf(folded: string): { text: string; start: number; end: number }[] {
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** What may stand between two words of a known value: spaces, commas, dots, slashes, dashes. */
const SEPARATOR = /^[\s,./-]+$/u;

/**
 * The known values of a kind as word sequences, indexed by their first word and longest first
 * (so "Nông Văn Thắng" wins over a shorter name inside it): one pass over a text's words finds
 * them all, however many petitioners a dialogue has. Case, diacritics and spacing are ignored.
 */
type KnownIndex = Map<string, string[][]>;
function knownIndex(
  values: readonly (string | null | undefined)[],
  variantsOf: (words: string[]) => string[][] = () => [],
): KnownIndex {
  const index: KnownIndex = new Map();
  for (const value of values) {
    const words = wordsOf(fold(normaliseForMatching(value ?? '')).folded).map((w) => w.text);
    if (words.length === 0) continue;
    for (const variant of [words, ...variantsOf(words)]) {
      const [head] = variant;
      if (head === undefined) continue;
      const list = index.get(head) ?? [];
      if (!list.some((known) => known.join(' ') === variant.join(' '))) list.push(variant);
      index.set(head, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** A name is also written surname + given name: "Võ Hùng" for Võ Đức Hùng. */
const nameVariants = (words: string[]): string[][] =>
  words.length >= 3 ? [[...words.slice(0, 1), ...words.slice(-1)]] : [];
/** A code or a phone is also typed in one piece: "ABCDEFGH" for ABCD-EFGH. */
const joinedVariant = (words: string[]): string[][] => (words.length > 1 ? [[words.join('')]] : []);

/** Every place a known value occurs in the text as whole words, as ranges of the original. */
function knownRanges(
  text: string,
  folded: { folded: string; origin: number[] },
  index: KnownIndex,
  kind: RedactionKind,
): Range[] {
  if (index.size === 0) return [];
  const words = wordsOf(folded.folded);
  const ranges: Range[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const first = words[i];
    const candidates = first && index.get(first.text);
    if (!first || !candidates) continue;
    const found = candidates.find((known) =>
      known.every((word, k) => {
        const here = words[i + k];
        if (!here || here.text !== word) return false;
        const before = words[i + k - 1];
        if (k === 0 || !before) return true;
        return SEPARATOR.test(folded.folded.slice(before.end, here.start));
      }),
    );
    if (!found) continue;
    const last = words[i + found.length - 1];
    const start = folded.origin[first.start];
    const end = last && folded.origin[last.end];
    if (start !== undefined && end !== undefined && end > start) ranges.push({ start, end, kind });
    i += found.length - 1;
  }
  return ranges;
}

/**
 * A Vietnamese phone number as people write it: 0, +84, 0084 or a bare 84, then 8–10 more
 * digits with up to three separators between them ("0969 - 274 - 230").
 */
const PHONE =
  /(?<![\p{L}\p{N}])(?:\+\s?84|\(\+84\)|0084|84(?=[\s.-]{0,3}[1-9])|0)(?:[\s.\-()]{0,3}\d){8,10}(?![\p{N}])/gu;

/** Forms of address before a person's name; the name itself is the capitalised words after. */
const HONORIFIC = '(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ô|[Cc]hú|[Bb]ác|[Cc]ụ|[Ee]m|[Cc]háu|[Hh]ộ)';
const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]+';
const HONORIFIC_NAME = new RegExp(
  `${NOT_WORD_BEFORE}${HONORIFIC}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4})${NOT_WORD_AFTER}`,
  'gu',
);
/** Titles that follow "ông/bà" without being a name ("ông Chủ tịch", "bà Bí thư"). */
const TITLE_WORDS = new Set(
  ['chủ', 'phó', 'bí', 'trưởng', 'giám', 'cán', 'công', 'đại', 'thủ', 'tổ', 'trung'].map(foldChar),
);

/** A house number and the lane it is on ("số nhà 12", "nhà số 7B", "ngõ 45", "hẻm 12/3"). */
const HOUSE_NUMBER =
  /(?<![\p{L}\p{N}])(?:[Ss]ố nhà|[Nn]hà số|[Nn]gõ|[Nn]gách|[Hh]ẻm|[Kk]iệt)\s*\d+[\p{L}\d/]*(?:\s*,?\s*(?:ngõ|ngách|hẻm|kiệt)\s*\d+[\d/]*)*/gu;

function patternRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(PHONE))
    ranges.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const name = m[1];
    if (name === undefined) continue;
    // split() always returns at least one piece.
    const [firstWord = ''] = name.split(/\s+/u);
    const first = foldChar(firstWord.toLowerCase());
    if (TITLE_WORDS.has(fold(firstWord).folded) || TITLE_WORDS.has(first)) continue;
    const start = m.index + m[0].length - name.length;
    ranges.push({ start, end: start + name.length, kind: 'name' });
  }
  for (const m of text.matchAll(HOUSE_NUMBER))
    ranges.push({ start: m.index, end: m.index + m[0].length, kind: 'address' });
  return ranges;
}

/** Overlapping ranges become one, labelled by the longest of them. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (Range & { longest: number })[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start < last.end) {
      if (r.end - r.start > last.longest) {
        last.kind = r.kind;
        last.longest = r.end - r.start;
      }
      last.end = Math.max(last.end, r.end);
    } else merged.push({ ...r, longest: r.end - r.start });
  }
  return merged;
}

/**
 * A redactor for one set of known personal data, its patterns compiled once — for a page of a
 * dialogue's answers, redacted against all of that dialogue's petitioners. Pure; the input may
 * be NFC or NFD, the output is NFKC without format characters (`normaliseForMatching`).
 *
 * @example
 * const redact = createRedactor({ names: ['Nông Văn Thắng'] });
 * redact('Trả lời ông Nông Văn Thắng (0987 000 201), Bản Mỳ: …')
 * // 'Trả lời ông [đã ẩn họ tên] ([đã ẩn số điện thoại]), Bản Mỳ: …'
 */
export function createRedactor(known: KnownPersonalData = {}): (text: string) => string {
  const patterns = {
    address: knownIndex(known.addresses ?? []),
    name: knownIndex(known.names ?? [], nameVariants),
    phone: knownIndex(known.phones ?? [], joinedVariant),
    trackingCode: knownIndex(known.trackingCodes ?? [], joinedVariant),
  };
  return (text) => {
    const nfc = normaliseForMatching(text);
    const folded = fold(nfc);
    const ranges = mergeRanges([
      ...knownRanges(nfc, folded, patterns.address, 'address'),
      ...knownRanges(nfc, folded, patterns.name, 'name'),
      ...knownRanges(nfc, folded, patterns.phone, 'phone'),
      ...knownRanges(nfc, folded, patterns.trackingCode, 'trackingCode'),
      ...patternRanges(nfc),
    ]);
    let out = '';
    let at = 0;
    for (const r of ranges) {
      out += nfc.slice(at, r.start) + REDACTION_MARKS[r.kind];
      at = r.end;
    }
    return out + nfc.slice(at);
  };
}

/**
 * The text with names, phone numbers and addresses replaced by `REDACTION_MARKS`.
 *
 * @example
 * redactPersonalData('Trả lời ông Nông Văn Thắng (0987 000 201), Bản Mỳ: …', { names: ['Nông Văn Thắng'] })
 * // 'Trả lời ông [đã ẩn họ tên] ([đã ẩn số điện thoại]), Bản Mỳ: …'
 */
export function redactPersonalData(text: string, known: KnownPersonalData = {}): string {
  return createRedactor(known)(text);
}

/**
 * Whether any of the known personal data still appears in `text` (ignoring case, diacritics
 * and spacing) — the check tests and the public views' own assertions use.
 *
 * @example containsKnownPersonalData('Ông NONG VAN THANG', { names: ['Nông Văn Thắng'] }) // true
 */
export function containsKnownPersonalData(text: string, known: KnownPersonalData): boolean {
  const nfc = normaliseForMatching(text);
  const folded = fold(nfc);
  const digits = nfc.replace(/\D/gu, '');
  const phoneLeak = (known.phones ?? []).some((p) => {
    const d = (p ?? '').replace(/\D/gu, '').replace(/^84/u, '0');
    return d.length >= 8 && digits.includes(d.slice(1));
  });
  return (
    phoneLeak ||
    knownRanges(nfc, folded, knownIndex(known.names ?? [], nameVariants), 'name').length > 0 ||
    knownRanges(nfc, folded, knownIndex(known.addresses ?? []), 'address').length > 0
  );
}
