import { z } from 'zod';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';

/**
 * Who issues a plan. Party bodies and state bodies follow different document rules (Hướng dẫn
 * 36-HD/VPTW vs Nghị định 30/2020/NĐ-CP), so the kind says which. District kinds exist for
 * records from before 01/07/2025 (seed 002: Huyện ủy Than Uyên).
 */
export const ISSUER_KINDS = [
  'party-committee', // Đảng ủy xã (Ban Thường vụ) — seeds 000, 003
  'peoples-committee', // Ủy ban nhân dân xã — seeds 001, 004
  'district-party-committee', // Huyện ủy — seed 002
  'district-peoples-committee', // Ủy ban nhân dân huyện
  'provincial-party-committee', // Tỉnh ủy, Thành ủy
  'provincial-peoples-committee', // Ủy ban nhân dân tỉnh, thành phố
] as const;
export const IssuerKindSchema = z.enum(ISSUER_KINDS, { error: 'Cơ quan ban hành không hợp lệ.' });
export type IssuerKind = z.infer<typeof IssuerKindSchema>;
export const ISSUER_KIND_LABELS = {
  'party-committee': 'Đảng ủy xã',
  'peoples-committee': 'Ủy ban nhân dân xã',
  'district-party-committee': 'Huyện ủy',
  'district-peoples-committee': 'Ủy ban nhân dân huyện',
  'provincial-party-committee': 'Tỉnh ủy, Thành ủy',
  'provincial-peoples-committee': 'Ủy ban nhân dân tỉnh, thành phố',
} as const satisfies Record<IssuerKind, string>;

export const IssuerSchema = z.object({
  kind: IssuerKindSchema,
  /** As in the document header: "ĐẢNG ỦY XÃ CHỢ MỚI" is stored "Đảng ủy xã Chợ Mới". */
  name: requiredText('Tên cơ quan ban hành', 300),
  adminUnitCode: AdminUnitCodeSchema,
  organisationId: IdSchema.optional(),
});
export type Issuer = z.infer<typeof IssuerSchema>;

/**
 * True for Party issuers, whose documents follow Hướng dẫn 36-HD/VPTW.
 *
 * @example isPartyIssuer('district-party-committee') // true
 */
export function isPartyIssuer(kind: IssuerKind): boolean {
  return kind.includes('party');
}

/** Ký hiệu: document type + issuer, joined by "/" (Party: KH/ĐU) or "-" (state: KH-UBND). */
export const DocumentSymbolSchema = z
  .string({ error: 'Ký hiệu văn bản phải là chuỗi ký tự.' })
  .trim()
  .normalize('NFC')
  .regex(
    /^[\p{L}\d]+(?:[/-][\p{L}\d]+)+$/u,
    'Ký hiệu văn bản không hợp lệ (ví dụ KH/ĐU hoặc KH-UBND).',
  );

/** Số văn bản: a positive whole number, given when the document is signed. */
export const DocumentNumberSchema = z
  .number({ error: 'Số văn bản phải là số.' })
  .int('Số văn bản phải là số nguyên.')
  .positive('Số văn bản phải lớn hơn 0.');

/**
 * True when the symbol is written the way the issuer's convention requires.
 *
 * @example isSymbolConventional('KH-UBND', 'party-committee') // false
 */
export function isSymbolConventional(symbol: string, issuerKind: IssuerKind): boolean {
  return isPartyIssuer(issuerKind)
    ? symbol.includes('/') && !symbol.includes('-')
    : symbol.includes('-') && !symbol.includes('/');
}

/**
 * "Số và ký hiệu" as printed. Party documents join number and symbol with a hyphen (Hướng
 * dẫn 36-HD/VPTW: "Số 13-KH/ĐU"); state documents with a slash (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: "Số: 194/KH-UBND"). Before signing the number is left blank, as on seed 004's
 * draft ("Số:       /KH-UBND").
 *
 * @example formatDocumentNumber({ number: 13, symbol: 'KH/ĐU', issuerKind: 'party-committee' }) // '13-KH/ĐU'
 * @example formatDocumentNumber({ number: 194, symbol: 'KH-UBND', issuerKind: 'peoples-committee' }) // '194/KH-UBND'
 */
export function formatDocumentNumber(input: {
  number?: number | undefined;
  symbol: string;
  issuerKind: IssuerKind;
}): string {
  const separator = isPartyIssuer(input.issuerKind) ? '-' : '/';
  return `${input.number ?? ''}${separator}${input.symbol}`;
}
