import { describe, expect, it } from 'vitest';
import { unstorableTextPath } from './input-text.js';

describe('unstorableTextPath', () => {
  it('accepts Vietnamese in NFC and NFD, emoji (a whole surrogate pair) and line breaks', () => {
    const form = {
      petitioner: { fullName: 'Nông Văn Thắng', address: 'Bản Mỳ'.normalize('NFD') },
      content: 'Đề nghị sửa đường 🙏\nxin cảm ơn.',
      tags: ['đất đai'],
    };
    expect(unstorableTextPath(form)).toBeNull();
  });

  it('names the field holding a NUL character, however deep', () => {
    expect(unstorableTextPath({ id: '\u0000' })).toBe('id');
    expect(unstorableTextPath({ petitioner: { fullName: 'Nông\u0000' } })).toBe(
      'petitioner.fullName',
    );
    expect(unstorableTextPath({ items: [{ content: 'ok' }, { content: 'a\u0000' }] })).toBe(
      'items.1.content',
    );
    expect(unstorableTextPath('\u0000')).toBe('(input)');
  });

  it('names a lone half of a surrogate pair, in a value or in a key', () => {
    expect(unstorableTextPath({ q: 'đường \ud800 tỉnh' })).toBe('q');
    expect(unstorableTextPath({ q: 'x\udc00' })).toBe('q');
    expect(unstorableTextPath({ ['k\ud800']: 1 })).toBe('k\ud800');
  });
});
