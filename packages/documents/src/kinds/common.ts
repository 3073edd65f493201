import {
  COPY_KIND_LABELS,
  formatRecipientLine,
  isPartyIssuer,
  longVietnameseDate,
  SIGNER_TITLE_LABELS,
  SIGNING_AUTHORITY_LABELS,
  type IssuerKind,
  type Plan,
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
  /**
   * The province (or centrally-run city) of the issuer's unit: the results report goes to its
   * Party committee or People's Committee (issue 16: no "cấp trên" placeholder).
   */
  province?: { name: string; kind: 'province' | 'municipality' } | undefined;
}

/**
 * The level a commune's (or a former district's) dialogue is reported to, by name: "Ban Thường
 * vụ Tỉnh ủy Thái Nguyên", "Ban Thường vụ Thành ủy Hải Phòng" (HD 36: cấp ủy cấp trên trực tiếp
 * since communes report to the province, Luật Tổ chức chính quyền địa phương 2025); "Ủy ban nhân
 * dân tỉnh Quảng Ngãi" for a state plan. Undefined when the province is not known.
 */
export function superiorOf(issuer: IssuerFacts, context: IssuerContext): string | undefined {
  const province = context.province;
  if (!province) return undefined;
  const name = province.name.replace(/^(Tỉnh|Thành phố)\s+/iu, '');
  const city = province.kind === 'municipality';
  return isPartyIssuer(issuer.kind)
    ? `Ban Thường vụ ${city ? 'Thành ủy' : 'Tỉnh ủy'} ${name}`
    : `Ủy ban nhân dân ${city ? 'thành phố' : 'tỉnh'} ${name}`;
}

/**
 * "Tổ chức Hội nghị đối thoại giữa…" → "hội nghị đối thoại giữa…": the meeting a plan's title
 * names, to follow "Biên bản", "Giấy mời… dự" without "hội nghị tổ chức Hội nghị" (issue 16).
 */
export function meetingOf(title: string): string {
  // Seed 003's title opens with "Thực hiện công tác đối thoại…": the meeting is the dialogue.
  const rest = title.replace(/^(tổ chức\s+|thực hiện công tác\s+)?(hội nghị\s+)?/iu, '');
  return `hội nghị ${lowerFirst(rest)}`;
}

/** "Đảng ủy xã Chợ Mới" → "Văn phòng Đảng ủy"; "Huyện ủy Than Uyên" → "Văn phòng Huyện ủy". */
export function partyOfficeOf(issuerName: string): string {
  const body = issuerName.match(/^(Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy)/u)?.[1];
  return `Văn phòng ${body ?? 'cấp ủy'}`;
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
export function recipientLines(
  recipients: readonly Recipient[],
  convention: Convention = 'state',
): RecipientLine[] {
  const grouped = recipients.some((r) => r.copyKind !== undefined);
  const ordered = grouped
    ? [...recipients].sort(
        (a, b) => (a.copyKind === 'paper' ? 1 : 0) - (b.copyKind === 'paper' ? 1 : 0),
      )
    : recipients;
  return ordered.map((recipient) => ({
    // NĐ 30 Mục II.9: "Lưu: VT, <đơn vị soạn thảo>" — seed 004 prints "Lưu VT" (issue 16).
    text:
      convention === 'state' &&
      recipient.purpose === 'archive' &&
      /^Lưu:?\s*VT$/u.test(recipient.name)
        ? 'Lưu: VT, VP'
        : formatRecipientLine(recipient),
    group:
      grouped && recipient.copyKind
        ? `Gửi ${lowerFirst(COPY_KIND_LABELS[recipient.copyKind])}`
        : undefined,
  }));
}

/**
 * The archive line every document ends its Nơi nhận with: NĐ 30 Phụ lục I, Mục II.9 "Lưu: VT,
 * <đơn vị soạn thảo>" (the office drafts the dialogue's papers: "VP"); HD 36 Mục II.1.9 and
 * seeds 000, 003: "Lưu Văn phòng Đảng ủy".
 */
export const archiveLine = (
  convention: Convention,
  issuerName = '',
  draftedBy = 'VP',
): RecipientLine => ({
  text: convention === 'party' ? `Lưu ${partyOfficeOf(issuerName)}` : `Lưu: VT, ${draftedBy}`,
});

/** "ngày 10 tháng 12 năm 2025" from an ISO date (the domain's wording of dates in texts). */
export const longDate = (iso: string): string => longVietnameseDate(iso);

/**
 * The year a blank date line prints: the document's own date, else the meeting's, else the
 * plan's (issue 16: "năm 2025" on the invitation to a 2026 meeting).
 */
export function yearFor(plan: Pick<Plan, 'year' | 'timing'>, issuedOn?: string | null): number {
  if (issuedOn) return Number(issuedOn.slice(0, 4));
  if (plan.timing?.kind === 'date') return Number(plan.timing.date.slice(0, 4));
  return plan.year;
}
