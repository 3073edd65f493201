import { DEFAULT_AGENDA, isPartyIssuer, type AgendaItem, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  meetingOf,
  partyOfficeOf,
  placeFor,
  signatureOf,
  yearFor,
  type IssuerContext,
} from './common.js';
import { siblingSymbol } from './plan-facts.js';
import { timingText, venueText } from './plan-text.js';

/** The meeting's programme: the plan, and the agenda the conference will run (default: seed 002 §4.2). */
export interface ProgrammeRecord {
  plan: Plan;
  agenda?: readonly Pick<AgendaItem, 'order' | 'title' | 'responsible'>[] | undefined;
}

/** DEFAULT_AGENDA names "Văn phòng Đảng ủy hoặc Văn phòng HĐND và UBND": the issuer's own office. */
function responsibleOf(plan: Plan, responsible: string): string {
  const office = isPartyIssuer(plan.issuer.kind)
    ? `Lãnh đạo ${partyOfficeOf(plan.issuer.name)}`
    : 'Lãnh đạo Văn phòng HĐND và UBND';
  const chairs = plan.chairs.map((c) => c.position).join(', ');
  return responsible
    .replace(/^Lãnh đạo Văn phòng Đảng ủy hoặc Văn phòng HĐND và UBND$/u, office)
    .replace(/^Người chủ trì$/u, chairs ? `${chairs} (chủ trì)` : 'Người chủ trì');
}

/**
 * Chương trình hội nghị (seed 002 §4.1: "Xây dựng kế hoạch, chương trình, nội quy của cuộc tiếp
 * xúc, đối thoại"; the order of §4.2): time, place, chairs, then each item with who leads it.
 */
export function programmeDocument(record: ProgrammeRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const agenda = record.agenda && record.agenda.length > 0 ? record.agenda : DEFAULT_AGENDA;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'CTr'),
      place: placeFor(plan.issuer, context),
      year: yearFor(plan),
    }),
    ...titleBlock(convention, 'Chương trình', meetingOf(plan.title).replace(/^h/u, 'H')),
    body([{ text: '- Thời gian: ', bold: true }, timingText(plan.timing)], size),
    body([{ text: '- Địa điểm: ', bold: true }, venueText(plan.venue)], size),
    body(
      [{ text: '- Chủ trì: ', bold: true }, plan.chairs.map((c) => c.position).join(', ') + '.'],
      size,
    ),
    dataTable({
      headers: ['TT', 'Nội dung', 'Người thực hiện'],
      // The chairs are named where they first lead an item; afterwards "Người chủ trì".
      rows: agenda.map((item, i) => [
        i + 1,
        item.title,
        agenda.findIndex((a) => a.responsible === item.responsible) === i
          ? responsibleOf(plan, item.responsible)
          : item.responsible,
      ]),
      shares: [1, 10, 5],
      size: size - 1,
    }),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Các đại biểu dự hội nghị' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({ convention, title: `Chương trình ${meetingOf(plan.title)}`, children });
}

/**
 * Nội quy hội nghị (seed 002 §4.1 "nội quy của cuộc tiếp xúc, đối thoại"; §4.2 "Công dân phát
 * biểu ý kiến theo thứ tự, nội dung đã đăng ký và theo sự điều hành của người chủ trì"; seed 004
 * §I.2: no using the dialogue to incite or disturb order), read out by the chair at the opening.
 */
export function meetingRulesDocument(record: ProgrammeRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const rules = [
    'Đại biểu, công dân dự hội nghị có mặt đúng giờ, ký tên vào danh sách đại biểu; trang phục lịch sự, giữ trật tự, không hút thuốc, không sử dụng đồ uống có cồn trong hội trường.',
    'Điện thoại di động để ở chế độ im lặng; không tự ý ghi âm, ghi hình khi chưa được người chủ trì đồng ý.',
    'Công dân phát biểu ý kiến theo thứ tự, nội dung đã đăng ký và theo sự điều hành của người chủ trì; khi phát biểu nêu rõ họ tên, địa chỉ; mỗi lượt phát biểu không quá 05 phút, tập trung vào nội dung đối thoại, không nhắc lại ý kiến người phát biểu trước đã nêu.',
    'Ý kiến phát biểu phải ngắn gọn, rõ ràng, có văn hóa, tôn trọng người khác; không xúc phạm danh dự, uy tín của tổ chức, cá nhân.',
    'Không lợi dụng hội nghị để kích động, lôi kéo, gây mất an ninh trật tự, đưa ra những thông tin không có căn cứ hoặc chia rẽ đoàn kết.',
    'Nội dung chưa được trả lời tại hội nghị được ghi nhận và trả lời bằng văn bản theo quy định; nội dung không thuộc thẩm quyền được hướng dẫn hoặc chuyển đến cơ quan có thẩm quyền giải quyết.',
    'Người vi phạm nội quy, tùy mức độ, bị người chủ trì nhắc nhở hoặc đề nghị rời khỏi hội nghị.',
  ];
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      // NĐ 30 Phụ lục III has no abbreviation for a nội quy: it comes with the programme.
      symbol: siblingSymbol(plan, 'CTr'),
      place: placeFor(plan.issuer, context),
      year: yearFor(plan),
    }),
    ...titleBlock(
      convention,
      'Nội quy',
      `${meetingOf(plan.title).replace(/^h/u, 'H')}\n(Ban hành kèm theo Chương trình hội nghị)`,
    ),
    body(
      'Để hội nghị diễn ra dân chủ, công khai, an toàn, đúng chương trình, đại biểu và công dân dự hội nghị thực hiện các quy định sau:',
      size,
    ),
    ...rules.map((rule, i) => body(`${i + 1}. ${rule}`, size)),
    body('Đề nghị đại biểu và công dân nghiêm túc thực hiện nội quy này./.', size),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Niêm yết tại hội trường' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({ convention, title: `Nội quy ${meetingOf(plan.title)}`, children });
}
