import { formatVietnameseDate, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, heading } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  lowerFirst,
  placeFor,
  signatureOf,
  type IssuerContext,
} from './common.js';
import { planCitation, siblingSymbol } from './plan-facts.js';

type Counts = { inMonth: number; upToMonth: number };

/** `reports.monthlyProgress` (the fields the report prints). */
export interface MonthlyProgress {
  label: string;
  from: string;
  to: string;
  asOf: string;
  received: Counts;
  answered: Counts;
  overdue: Counts & { metLateInMonth: number; metLateUpToMonth: number };
  extended: Counts;
  overdueItems: readonly {
    content: string;
    responsibleOrganisation: { name: string } | null;
    deadline: { effectiveDueDate: string; workingDaysLate: number };
  }[];
}

function progressTables(progress: MonthlyProgress, size: number): FileChild[] {
  const out: FileChild[] = [
    body(`Số liệu tính đến ngày ${formatVietnameseDate(progress.asOf)}.`, size),
    dataTable({
      headers: ['Nội dung', 'Trong tháng', 'Lũy kế'],
      rows: [
        ['Ý kiến, kiến nghị tiếp nhận', progress.received.inMonth, progress.received.upToMonth],
        ['Đã trả lời', progress.answered.inMonth, progress.answered.upToMonth],
        ['Quá hạn chưa hoàn thành', progress.overdue.inMonth, progress.overdue.upToMonth],
        [
          'Hoàn thành nhưng trễ hạn',
          progress.overdue.metLateInMonth,
          progress.overdue.metLateUpToMonth,
        ],
        ['Được gia hạn', progress.extended.inMonth, progress.extended.upToMonth],
      ],
      shares: [6, 2, 2],
      size: size - 1,
    }),
  ];
  if (progress.overdueItems.length > 0) {
    out.push(
      body('', size),
      body([{ text: 'Danh mục việc quá hạn:', bold: true }], size),
      dataTable({
        headers: ['TT', 'Nội dung', 'Cơ quan chịu trách nhiệm', 'Thời hạn', 'Trễ (ngày làm việc)'],
        rows: progress.overdueItems.map((item, i) => [
          i + 1,
          item.content,
          item.responsibleOrganisation?.name ?? '',
          formatVietnameseDate(item.deadline.effectiveDueDate),
          item.deadline.workingDaysLate,
        ]),
        shares: [1, 8, 4, 3, 2],
        size: size - 1,
      }),
    );
  }
  return out;
}

export interface MonthlyProgressRecord {
  plan: Plan;
  progress: MonthlyProgress;
}

/**
 * The monthly progress report (seed 004 §IV.2: "theo dõi tiến độ giải quyết, báo cáo Chủ tịch
 * UBND xã định kỳ hàng tháng"), from `reports.monthlyProgress`: no figure is computed here.
 */
export function monthlyProgressDocument(
  record: MonthlyProgressRecord,
  context: IssuerContext = {},
) {
  const { plan, progress } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'BC'),
      place: placeFor(plan.issuer, context),
      issuedOn: progress.asOf,
      year: plan.year,
    }),
    ...titleBlock(
      convention,
      'Báo cáo',
      `Tiến độ giải quyết ý kiến, kiến nghị của Nhân dân ${progress.label.replace(/^Báo cáo tiến độ giải quyết kiến nghị /u, '')}`,
    ),
    body(
      `Thực hiện ${planCitation(plan)} về ${lowerFirst(plan.title)}, báo cáo tiến độ giải quyết ý kiến, kiến nghị của Nhân dân từ ngày ${formatVietnameseDate(progress.from)} đến ngày ${formatVietnameseDate(progress.to)} như sau:`,
      size,
    ),
    ...progressTables(progress, size),
    body('', size),
    body(
      'Đề nghị các cơ quan, đơn vị có việc quá hạn khẩn trương giải quyết, báo cáo kết quả./.',
      size,
    ),
    ...closingBlock(convention, signatureOf(plan.issuer, null), [
      { text: 'Chủ tịch, các Phó Chủ tịch UBND xã (b/c)' },
      { text: 'Các cơ quan, đơn vị liên quan' },
      archiveLine(convention),
    ]),
  ];
  return officialDocument({ convention, title: progress.label, children });
}

export interface ResultsReportRecord {
  plan: Plan;
  heldOn: string | null;
  conclusion: {
    reference: string;
    issuedOn?: string | null | undefined;
    position: string;
    items: readonly {
      content: string;
      dueOn?: string | null | undefined;
      responsibleOrganisation: { name: string };
    }[];
    timeliness?: { dueDate: string | null; stateLabel: string } | null | undefined;
  } | null;
  progress: MonthlyProgress | null;
  findings?: { total: number; escalated: number } | undefined;
}

/**
 * Báo cáo kết quả đối thoại to the upper level (Quy định 11-QĐi/TW; seed 000 §IV.1: "tổng hợp
 * báo cáo kết quả đối thoại gửi cấp trên"), as the Party app's results page lays it out.
 */
export function resultsReportDocument(record: ResultsReportRecord, context: IssuerContext = {}) {
  const { plan, conclusion, progress } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'BC'),
      place: placeFor(plan.issuer, context),
      issuedOn: progress?.asOf ?? null,
      year: plan.year,
    }),
    ...titleBlock(convention, 'Báo cáo', `Kết quả ${lowerFirst(plan.title)}`),
    heading('I. TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI', size),
    body(
      `Thực hiện ${planCitation(plan)} về ${lowerFirst(plan.title)}, hội nghị đối thoại ${record.heldOn ? `đã được tổ chức ngày ${formatVietnameseDate(record.heldOn)}` : 'chưa được tổ chức'}${plan.venue ? ` tại ${plan.venue.name}` : ''}.`,
      size,
    ),
  ];
  if (conclusion) {
    children.push(
      body(
        `Thông báo kết luận ${conclusion.reference}${conclusion.issuedOn ? ` ngày ${formatVietnameseDate(conclusion.issuedOn)}` : ''}${conclusion.timeliness?.dueDate ? `; thời hạn ban hành ${formatVietnameseDate(conclusion.timeliness.dueDate)}: ${lowerFirst(conclusion.timeliness.stateLabel)}` : ''}.`,
        size,
      ),
      body(conclusion.position, size),
      dataTable({
        headers: ['TT', 'Nội dung giao thực hiện', 'Cơ quan thực hiện', 'Thời hạn'],
        rows: conclusion.items.map((item, i) => [
          i + 1,
          item.content,
          item.responsibleOrganisation.name,
          item.dueOn ? formatVietnameseDate(item.dueOn) : '',
        ]),
        shares: [1, 9, 4, 3],
        size: size - 1,
      }),
    );
  } else {
    children.push(body('Chưa ban hành thông báo kết luận.', size));
  }
  children.push(heading('II. KẾT QUẢ GIẢI QUYẾT Ý KIẾN, KIẾN NGHỊ', size));
  if (progress) children.push(...progressTables(progress, size));
  else children.push(body('Chưa có số liệu.', size));
  if (record.findings) {
    children.push(
      heading('III. GIÁM SÁT CỦA ỦY BAN MẶT TRẬN TỔ QUỐC', size),
      body(
        `Ủy ban MTTQ xã ghi nhận ${record.findings.total} ý kiến giám sát, trong đó ${record.findings.escalated} việc báo cáo người đứng đầu chỉ đạo./.`,
        size,
      ),
    );
  }
  children.push(
    ...closingBlock(convention, signatureOf(plan.issuer, null), [
      {
        text:
          convention === 'party'
            ? 'Ban Thường vụ cấp ủy cấp trên (b/c)'
            : 'Ủy ban nhân dân cấp trên (b/c)',
      },
      { text: 'Thường trực HĐND, UBND, Ủy ban MTTQ xã' },
      archiveLine(convention),
    ]),
  );
  return officialDocument({ convention, title: `Báo cáo kết quả ${plan.title}`, children });
}
