import { formatVietnameseDate, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { body, centred } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  meetingOf,
  placeFor,
  signatureOf,
  type IssuerContext,
} from './common.js';
import { planCitation, siblingSymbol } from './plan-facts.js';

/** A petition beyond the commune's authority and where it went (`petitions.get`). */
export interface ReferralRecord {
  plan: Plan;
  petition: {
    trackingCode: string;
    fullName: string;
    address: string | null;
    content: string;
    receivedOn: string;
    /** The competent body it is sent to ("Ủy ban nhân dân tỉnh Quảng Ngãi"). */
    referredTo: string;
    /** Raised at the dialogue (the conference's outcome "chuyển cấp có thẩm quyền"). */
    raisedAtConference: boolean;
  };
  /** The day the dialogue was held, when it was. */
  heldOn?: string | null | undefined;
  /** The forwarding letter's number and date once signed; blank lines before. */
  letter?: { number?: number | null; issuedOn?: string | null } | undefined;
  /** The commune's Front, which supervises what is forwarded (seed 002 §4.3). */
  front?: string | undefined;
}

/** The record keeps no gender: the office's own form "Ông/Bà <name>" (issue 16). */
const TITLE = 'Ông/Bà';

/**
 * The công văn's ký hiệu: "UBND-VP" (NĐ 30 Phụ lục III: a công văn carries the issuer's and the
 * drafting unit's abbreviations, no kind), "CV/ĐU" (HD 36 Phụ lục 3: CV before the issuer's).
 */
export function letterSymbol(plan: Pick<Plan, 'documentSymbol' | 'issuer'>): string {
  return conventionOf(plan.issuer.kind) === 'party'
    ? siblingSymbol(plan, 'CV')
    : `${plan.documentSymbol.replace(/^[^-]+-/u, '')}-VP`;
}

/** How the petition reached the issuer: at the dialogue, or before it. */
function receivedText(record: ReferralRecord, issuer: string): string {
  const { petition, plan } = record;
  const person = `${TITLE} ${petition.fullName}${petition.address ? `, địa chỉ: ${petition.address}` : ''}`;
  return petition.raisedAtConference && record.heldOn
    ? `Tại ${meetingOf(plan.title)} ngày ${formatVietnameseDate(record.heldOn)}, ${person} có kiến nghị với nội dung:`
    : `Ngày ${formatVietnameseDate(petition.receivedOn)}, ${issuer} nhận được kiến nghị của ${person} với nội dung:`;
}

const quoted = (content: string, size: number) =>
  body([{ text: `"${content.replace(/^"|"$/gu, '')}"`, italics: true }], size);

/**
 * Công văn chuyển kiến nghị (seed 002 §4.3: "Chuyển cơ quan có thẩm quyền giải quyết đối với các
 * kiến nghị thuộc trách nhiệm của cơ quan đó …, đồng thời thông báo cho người nêu kiến nghị biết
 * và gửi Mặt trận Tổ quốc … để giám sát"; seed 004 §II.3): issued by the plan's issuer, "V/v"
 * under the number (NĐ 30 Mẫu 1.2), the citizen and the Front in Nơi nhận.
 */
export function referralLetterDocument(record: ReferralRecord, context: IssuerContext = {}) {
  const { plan, petition } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const issuer = plan.issuer.name;
  const issuedOn = record.letter?.issuedOn ?? null;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer,
      upperIssuer: context.upperIssuer,
      symbol: letterSymbol(plan),
      number: record.letter?.number,
      place: placeFor(plan.issuer, context),
      issuedOn,
      year: Number((issuedOn ?? record.heldOn ?? petition.receivedOn).slice(0, 4)),
      letterSummary: 'V/v chuyển kiến nghị của công dân',
    }),
    centred('', { size }),
    centred(`Kính gửi: ${petition.referredTo}.`, { size }),
    centred('', { size }),
    body(receivedText(record, issuer), size),
    quoted(petition.content, size),
    body(
      `Nội dung kiến nghị trên thuộc thẩm quyền giải quyết của ${petition.referredTo}. Thực hiện ${planCitation(plan)}, ${issuer} chuyển kiến nghị đến ${petition.referredTo} để xem xét, giải quyết theo thẩm quyền, trả lời cho công dân và thông báo kết quả về ${issuer} để theo dõi, tổng hợp.`,
      size,
    ),
    body(
      `${issuer} đã thông báo cho ${TITLE} ${petition.fullName} biết việc chuyển kiến nghị./.`,
      size,
    ),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Như trên' },
      { text: `${TITLE} ${petition.fullName} (để biết)` },
      { text: `${record.front ?? 'Ủy ban MTTQ Việt Nam xã'} (giám sát)` },
      archiveLine(convention, issuer),
    ]),
  ];
  return officialDocument({ convention, title: 'Công văn chuyển kiến nghị', children });
}

/**
 * Thông báo to the citizen that the petition went to the competent body (seed 002 §4.3 "đồng
 * thời thông báo cho người nêu kiến nghị biết"): which body, why, and how to follow it.
 */
export function referralNoticeDocument(record: ReferralRecord, context: IssuerContext = {}) {
  const { plan, petition } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const issuer = plan.issuer.name;
  const issuedOn = record.letter?.issuedOn ?? null;
  const letterNumber = record.letter?.number;
  const letter =
    letterNumber != null
      ? ` tại Công văn số ${String(letterNumber).padStart(2, '0')}${convention === 'party' ? '-' : '/'}${letterSymbol(plan)}${issuedOn ? ` ngày ${formatVietnameseDate(issuedOn)}` : ''}`
      : '';
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'TB'),
      place: placeFor(plan.issuer, context),
      issuedOn,
      year: Number((issuedOn ?? record.heldOn ?? petition.receivedOn).slice(0, 4)),
    }),
    ...titleBlock(
      convention,
      'Thông báo',
      'Về việc chuyển kiến nghị đến cơ quan có thẩm quyền giải quyết',
    ),
    centred(
      `Kính gửi: ${TITLE} ${petition.fullName}${petition.address ? `, ${petition.address}` : ''}.`,
      { size },
    ),
    centred('', { size }),
    body(receivedText(record, issuer), size),
    quoted(petition.content, size),
    body(
      `Nội dung kiến nghị thuộc thẩm quyền giải quyết của ${petition.referredTo}. ${issuer} đã chuyển kiến nghị${letter} đến ${petition.referredTo} để xem xét, giải quyết theo thẩm quyền và trả lời ${TITLE}.`,
      size,
    ),
    body(
      `${TITLE} có thể theo dõi tiến độ giải quyết trên Trang thông tin điện tử của xã bằng mã số tra cứu ${petition.trackingCode}, hoặc liên hệ ${issuer} khi cần thiết.`,
      size,
    ),
    body(`${issuer} thông báo để ${TITLE} được biết./.`, size),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Như trên' },
      { text: `${petition.referredTo} (để phối hợp)` },
      { text: `${record.front ?? 'Ủy ban MTTQ Việt Nam xã'} (giám sát)` },
      archiveLine(convention, issuer),
    ]),
  ];
  return officialDocument({ convention, title: 'Thông báo chuyển kiến nghị', children });
}
