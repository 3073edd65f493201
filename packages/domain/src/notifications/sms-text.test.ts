import { describe, expect, it } from 'vitest';
import { smsLength, smsText, stripVietnameseDiacritics } from './sms-text.js';

describe('SMS text', () => {
  it('strips every Vietnamese mark, đ included', () => {
    expect(stripVietnameseDiacritics('Đối thoại với Nhân dân xã Sơn Tây Hạ, Quảng Ngãi')).toBe(
      'Doi thoai voi Nhan dan xa Son Tay Ha, Quang Ngai',
    );
    expect(stripVietnameseDiacritics('Ủy ban, ưu tiên, Lý do: đo đạc lại')).toBe(
      'Uy ban, uu tien, Ly do: do dac lai',
    );
  });

  it('counts an unaccented message in 160-character segments, then 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm-7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(smsLength('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts an accented message as UCS-2: 70 characters, then 67', () => {
    expect(smsLength('Mã tra cứu')).toMatchObject({ encoding: 'ucs-2', segments: 1 });
    expect(smsLength('ư'.repeat(71))).toEqual({ encoding: 'ucs-2', units: 71, segments: 2 });
  });

  it('counts the GSM extension characters twice', () => {
    expect(smsLength('[ST]')).toEqual({ encoding: 'gsm-7', units: 6, segments: 1 });
  });

  it('makes the extension message of seed 004 GSM-7 when the gateway needs it', () => {
    const text =
      'UBND xã Sơn Tây Hạ gia hạn trả lời kiến nghị STH6-R2VE đến ngày 06/02/2026. Lý do: Cần đo đạc lại ranh giới.';
    expect(smsText(text, false)).toMatchObject({ encoding: 'ucs-2', segments: 2 });
    const unaccented = smsText(text, true);
    expect(unaccented.text).toBe(
      'UBND xa Son Tay Ha gia han tra loi kien nghi STH6-R2VE den ngay 06/02/2026. Ly do: Can do dac lai ranh gioi.',
    );
    expect(unaccented).toMatchObject({ encoding: 'gsm-7', segments: 1 });
  });
});
