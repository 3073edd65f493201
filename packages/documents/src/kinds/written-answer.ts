import { formatVietnameseDate, type Plan, type Signer } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument } from '../layout/official.js';
import { body, centred } from '../layout/text.js';
import { archiveLine, conventionOf, placeFor, signatureOf, type IssuerContext } from './common.js';

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
  signer?: Signer | null | undefined;
}

/** "12/UBND-VP" → { number: 12, symbol: 'UBND-VP' }; a ref without a number leaves it blank. */
function splitRef(ref: string | null, fallback: string): { number: number | null; symbol: string } {
  const match = ref?.match(/^(\d+)[/-](.+)$/u);
  return match
    ? { number: Number(match[1]), symbol: match[2]! }
    : { number: null, symbol: fallback };
}

/**
 * Văn bản trả lời (a công văn) to the citizen who raised a petition (seed 004 §II.4: "trả lời
 * bằng văn bản kết quả giải quyết kiến nghị … chậm nhất là 30 ngày"). The trích yếu "V/v" sits
 * under the number (NĐ 30 Phụ lục I, Mục II.5b: cỡ 12–13, đứng). Personal data: audited export.
 */
export function writtenAnswerDocument(record: WrittenAnswerRecord, context: IssuerContext = {}) {
  const { plan, petition, answer } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const { number, symbol } = splitRef(
    answer.documentRef,
    convention === 'party' ? 'CV/ĐU' : 'UBND',
  );
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol,
      number,
      place: placeFor(plan.issuer, context),
      issuedOn: answer.sentOn,
      year: plan.year,
    }),
    // The công văn's trích yếu: NĐ 30 Mục II.5b upright; HD 36 Phụ lục 3 row 5 italic.
    centred(`V/v trả lời kiến nghị của công dân (mã ${petition.trackingCode})`, {
      size: SIZES[convention].letterSummary,
      italics: convention === 'party',
    }),
    centred('', { size }),
    centred(
      `Kính gửi: Ông (Bà) ${petition.fullName}${petition.address ? `, ${petition.address}` : ''}.`,
      { size },
    ),
    centred('', { size }),
    body(
      `${plan.issuer.name} nhận được kiến nghị của Ông (Bà) ngày ${formatVietnameseDate(petition.receivedOn)} với nội dung:`,
      size,
    ),
    body([{ text: `"${petition.content}"`, italics: true }], size),
    body(`Sau khi xem xét, ${plan.issuer.name} trả lời như sau:`, size),
    ...answer.content
      .split(/\n+/u)
      .filter((p) => p.trim() !== '')
      .map((p) => body(p.trim(), size)),
  ];
  if (answer.legalBasis) children.push(body(`Căn cứ pháp lý: ${answer.legalBasis}.`, size));
  children.push(
    body(`${plan.issuer.name} trả lời để Ông (Bà) được biết./.`, size),
    ...closingBlock(convention, signatureOf(plan.issuer, record.signer ?? plan.signer), [
      { text: 'Như trên' },
      archiveLine(convention),
    ]),
  );
  return officialDocument({ convention, title: 'Văn bản trả lời kiến nghị', children });
}
