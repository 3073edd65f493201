import {
  formatVietnameseDate,
  PUBLICATION_CHANNEL_LABELS,
  type Plan,
  type PublicationChannel,
  type Signer,
} from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, heading } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  longDate,
  lowerFirst,
  meetingOf,
  placeFor,
  signatureOf,
  type IssuerContext,
} from './common.js';
import { planCitation } from './plan-facts.js';

/** The notice as `followUp.conclusion` returns it (the fields the document prints). */
export interface ConclusionRecord {
  plan: Plan;
  heldOn?: string | null | undefined;
  notice: {
    documentNumber?: number | null | undefined;
    documentSymbol: string;
    issuedOn?: string | null | undefined;
    position: string;
    signer: Signer | null;
    publishedVia: readonly PublicationChannel[];
    items: readonly {
      content: string;
      dueOn?: string | null | undefined;
      responsibleOrganisation: { name: string };
    }[];
  };
}

/**
 * Thông báo kết luận of the chair of the dialogue (seed 004 §II.4: issued within 07 working days,
 * "quan điểm giải quyết của chính quyền; phân công trách nhiệm"; published on the commune's
 * website and notice board). Public: no citizen's name is printed, only the assignments.
 */
export function conclusionDocument(record: ConclusionRecord, context: IssuerContext = {}) {
  const { plan, notice } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const chair = plan.chairs.find((c) => c.role === 'chair');
  const held = record.heldOn ? longDate(record.heldOn) : '';
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: notice.documentSymbol,
      number: notice.documentNumber,
      place: placeFor(plan.issuer, context),
      issuedOn: notice.issuedOn,
      year: plan.year,
    }),
    ...titleBlock(
      convention,
      'Thông báo',
      `Kết luận của ${chair ? `đồng chí ${chair.position}` : 'người chủ trì'} tại ${meetingOf(plan.title)}`,
    ),
    body(
      `Thực hiện ${planCitation(plan)}, ${held ? `${held}, ` : ''}${chair ? `đồng chí ${chair.name ? `${chair.name}, ` : ''}${chair.position}` : 'người chủ trì'} đã chủ trì hội nghị đối thoại với Nhân dân. Sau khi nghe ý kiến, kiến nghị của Nhân dân và ý kiến của các cơ quan, đơn vị, đồng chí chủ trì kết luận như sau:`,
      size,
    ),
    heading('1. Quan điểm giải quyết', size),
    ...notice.position
      .split(/\n+/u)
      .filter((p) => p.trim() !== '')
      .map((p) => body(p.trim(), size)),
    heading('2. Phân công thực hiện', size),
    dataTable({
      headers: ['TT', 'Nội dung', 'Cơ quan thực hiện', 'Thời hạn'],
      rows: notice.items.map((item, i) => [
        i + 1,
        item.content,
        item.responsibleOrganisation.name,
        item.dueOn ? formatVietnameseDate(item.dueOn) : '',
      ]),
      shares: [1, 9, 4, 3],
      size: size - 1,
    }),
    body('', size),
    body(
      `Thông báo kết luận được công khai: ${notice.publishedVia.length > 0 ? notice.publishedVia.map((c) => lowerFirst(PUBLICATION_CHANNEL_LABELS[c])).join('; ') : 'trên Trang thông tin điện tử của xã và niêm yết tại trụ sở'}. Các cơ quan, đơn vị được phân công trả lời bằng văn bản cho tổ chức, cá nhân và báo cáo kết quả thực hiện về ${plan.issuer.name}./.`,
      size,
    ),
    ...closingBlock(convention, signatureOf(plan.issuer, notice.signer), [
      ...notice.items
        .map((i) => i.responsibleOrganisation.name)
        .filter((name, i, all) => name !== '' && all.indexOf(name) === i)
        .map((name) => ({ text: `${name} (t/h)` })),
      { text: 'Ủy ban MTTQ xã (giám sát)' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({ convention, title: 'Thông báo kết luận', children });
}
