import type { Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { body } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  meetingOf,
  yearFor,
  placeFor,
  signatureOf,
  type IssuerContext,
} from './common.js';
import { timingText, venueText } from './plan-text.js';

export interface InvitationRecord {
  plan: Plan;
  /** Who is invited; a dotted line to fill in by hand when absent (one form for many guests). */
  invitee?: string | undefined;
  invitation?: { number?: number | null; issuedOn?: string | null } | undefined;
}

/** Giấy mời to the dialogue (seed 000 §IV.1: "tham mưu văn bản mời đại biểu"). */
export function invitationDocument(record: InvitationRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: plan.documentSymbol.replace(/^[^/-]+/u, 'GM'),
      number: record.invitation?.number,
      place: placeFor(plan.issuer, context),
      issuedOn: record.invitation?.issuedOn ?? null,
      year: yearFor(plan, record.invitation?.issuedOn),
    }),
    ...titleBlock(convention, 'Giấy mời', `Dự ${meetingOf(plan.title)}`),
    body(
      [
        `${plan.issuer.name} trân trọng kính mời: `,
        { text: record.invitee ?? '…………………………………………………………', bold: true },
      ],
      size,
    ),
    body(`Tới dự ${meetingOf(plan.title)}.`, size),
    body(
      [
        { text: '- Chủ trì: ', bold: true },
        plan.chairs.map((c) => `đồng chí ${c.position}${c.name ? ` ${c.name}` : ''}`).join('; '),
      ],
      size,
    ),
    body(
      [
        { text: '- Nội dung: ', bold: true },
        plan.topics.map((t) => t.label.replace(/\.$/u, '')).join('; ') + '.',
      ],
      size,
    ),
    body([{ text: '- Thời gian: ', bold: true }, timingText(plan.timing)], size),
    body([{ text: '- Địa điểm: ', bold: true }, venueText(plan.venue)], size),
    body('Rất mong đại biểu tham dự đúng thời gian, thành phần./.', size),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Như trên' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({ convention, title: `Giấy mời ${plan.title}`, children });
}
