import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { present } from '../testing/present.js';
import { createRedactor, normaliseForMatching, REDACTION_MARKS } from './redaction.js';

/*
 * The ways issue 17's probe slipped personal data past the redactor, generated: names split by
 * invisible format characters, surname + given name, phones with 84 / +84 / spaced dashes /
 * full-width digits, tracking codes without their dash. Whatever the variant and the text
 * around it, the published text must not carry it.
 */

const NAME = 'Võ Đức Hùng';
const PHONE = '0969274230';
const CODE = 'K7QM-3XRP';
const redact = createRedactor({ names: [NAME], phones: [PHONE], trackingCodes: [CODE] });

const FORMAT = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u00AD',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
];
const FULL_WIDTH = (digits: string) =>
  digits.replace(/\d/gu, (d) => String.fromCodePoint(0xff10 + Number(d)));

/** Inserts one format character inside each word of `text`, at a generated place. */
const withFormat = (text: string, picks: number[]) =>
  text
    .split(' ')
    .map((word, i) => {
      const at = 1 + ((picks[i] ?? 0) % Math.max(word.length - 1, 1));
      const format = present(FORMAT[(picks[i] ?? 0) % FORMAT.length], 'a format character');
      return word.slice(0, at) + format + word.slice(at);
    })
    .join(' ');

const nameVariant = fc.oneof(
  fc.constant(NAME),
  fc.constant('Võ Hùng'),
  fc.constant('VÕ HÙNG'),
  fc.array(fc.nat(), { minLength: 3, maxLength: 3 }).map((picks) => withFormat(NAME, picks)),
  fc.array(fc.nat(), { minLength: 2, maxLength: 2 }).map((picks) => withFormat('Võ Hùng', picks)),
);
const phoneVariant = fc.oneof(
  fc.constant('84 969 274 230'),
  fc.constant('+84 969 274 230'),
  fc.constant('+84969274230'),
  fc.constant('0969 - 274 - 230'),
  fc.constant('0969.274.230'),
  fc.constant(FULL_WIDTH('0969 274 230')),
  fc.constant(FULL_WIDTH(PHONE)),
  fc.nat().map((n) => `0969${FORMAT[n % FORMAT.length]}274230`),
);
const codeVariant = fc.oneof(
  fc.constant('K7QM3XRP'),
  fc.constant('k7qm3xrp'),
  fc.constant('K7QM-3XRP'),
  fc.constant('K7QM 3XRP'),
  fc.nat().map((n) => `K7QM${FORMAT[n % FORMAT.length]}-3XRP`),
);
/** Ordinary Vietnamese words around the variant (no personal data of their own). */
const filler = fc
  .array(fc.constantFrom('UBND', 'xã', 'trả', 'lời', 'về', 'việc', 'đo', 'đạc', 'đất', 'ngày'), {
    maxLength: 6,
  })
  .map((words) => words.join(' '));

describe('redactor fuzz (issue 17)', () => {
  it('hides every generated variant of a known name, phone and tracking code, wherever it sits', () => {
    fc.assert(
      fc.property(
        filler,
        fc.oneof(
          nameVariant.map((v) => ({ v, mark: REDACTION_MARKS.name })),
          phoneVariant.map((v) => ({ v, mark: REDACTION_MARKS.phone })),
          codeVariant.map((v) => ({ v, mark: REDACTION_MARKS.trackingCode })),
        ),
        filler,
        (before, { v, mark }, after) => {
          const out = redact(`${before} ${v}, ${after}`);
          expect(out).toContain(mark);
          expect(out).not.toContain(normaliseForMatching(v));
          expect(out).not.toMatch(/[\u00AD\u200B-\u200D\u2060\u202A-\u202E\u2066-\u2069]/u);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the named cases of the probe', () => {
    expect(redact('Trả lời ông Võ Hùng: …')).toBe(`Trả lời ông ${REDACTION_MARKS.name}: …`);
    expect(redact('gọi 84 969 274 230.')).toBe(`gọi ${REDACTION_MARKS.phone}.`);
    expect(redact('gọi 0969 - 274 - 230.')).toBe(`gọi ${REDACTION_MARKS.phone}.`);
    expect(redact('gọi ０９６９２７４２３０.')).toBe(`gọi ${REDACTION_MARKS.phone}.`);
    expect(redact('mã K7QM3XRP.')).toBe(`mã ${REDACTION_MARKS.trackingCode}.`);
    expect(redact('Võ\u200B Đức Hùng')).toBe(REDACTION_MARKS.name);
    expect(redact('Võ Đ\u00ADức Hùng')).toBe(REDACTION_MARKS.name);
  });
});
