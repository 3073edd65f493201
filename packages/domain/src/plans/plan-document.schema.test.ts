import { describe, expect, it } from 'vitest';
import { formatLegalBasis } from './legal-basis.schema.js';
import { formatDocumentNumber, isSymbolConventional } from './plan-document.schema.js';
import { formatRecipientLine } from './plan-recipients.schema.js';
import { SignerSchema } from './signer.schema.js';

describe('formatDocumentNumber', () => {
  it('joins number and symbol with a hyphen for Party documents (Hướng dẫn 36-HD/VPTW)', () => {
    expect(
      formatDocumentNumber({ number: 13, symbol: 'KH/ĐU', issuerKind: 'party-committee' }),
    ).toBe('13-KH/ĐU');
    expect(
      formatDocumentNumber({ number: 42, symbol: 'KH/HU', issuerKind: 'district-party-committee' }),
    ).toBe('42-KH/HU');
  });

  it('joins number and symbol with a slash for state documents (Nghị định 30/2020/NĐ-CP)', () => {
    expect(
      formatDocumentNumber({ number: 194, symbol: 'KH-UBND', issuerKind: 'peoples-committee' }),
    ).toBe('194/KH-UBND');
  });

  it('leaves the number blank before signing, as on seed 004', () => {
    expect(formatDocumentNumber({ symbol: 'KH-UBND', issuerKind: 'peoples-committee' })).toBe(
      '/KH-UBND',
    );
  });
});

describe('isSymbolConventional', () => {
  it('expects "/" from Party issuers and "-" from state issuers', () => {
    expect(isSymbolConventional('KH/ĐU', 'party-committee')).toBe(true);
    expect(isSymbolConventional('KH-UBND', 'party-committee')).toBe(false);
    expect(isSymbolConventional('KH-UBND', 'peoples-committee')).toBe(true);
    expect(isSymbolConventional('KH/ĐU', 'peoples-committee')).toBe(false);
  });
});

describe('formatLegalBasis', () => {
  it('writes a numbered document as a Căn cứ line', () => {
    expect(
      formatLegalBasis({
        relation: 'legal-basis',
        documentType: 'decision',
        reference: '29/2022/QĐ-UBND',
        issuedOn: '2022-08-04',
        issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
        title: 'về việc ban hành Quy chế',
      }),
    ).toBe(
      'Căn cứ Quyết định số 29/2022/QĐ-UBND ngày 04/08/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi về việc ban hành Quy chế',
    );
  });

  it('names a law cited without a number before its date', () => {
    expect(
      formatLegalBasis({
        relation: 'legal-basis',
        documentType: 'law',
        issuedOn: '2025-06-16',
        title: 'Tổ chức chính quyền địa phương',
      }),
    ).toBe('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/06/2025');
  });

  it('says "Thực hiện" for a document the plan carries out', () => {
    expect(
      formatLegalBasis({
        relation: 'implements',
        documentType: 'rules',
        reference: '06-QC/TU',
        title: 'về tiếp xúc',
      }),
    ).toBe('Thực hiện Quy chế số 06-QC/TU về tiếp xúc');
  });
});

describe('formatRecipientLine', () => {
  it('adds b/c, t/h, c/đ and nothing for the archive copy', () => {
    expect(formatRecipientLine({ name: 'Thường trực Tỉnh ủy', purpose: 'to-report' })).toBe(
      'Thường trực Tỉnh ủy (b/c)',
    );
    expect(formatRecipientLine({ name: 'Ủy ban MTTQ xã', purpose: 'to-carry-out' })).toBe(
      'Ủy ban MTTQ xã (t/h)',
    );
    expect(formatRecipientLine({ name: 'Thường trực Đảng ủy', purpose: 'to-direct' })).toBe(
      'Thường trực Đảng ủy (c/đ)',
    );
    expect(formatRecipientLine({ name: 'Lưu: VT', purpose: 'archive' })).toBe('Lưu: VT');
  });
});

describe('SignerSchema', () => {
  it('accepts a deputy secretary signing for the standing committee', () => {
    expect(
      SignerSchema.safeParse({
        name: 'Bùi Thị Lý',
        title: 'deputy-secretary',
        authority: 'on-behalf-of-standing-committee',
      }).success,
    ).toBe(true);
  });

  it('rejects a chair signing "T/M BAN THƯỜNG VỤ"', () => {
    const result = SignerSchema.safeParse({
      name: 'Nguyễn Thị Tình',
      title: 'chair',
      authority: 'on-behalf-of-standing-committee',
    });
    expect(result.error?.issues[0]?.path).toEqual(['title']);
  });
});
