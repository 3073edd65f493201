import { ADMIN_UNITS } from '@doithoai/domain/testing';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { headerLines } from '../testing/header-fit.test-support.js';
import { readDocx } from '../testing/read-docx.js';
import { headerBlock, issuerLines } from './official.js';

// Issue 16: "ỦY BAN NHÂN DÂN XÃ SƠN / TÂY HẠ", "ĐẢNG BỘ TỈNH THÁI / NGUYÊN". The header's lines
// are broken where an official breaks them and each fits its cell, for the units the demo uses
// and for the longest names of the country's units (the ward and the city below are real).

const communes = Object.values(ADMIN_UNITS)
  .filter((u) => u.level === 'commune')
  .map((u) => `xã ${u.name}`);
const LONGEST = ['phường Thủ Dầu Một', 'xã Nông trường Phạm Văn Cội', 'đặc khu Phú Quốc'];
const provinces = ['tỉnh Thái Nguyên', 'thành phố Hồ Chí Minh', 'tỉnh Bà Rịa - Vũng Tàu'];

/**
 * The header's lines that wrap. A place name as long as "Nông trường Phạm Văn Cội" makes the
 * date line itself longer than any right column: that line may wrap (it is not a name); the
 * names, the number and the titles never.
 */
async function linesOf(head: Parameters<typeof headerBlock>[0]) {
  const document = new Document({ sections: [{ children: headerBlock(head) }] });
  const docx = readDocx(await Packer.toBuffer(document));
  const longPlace = LONGEST.some((unit) => unit.endsWith(head.place));
  const wrapping = headerLines(docx.document).filter(
    (l) => l.width > l.room && !(longPlace && l.text.includes(', ngày')),
  );
  return { wrapping, text: docx.text };
}

describe('the header block fits the longest names without a break inside a name', () => {
  it('breaks after "ỦY BAN NHÂN DÂN" always, after "ĐẢNG BỘ TỈNH" only when the name is too long', () => {
    expect(issuerLines('ỦY BAN NHÂN DÂN XÃ SƠN TÂY HẠ', 12, true, 3000)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ SƠN TÂY HẠ',
    ]);
    expect(issuerLines('ĐẢNG BỘ TỈNH THÁI NGUYÊN', 14, false, 4500)).toEqual([
      'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
    ]);
    // A body's name, then its place: the break before the place, never inside it.
    expect(issuerLines('PHÒNG KINH TẾ XÃ SƠN TÂY HẠ', 12, true, 3800)).toEqual([
      'PHÒNG KINH TẾ',
      'XÃ SƠN TÂY HẠ',
    ]);
    expect(issuerLines('ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 14, false, 3600)).toEqual([
      'ĐẢNG BỘ THÀNH PHỐ',
      'HỒ CHÍ MINH',
    ]);
  });

  it.each([...communes, ...LONGEST])('state header of %s', async (unit) => {
    const { wrapping, text } = await linesOf({
      convention: 'state',
      issuer: `Ủy ban nhân dân ${unit}`,
      symbol: 'KH-UBND',
      number: 215,
      place: unit.replace(/^\S+ /u, ''),
      issuedOn: '2025-12-10',
      year: 2025,
    });
    expect(wrapping).toEqual([]);
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text.split('\n')).not.toContain('*');
    expect(text.split('\n')[0]).toBe('ỦY BAN NHÂN DÂN');
  });

  it.each(provinces.flatMap((p) => [...communes, ...LONGEST].map((c) => [p, c] as const)))(
    'Party header of %s, %s',
    async (province, unit) => {
      const { wrapping, text } = await linesOf({
        convention: 'party',
        issuer: `Đảng ủy ${unit}`,
        upperIssuer: `Đảng bộ ${province}`,
        symbol: 'KH/ĐU',
        number: 13,
        place: unit.replace(/^\S+ /u, ''),
        issuedOn: '2025-12-10',
        year: 2025,
      });
      expect(wrapping).toEqual([]);
      expect(text.split('\n')).toContain('*');
      expect(text).not.toContain('Độc lập');
    },
  );
});
