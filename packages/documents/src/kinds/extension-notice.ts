import { formatVietnameseDate, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument } from '../layout/official.js';
import { body, centred } from '../layout/text.js';
import { archiveLine, meetingOf, placeFor, type IssuerContext } from './common.js';
import { answeringIssuer, type AnsweringBody } from './written-answer.js';

/** A petition's answer that needs more time: the task's extension (`followUp.task`). */
export interface ExtensionNoticeRecord {
  plan: Plan;
  heldOn?: string | null | undefined;
  petition: {
    fullName: string;
    address: string | null;
    content: string;
    receivedOn: string;
  };
  extension: {
    previousDueOn: string;
    newDueOn: string;
    reason: string;
    /** The day the extension was decided: the notice's date. */
    decidedOn?: string | null | undefined;
  };
  /** The body that must answer and so tells the citizen (seed 004 §II.4 "cơ quan tiếp nhận"). */
  answeringBody?: AnsweringBody | null | undefined;
  front?: string | undefined;
}

const TITLE = 'Ông/Bà';

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * Thông báo gia hạn trả lời kiến nghị, a công văn to the citizen (seed 004 §II.4: "Trường hợp cần
 * có thêm thời gian để xem xét, giải quyết kiến nghị … thì cơ quan tiếp nhận phải thông báo cho
 * tổ chức, cá nhân biết rõ lý do"): the first deadline, the reason, the new date. Issued by the
 * body that answers (its header, number series and head), as the written answer.
 */
export function extensionNoticeDocument(
  record: ExtensionNoticeRecord,
  context: IssuerContext = {},
) {
  const { plan, petition, extension } = record;
  const { byIssuer, convention, issuer, symbol, upperIssuer, signature } = answeringIssuer(
    plan,
    record.answeringBody,
    context,
  );
  const size = SIZES[convention].body;
  const issuedOn = extension.decidedOn ?? null;
  const raised = record.heldOn
    ? `tại ${meetingOf(plan.title)} ngày ${formatVietnameseDate(record.heldOn)}`
    : `ngày ${formatVietnameseDate(petition.receivedOn)}`;
  const chair = plan.chairs.find((c) => c.role === 'chair');
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer,
      upperIssuer,
      symbol,
      place: placeFor(plan.issuer, context),
      issuedOn,
      year: Number((issuedOn ?? extension.newDueOn).slice(0, 4)),
      letterSummary: 'V/v gia hạn thời gian trả lời kiến nghị',
    }),
    centred('', { size }),
    centred(
      `Kính gửi: ${TITLE} ${petition.fullName}${petition.address ? `, ${petition.address}` : ''}.`,
      { size },
    ),
    centred('', { size }),
    body(`${issuer} nhận được kiến nghị của ${TITLE} ${raised} với nội dung:`, size),
    body([{ text: `"${petition.content}"`, italics: true }], size),
    body(
      `Theo quy định, kiến nghị được trả lời bằng văn bản chậm nhất ngày ${formatVietnameseDate(extension.previousDueOn)}. Tuy nhiên, cần có thêm thời gian để xem xét, giải quyết kiến nghị. Lý do: ${upperFirst(extension.reason.trim().replace(/\.$/u, ''))}.`,
      size,
    ),
    body(
      [
        `${issuer} thông báo để ${TITLE} được biết: thời hạn trả lời kiến nghị được gia hạn đến `,
        { text: `ngày ${formatVietnameseDate(extension.newDueOn)}`, bold: true },
        './.',
      ],
      size,
    ),
    ...closingBlock(convention, signature, [
      { text: 'Như trên' },
      ...(byIssuer || !chair ? [] : [{ text: `${chair.position} (b/c)` }]),
      { text: `${record.front ?? 'Ủy ban MTTQ Việt Nam xã'} (giám sát)` },
      archiveLine(convention, plan.issuer.name, byIssuer ? 'VP' : symbol),
    ]),
  ];
  return officialDocument({ convention, title: 'Thông báo gia hạn trả lời kiến nghị', children });
}
