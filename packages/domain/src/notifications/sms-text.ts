/**
 * SMS text: many Vietnamese brandname gateways take only unaccented text (GSM 03.38), and a
 * message is billed per segment. These functions decide what the gateway receives and what it costs.
 */

// GSM 03.38 basic set (the characters a 7-bit SMS carries in one septet each).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// Extension set: each takes two septets (escape + character).
const GSM_EXTENDED = '^{}\\[~]|€\f';

/**
 * Vietnamese without its marks: "Đối thoại" → "Doi thoai" (đ/Đ have no decomposition, so they
 * are mapped by hand). Any other character outside the GSM set becomes "?" only in the count,
 * never here.
 *
 * @example stripVietnameseDiacritics('Ủy ban nhân dân xã Sơn Tây Hạ') // 'Uy ban nhan dan xa Son Tay Ha'
 */
export function stripVietnameseDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');
}

export type SmsEncoding = 'gsm-7' | 'ucs-2';

/** GSM-7 when every character is in the GSM set, else UCS-2 (70 characters a segment). */
export function smsEncoding(text: string): SmsEncoding {
  for (const char of text)
    if (!GSM_BASIC.includes(char) && !GSM_EXTENDED.includes(char)) return 'ucs-2';
  return 'gsm-7';
}

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

/**
 * Length and segment count: one GSM-7 segment holds 160 septets, a concatenated one 153; UCS-2
 * 70, then 67 (the rest is the concatenation header).
 *
 * @example smsLength('Ma tra cuu: ST-7K2M9Q') // { encoding: 'gsm-7', units: 21, segments: 1 }
 */
export function smsLength(text: string): SmsLength {
  const encoding = smsEncoding(text);
  if (encoding === 'gsm-7') {
    let units = 0;
    for (const char of text) units += GSM_EXTENDED.includes(char) ? 2 : 1;
    return { encoding, units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = text.length;
  return { encoding, units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * The text a gateway receives: unaccented when it needs ASCII (`unaccented`), else as written.
 *
 * @example smsText('Mã tra cứu: ST-7K2M9Q', true) // { text: 'Ma tra cuu: ST-7K2M9Q', ... segments: 1 }
 */
export function smsText(text: string, unaccented: boolean): SmsLength & { text: string } {
  const out = unaccented ? stripVietnameseDiacritics(text) : text;
  return { text: out, ...smsLength(out) };
}
