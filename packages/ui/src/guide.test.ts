import { describe, expect, it } from 'vitest';
import { byFileName, guideSpans, parseGuide } from './guide.js';

describe('parseGuide', () => {
  it('reads the forms the guides use: headings, paragraphs, lists, images', () => {
    const blocks = parseGuide(
      [
        '# Hướng dẫn cho Bí thư Đảng ủy',
        '',
        'Mở ứng dụng **Đảng ủy xã**',
        'sau khi đăng nhập.',
        '',
        '1. Mở **Chờ phê duyệt**.',
        '2. Bấm **Phê duyệt**.',
        '- Trả lại kèm ý kiến.',
        '',
        '![Kế hoạch chờ phê duyệt](img/party-cho-phe-duyet.png)',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'image']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      spans: [
        { text: 'Mở ứng dụng ', bold: false },
        { text: 'Đảng ủy xã', bold: true },
        { text: ' sau khi đăng nhập.', bold: false },
      ],
    });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: true });
    expect((blocks[2] as { items: unknown[] }).items).toHaveLength(2);
    expect(blocks[4]).toEqual({
      kind: 'image',
      alt: 'Kế hoạch chờ phê duyệt',
      file: 'party-cho-phe-duyet.png',
    });
  });

  it('keeps a link’s text only and never passes markup through', () => {
    expect(guideSpans('Xem [hướng dẫn](../party.md) <b>đây</b>')).toEqual([
      { text: 'Xem hướng dẫn <b>đây</b>', bold: false },
    ]);
  });
});

describe('byFileName', () => {
  it('keys a glob by file name', () => {
    expect(byFileName({ '../../../../../docs/guide/party-office.md': '# Văn phòng' })).toEqual({
      'party-office.md': '# Văn phòng',
    });
  });
});
