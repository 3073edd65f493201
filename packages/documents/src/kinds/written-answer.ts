import { formatVietnameseDate, isPartyIssuer, type Plan, type Signer } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument } from '../layout/official.js';
import { body, centred } from '../layout/text.js';
import { archiveLine, conventionOf, placeFor, signatureOf, type IssuerContext } from './common.js';

/** The body that answers: the department, the police, the office the petition was assigned to. */
export interface AnsweringBody {
  /** "Phòng Kinh tế xã Sơn Tây Hạ", "Công an xã Chợ Mới". */
  name: string;
  /** 'department' (under the People's Committee) or the plan's issuer itself. */
  kind?: 'department' | 'issuer' | undefined;
  /** The domain's OrganisationKind ("police", "department"…): gives the head's title. */
  organisationKind?: string | undefined;
  /** The body's own number series, "PKT" → "Số: 12/PKT"; its initials when absent. */
  symbol?: string | undefined;
  /** Its head, who signs the answer in the body's own name; the title from the kind if absent. */
  signer?: { name?: string | undefined; title?: string | undefined } | null | undefined;
  /** The level above it in the header (chủ quản): "Ủy ban nhân dân xã Sơn Tây Hạ". */
  upperIssuer?: string | undefined;
}

/** A petition and its approved answer, as `petitions.get` returns them. */
export interface WrittenAnswerRecord {
  plan: Plan;
  petition: {
    trackingCode: string;
    fullName: string;
    address: string | null;
    content: string;
    receivedOn: string;
  };
  answer: {
    content: string;
    legalBasis: string | null;
    documentRef: string | null;
    sentOn: string | null;
  };
  /** Who answers; the plan's issuer when absent (an answer of the issuer itself). */
  answeringBody?: AnsweringBody | null | undefined;
  /** The Front of the commune, which supervises the answers (seed 004 §IV.5): in Nơi nhận. */
  front?: string | undefined;
  signer?: Signer | null | undefined;
}

/** "Phòng Kinh tế xã Sơn Tây Hạ" → "PKT": the initials of a body before its place. */
export function initialsOf(name: string): string {
  const body = name
    .replace(/\s*\(.*?\)/gu, '')
    .replace(/\s+(xã|phường|huyện|tỉnh|thành phố|đặc khu)\s.*$/u, '');
  return body
    .split(/\s+/u)
    .filter((w) => w !== 'và')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/**
 * "12/UBND-VP" → { number: 12, symbol: 'UBND-VP' } when the reference is in the body's own
 * series ("UBND", "UBND-…"); another body's reference never lands in the number line (issue 16).
 */
function ownNumber(ref: string | null, symbol: string): { number: number | null; symbol: string } {
  const [, digits, own] = ref?.match(/^(\d+)[/-](.+)$/u) ?? [];
  return own !== undefined && (own === symbol || own.startsWith(`${symbol}-`))
    ? { number: Number(digits), symbol: own }
    : { number: null, symbol };
}

/** The head of a body by its kind (NĐ 30 Mục II.7: the head signs in the body's own name). */
const HEAD_TITLES: Record<string, string> = {
  department: 'Trưởng phòng',
  police: 'Trưởng Công an',
  military: 'Chỉ huy trưởng',
  'public-service-centre': 'Giám đốc',
  'government-office': 'Chánh Văn phòng',
  'party-office': 'Chánh Văn phòng',
  'party-advisory-body': 'Trưởng ban',
  'fatherland-front': 'Chủ tịch',
};

/** The record keeps no gender: the office's own form "Ông/Bà <name>" (issue 16). */
const TITLE = 'Ông/Bà';

/**
 * Who issues a letter to the citizen about a petition: the body that answers it — its header
 * under the commune's People's Committee, its own number series, its head's signature (issue
 * 16) — or the plan's issuer when no other body does.
 */
export function answeringIssuer(
  plan: Plan,
  own: AnsweringBody | null | undefined,
  context: IssuerContext,
  signer?: Signer | null,
) {
  const byIssuer = !own || own.kind === 'issuer';
  if (byIssuer) {
    const convention = conventionOf(plan.issuer.kind);
    return {
      byIssuer,
      convention,
      issuer: plan.issuer.name,
      symbol: convention === 'party' ? 'CV/ĐU' : 'UBND',
      upperIssuer: context.upperIssuer,
      signature: signatureOf(plan.issuer, signer ?? plan.signer),
    };
  }
  // A department, the police, the service centre are state bodies even under a Party plan.
  return {
    byIssuer,
    convention: 'state' as const,
    issuer: own.name,
    symbol: own.symbol ?? initialsOf(own.name),
    upperIssuer:
      own.upperIssuer ?? (isPartyIssuer(plan.issuer.kind) ? undefined : plan.issuer.name),
    signature: {
      title: own.signer?.title ?? HEAD_TITLES[own.organisationKind ?? 'department'] ?? 'Thủ trưởng',
      name: own.signer?.name,
    },
  };
}

/**
 * Văn bản trả lời (a công văn) to the citizen who raised a petition (seed 004 §II.4: "trả lời
 * bằng văn bản kết quả giải quyết kiến nghị … chậm nhất là 30 ngày"), issued by the body that
 * answers — its header, its number series, its head's signature (issue 16) — with the trích yếu
 * "V/v" under the number (NĐ 30 Phụ lục I, Mục II.5b; Mẫu 1.2). Personal data: audited export.
 */
export function writtenAnswerDocument(record: WrittenAnswerRecord, context: IssuerContext = {}) {
  const { plan, petition, answer } = record;
  const { byIssuer, convention, issuer, symbol, upperIssuer, signature } = answeringIssuer(
    plan,
    record.answeringBody,
    context,
    record.signer,
  );
  const size = SIZES[convention].body;
  const title = TITLE;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer,
      upperIssuer,
      ...ownNumber(answer.documentRef, symbol),
      place: placeFor(plan.issuer, context),
      issuedOn: answer.sentOn,
      year: Number((answer.sentOn ?? `${plan.year}`).slice(0, 4)),
      letterSummary: 'V/v trả lời kiến nghị của công dân',
    }),
    centred('', { size }),
    centred(
      `Kính gửi: ${title} ${petition.fullName}${petition.address ? `, ${petition.address}` : ''}.`,
      { size },
    ),
    centred('', { size }),
    body(
      `${issuer} nhận được kiến nghị của ${title} ngày ${formatVietnameseDate(petition.receivedOn)} với nội dung:`,
      size,
    ),
    body([{ text: `"${petition.content}"`, italics: true }], size),
    body(`Sau khi xem xét, ${issuer} trả lời như sau:`, size),
    ...answer.content
      .split(/\n+/u)
      .filter((p) => p.trim() !== '')
      .map((p) => body(p.trim(), size)),
  ];
  if (answer.legalBasis) children.push(body(`Căn cứ pháp lý: ${answer.legalBasis}.`, size));
  const chair = plan.chairs.find((c) => c.role === 'chair');
  children.push(
    body(`${issuer} trả lời để ${title} được biết./.`, size),
    ...closingBlock(convention, signature, [
      { text: 'Như trên' },
      ...(byIssuer || !chair ? [] : [{ text: `${chair.position} (b/c)` }]),
      { text: `${record.front ?? 'Ủy ban MTTQ Việt Nam xã'} (giám sát)` },
      archiveLine(convention, plan.issuer.name, byIssuer ? 'VP' : symbol),
    ]),
  );
  return officialDocument({ convention, title: 'Văn bản trả lời kiến nghị', children });
}
