import { formatVietnameseDate, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { body } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  lowerFirst,
  placeFor,
  signatureOf,
  yearFor,
  type IssuerContext,
} from './common.js';
import { planCitation, siblingSymbol } from './plan-facts.js';
import {
  chairsText,
  formatText,
  participantText,
  timingText,
  venueText,
  type ScheduleLine,
} from './plan-text.js';

/** The public notice of a dialogue: the plan, the notice's own date and number when issued. */
export interface PublicNoticeRecord {
  plan: Plan;
  schedule: readonly ScheduleLine[];
  notice?: { number?: number | null; issuedOn?: string | null } | undefined;
}

/**
 * Thông báo tổ chức đối thoại: form, time, place, participants and content made public at
 * least the profile's working days before the dialogue (seed 004 §IV.2: "ít nhất 07 ngày làm
 * việc"), with the registration cut-off the schedule computed. Public: no personal data.
 */
export function publicNoticeDocument(record: PublicNoticeRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const issuedOn = record.notice?.issuedOn ?? null;
  const cutoff = record.schedule.find((e) => e.ruleId === 'registration-cutoff')?.dueDate;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'TB'),
      number: record.notice?.number,
      place: placeFor(plan.issuer, context),
      issuedOn,
      year: yearFor(plan, issuedOn),
    }),
    ...titleBlock(convention, 'Thông báo', `Về việc ${lowerFirst(plan.title)}`),
    body(`Thực hiện ${planCitation(plan)}, ${plan.issuer.name} thông báo như sau:`, size),
    body([{ text: '1. Thời gian: ', bold: true }, timingText(plan.timing)], size),
    body([{ text: '2. Hình thức: ', bold: true }, formatText(plan)], size),
    body([{ text: '3. Địa điểm: ', bold: true }, venueText(plan.venue)], size),
    body([{ text: '4. Chủ trì: ', bold: true }, chairsText(plan).replace(/^Đồng chí /u, '')], size),
    body([{ text: '5. Thành phần:', bold: true }], size),
    ...plan.participantGroups.map((g) => body(`- ${participantText(g)};`, size)),
    body([{ text: '6. Nội dung đối thoại:', bold: true }], size),
    ...plan.topics.map((t) => body(`- ${t.label.replace(/\.$/u, '')}.`, size)),
    body(
      [
        { text: '7. Đăng ký ý kiến, kiến nghị: ', bold: true },
        'Tổ chức, cá nhân có ý kiến, kiến nghị gửi về ' +
          `${plan.issuer.name} (trực tiếp, qua trưởng thôn hoặc Phiếu đăng ký tham gia đối thoại)` +
          (cutoff
            ? ` trước ngày ${formatVietnameseDate(cutoff)}.`
            : ' trước khi tổ chức đối thoại.'),
      ],
      size,
    ),
    body(`${plan.issuer.name} thông báo để Nhân dân biết, tham gia./.`, size),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Các thôn trên địa bàn xã (niêm yết, thông báo)' },
      { text: 'Trang thông tin điện tử xã' },
      { text: 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({ convention, title: `Thông báo ${plan.title}`, children });
}
