import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, requiredText, textList, toSearchKey } from './text.js';

/** Vietnamese-looking strings: letters with and without marks, đ/Đ, spaces. */
const vietnameseText = fc
  .array(
    fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ  \t'.split(
        '',
      ),
    ),
    { maxLength: 40 },
  )
  .map((chars) => chars.join(''));

describe('toSearchKey', () => {
  it('maps "Đất đai" and "dat dai" to the same key', () => {
    expect(toSearchKey('Đất đai')).toBe('dat dai');
    expect(toSearchKey('đất đai')).toBe(toSearchKey('dat dai'));
  });

  it('gives the same key for NFC and NFD spellings', () => {
    fc.assert(
      fc.property(
        vietnameseText,
        (text) => toSearchKey(text.normalize('NFC')) === toSearchKey(text.normalize('NFD')),
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => toSearchKey(toSearchKey(text)) === toSearchKey(text)),
    );
  });

  it('leaves only unmarked lower-case letters for Vietnamese input', () => {
    fc.assert(fc.property(vietnameseText, (text) => /^[a-z ]*$/u.test(toSearchKey(text))));
  });

  it('collapses white space and trims', () => {
    expect(toSearchKey('  Thôn\t Bản   Mỳ ')).toBe('thon ban my');
  });

  it('reads the Icelandic eth left by old 8-bit fonts as d', () => {
    expect(toSearchKey('Ðất đai')).toBe('dat dai');
  });
});

describe('normalizeText', () => {
  it('turns NFD input into NFC and collapses spaces', () => {
    const nfd = '  Trưởng   thôn '.normalize('NFD');
    expect(normalizeText(nfd)).toBe('Trưởng thôn'.normalize('NFC'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => normalizeText(normalizeText(text)) === normalizeText(text),
      ),
    );
  });
});

describe('requiredText', () => {
  it('rejects blank text with a message naming the field', () => {
    expect(requiredText('Họ và tên').safeParse('   ').error?.issues[0]?.message).toBe(
      'Họ và tên không được để trống.',
    );
  });

  it('rejects a missing value with the same message', () => {
    expect(requiredText('Họ và tên').safeParse(undefined).error?.issues[0]?.message).toBe(
      'Họ và tên không được để trống.',
    );
  });

  it('rejects text longer than the limit', () => {
    expect(requiredText('Địa chỉ', 5).safeParse('Bản Mỳ xa').error?.issues[0]?.message).toBe(
      'Địa chỉ không được dài quá 5 ký tự.',
    );
  });

  it('stores trimmed NFC text', () => {
    expect(requiredText('Nội dung').parse(' Đất đai '.normalize('NFD'))).toBe(
      'Đất đai'.normalize('NFC'),
    );
  });

  it('checks every item of a text list', () => {
    expect(textList('Mục đích').safeParse(['Một', ' ']).error?.issues[0]?.path).toEqual([1]);
  });
});

describe('format characters in person-typed text (issue 17)', () => {
  // Seed 000's citizen Nông Văn Thắng, typed with a right-to-left override (shown reversed) and
  // with zero-width spaces, a soft hyphen, a BOM and a bidi isolate inside the words.
  const reversed = '\u202ENông Văn Thắng\u202C';
  const split = 'Nô\u200Bng V\u00ADăn Th\u200Dắ\u2066ng\uFEFF';

  it('are stripped from a name, an address and content at intake, so what is stored reads as typed', () => {
    const name = requiredText('Họ và tên', 200);
    expect(name.parse(reversed)).toBe('Nông Văn Thắng');
    expect(name.parse(split)).toBe('Nông Văn Thắng');
    expect(requiredText('Địa chỉ').parse('Thôn\u200B Bản\u202A Mỳ\u2069')).toBe('Thôn Bản Mỳ');
  });

  it('a field holding only format characters is empty', () => {
    expect(
      requiredText('Họ và tên', 200).safeParse('\u200B\u202E\u00AD').error?.issues[0]?.message,
    ).toBe('Họ và tên không được để trống.');
  });

  it('do not change the search key or the canonical form, so search and duplicates still match', () => {
    expect(toSearchKey(split)).toBe(toSearchKey('Nông Văn Thắng'));
    expect(toSearchKey(reversed)).toBe('nong van thang');
    expect(normalizeText(split)).toBe('Nông Văn Thắng');
  });
});
