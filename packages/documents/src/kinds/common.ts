import {
  COPY_KIND_LABELS,
  formatRecipientLine,
  isPartyIssuer,
  longVietnameseDate,
  SIGNER_TITLE_LABELS,
  SIGNING_AUTHORITY_LABELS,
  type IssuerKind,
  type Recipient,
  type Signer,
} from '@doithoai/domain';
import type { Convention } from '../layout/measures.js';
import { placeOf, type RecipientLine, type SignatureBlock } from '../layout/official.js';

/** Where the issuer sits, which the plan record does not say: given by the caller when known. */
export interface IssuerContext {
  /** Party: "Đảng bộ tỉnh Thái Nguyên" (HD 36 Mục II.1.2); state: cơ quan chủ quản, if any. */
  upperIssuer?: string | undefined;
  /** Địa danh of the date line; read from the issuer's name when absent. */
  place?: string | undefined;
}

/** The issuer of a plan (or a document issued under it). */
export interface IssuerFacts {
  kind: IssuerKind;
  name: string;
}

export const conventionOf = (kind: IssuerKind): Convention =>
  isPartyIssuer(kind) ? 'party' : 'state';

export const placeFor = (issuer: IssuerFacts, context: IssuerContext = {}) =>
  context.place ?? placeOf(issuer.name);

/** "Tổ chức Hội nghị…" → "tổ chức Hội nghị…", to follow "Kế hoạch" in a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The signature lines for a signer, or the issuer's usual ones with the name left blank. */
export function signatureOf(
  issuer: IssuerFacts,
  signer: Signer | null | undefined,
): SignatureBlock {
  if (signer)
    return {
      authority: SIGNING_AUTHORITY_LABELS[signer.authority],
      title: SIGNER_TITLE_LABELS[signer.title],
      name: signer.name,
    };
  // HD 36 Mục II.1.7: "T/M BAN THƯỜNG VỤ / BÍ THƯ"; NĐ 30 Điều 13 and Phụ lục I, Mục II.7:
  // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
  return isPartyIssuer(issuer.kind)
    ? { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' }
    : { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
}

/** The plan's Nơi nhận lines, grouped by electronic/paper copy when the plan says (seed 000). */
export function recipientLines(recipients: readonly Recipient[]): RecipientLine[] {
  const grouped = recipients.some((r) => r.copyKind !== undefined);
  const ordered = grouped
    ? [...recipients].sort(
        (a, b) => (a.copyKind === 'paper' ? 1 : 0) - (b.copyKind === 'paper' ? 1 : 0),
      )
    : recipients;
  return ordered.map((recipient) => ({
    text: formatRecipientLine(recipient),
    group:
      grouped && recipient.copyKind
        ? `Gửi ${lowerFirst(COPY_KIND_LABELS[recipient.copyKind])}`
        : undefined,
  }));
}

/** The archive line every document ends its Nơi nhận with (NĐ 30 Phụ lục I, Mục II.9: "Lưu: VT"). */
export const archiveLine = (convention: Convention): RecipientLine => ({
  text: convention === 'party' ? 'Lưu Văn phòng' : 'Lưu: VT',
});

/** "ngày 10 tháng 12 năm 2025" from an ISO date (the domain's wording of dates in texts). */
export const longDate = (iso: string): string => longVietnameseDate(iso);
