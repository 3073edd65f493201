import { formatLegalBasis, type Plan } from '@doithoai/domain';
import { Paragraph, type FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { blank, body, centred, heading } from '../layout/text.js';
import {
  conventionOf,
  lowerFirst,
  placeFor,
  recipientLines,
  signatureOf,
  type IssuerContext,
} from './common.js';
import {
  chairsText,
  formatText,
  participantText,
  scheduleTexts,
  timingText,
  venueText,
  type ScheduleLine,
} from './plan-text.js';

/** What the plan document is built from: the shape `plans.get` returns (its needed fields). */
export interface PlanDocumentRecord {
  plan: Plan;
  /** The computed schedule (`computePlanSchedule`). */
  schedule: readonly ScheduleLine[];
  /**
   * Print the computed dates as an annex after the signature. Off by default: no seed plan has
   * such a block (issue 16), the office adds it when it wants the dates on paper.
   */
  scheduleAnnex?: boolean | undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/**
 * Kế hoạch: the header block, the Căn cứ, then the seeds' structure — I. MỤC ĐÍCH, YÊU CẦU;
 * II. NỘI DUNG (topics and the plan's own sections); III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN with
 * the computed dates; IV. TỔ CHỨC THỰC HIỆN — and the signature with Nơi nhận.
 */
export function planDocument(record: PlanDocumentRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const bullet = (text: string) => body(`- ${text}`, size);
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: plan.documentSymbol,
      number: plan.documentNumber,
      place: placeFor(plan.issuer, context),
      issuedOn: plan.issuedOn,
      year: plan.year,
    }),
    ...titleBlock(convention, 'Kế hoạch', plan.title),
  ];

  // Căn cứ / Thực hiện, one per paragraph (seed 004), then the sentence that introduces the plan.
  plan.legalBases.forEach((basis) => children.push(body(`${formatLegalBasis(basis)};`, size)));
  children.push(
    body(`${plan.issuer.name} ban hành Kế hoạch ${lowerFirst(plan.title)}, cụ thể như sau:`, size),
  );

  let part = 0;
  const section = (title: string) => children.push(heading(`${ROMAN[part++]}. ${title}`, size));

  section('MỤC ĐÍCH, YÊU CẦU');
  children.push(heading('1. Mục đích', size), ...plan.purposes.map(bullet));
  children.push(heading('2. Yêu cầu', size), ...plan.requirements.map(bullet));

  section('NỘI DUNG, HÌNH THỨC ĐỐI THOẠI');
  children.push(heading('1. Nội dung đối thoại', size));
  children.push(
    body(`${chairsText(plan)} đối thoại trực tiếp với Nhân dân về các nội dung sau:`, size),
  );
  children.push(...plan.topics.map((topic) => bullet(topic.label.replace(/\.$/u, '') + '.')));
  plan.contentSections.forEach((content, index) => {
    children.push(heading(`${index + 2}. ${content.heading}`, size));
    children.push(...content.paragraphs.map(bullet));
  });

  section('THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN');
  children.push(body([{ text: '- Thời gian: ', bold: true }, timingText(plan.timing)], size));
  children.push(body([{ text: '- Hình thức: ', bold: true }, formatText(plan)], size));
  children.push(body([{ text: '- Địa điểm: ', bold: true }, venueText(plan.venue)], size));
  if (plan.participantGroups.length > 0) {
    children.push(body([{ text: '- Thành phần:', bold: true }], size));
    children.push(...plan.participantGroups.map((g) => body(`+ ${participantText(g)};`, size)));
  }

  section('TỔ CHỨC THỰC HIỆN');
  plan.tasks.forEach((task, index) => {
    const name = `${index + 1}. ${task.isRequest ? 'Đề nghị ' : ''}${task.assignee}`;
    const [onlyDuty] = task.duties;
    if (task.duties.length === 1 && onlyDuty !== undefined) {
      children.push(body([{ text: `${name}: `, bold: true }, onlyDuty], size));
    } else {
      children.push(heading(name, size), ...task.duties.map(bullet));
    }
  });
  children.push(body(`Trên đây là Kế hoạch ${lowerFirst(plan.title)}./.`, size));
  children.push(
    ...closingBlock(
      convention,
      signatureOf(plan.issuer, plan.signer),
      recipientLines(plan.recipients, convention),
    ),
  );
  // The dates computed from the regulation profile and the plan's overrides (docs/domain.md: never
  // typed twice) — absent while the dialogue has no date (seeds 001, 003, 004).
  const dated = record.scheduleAnnex ? scheduleTexts(record.schedule) : [];
  if (dated.length > 0) {
    children.push(
      new Paragraph({ children: [], pageBreakBefore: true }),
      centred('PHỤ LỤC', { size, bold: true }),
      centred(`Các mốc thời gian tổ chức đối thoại (kèm theo Kế hoạch ${lowerFirst(plan.title)})`, {
        size,
        italics: true,
      }),
      ...blank(size),
      ...dated.map((line) => body(`+ ${line}`, size)),
    );
  }
  return officialDocument({ convention, title: `Kế hoạch ${plan.title}`, children });
}
