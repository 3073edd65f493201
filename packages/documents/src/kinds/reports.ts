import {
  formatDocumentNumber,
  formatVietnameseDate,
  isPartyIssuer,
  labelOf,
  type Plan,
} from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, centred, heading } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  lowerFirst,
  meetingOf,
  partyOfficeOf,
  placeFor,
  signatureOf,
  superiorOf,
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
 * The office that follows the petitions up and reports monthly: seed 004 §IV.2 "Văn phòng HĐND
 * và UBND xã … theo dõi tiến độ giải quyết, báo cáo Chủ tịch UBND xã định kỳ hàng tháng"; under
 * a Party plan (seeds 000, 003) the Party committee's office reports to its Ban Thường vụ.
 */
function reportingOffice(plan: Plan) {
  const party = isPartyIssuer(plan.issuer.kind);
  const scope = plan.issuer.name.replace(/^(Ủy ban nhân dân|UBND)\s+/u, '');
  return party
    ? {
        name: 'Văn phòng',
        fullName: partyOfficeOf(plan.issuer.name),
        symbol: siblingSymbol(plan, 'BC').replace(/\/.*$/u, '/VPĐU'),
        recipient: `Ban Thường vụ ${plan.issuer.name}`,
      }
    : {
        name: 'Văn phòng HĐND và UBND',
        fullName: `Văn phòng HĐND và UBND ${scope.replace(/^(xã|phường|đặc khu)\s.*$/u, '$1')}`,
        symbol: 'BC-VP',
        recipient: `Chủ tịch Ủy ban nhân dân ${scope}`,
      };
}

/**
 * The monthly progress report (seed 004 §IV.2), from `reports.monthlyProgress`: no figure is
 * computed here. Issued by the issuer's office to the chair (state) or the Ban Thường vụ (Party).
 */
export function monthlyProgressDocument(
  record: MonthlyProgressRecord,
  context: IssuerContext = {},
) {
  const { plan, progress } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const office = reportingOffice(plan);
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: office.name,
      upperIssuer: plan.issuer.name,
      symbol: office.symbol,
      place: placeFor(plan.issuer, context),
      issuedOn: progress.asOf,
      year: plan.year,
    }),
    ...titleBlock(
      convention,
      'Báo cáo',
      `Tiến độ giải quyết ý kiến, kiến nghị của Nhân dân ${progress.label.replace(/^Báo cáo tiến độ giải quyết kiến nghị /u, '')}`,
    ),
    centred(`Kính gửi: ${office.recipient}.`, { size }),
    centred('', { size }),
    body(
      `Thực hiện ${planCitation(plan)} về ${lowerFirst(plan.title)}, ${office.fullName} báo cáo tiến độ giải quyết ý kiến, kiến nghị của Nhân dân từ ngày ${formatVietnameseDate(progress.from)} đến ngày ${formatVietnameseDate(progress.to)} như sau:`,
      size,
    ),
    ...progressTables(progress, size),
    body('', size),
    body(
      progress.overdueItems.length > 0
        ? `Kính đề nghị ${office.recipient} chỉ đạo các cơ quan, đơn vị có việc quá hạn khẩn trương giải quyết, báo cáo kết quả./.`
        : `${office.fullName} kính báo cáo ${office.recipient}./.`,
      size,
    ),
    ...closingBlock(
      convention,
      {
        authority: convention === 'party' ? 'T/L BAN THƯỜNG VỤ' : undefined,
        title: 'CHÁNH VĂN PHÒNG',
      },
      [
        { text: 'Như trên' },
        { text: 'Các cơ quan, đơn vị liên quan' },
        archiveLine(convention, plan.issuer.name),
      ],
    ),
  ];
  return officialDocument({ convention, title: progress.label, children });
}

export interface ResultsReportRecord {
  plan: Plan;
  heldOn: string | null;
  conclusion: {
    /** "Thông báo kết luận số 230/TB-UBND ngày 17/12/2025" (`followUp.conclusion`). */
    reference: string;
    documentNumber?: number | null | undefined;
    documentSymbol?: string | undefined;
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
  /** The meeting as the minutes record it, so the report's counts are the minutes' (issue 16). */
  conference?:
    | {
        attendance: readonly { label: string; expected: number; present: number }[];
        speakers: number;
        /** Count per PetitionOutcomeKind code. */
        outcomes: Readonly<Record<string, number>>;
      }
    | undefined;
}

/** "Thông báo kết luận số 31/TB-UBND ngày 15/12/2025", once. */
function conclusionCitation(
  plan: Plan,
  conclusion: NonNullable<ResultsReportRecord['conclusion']>,
): string {
  if (conclusion.documentSymbol) {
    const number = formatDocumentNumber({
      number: conclusion.documentNumber ?? undefined,
      symbol: conclusion.documentSymbol,
      issuerKind: plan.issuer.kind,
    });
    const date = conclusion.issuedOn ? ` ngày ${formatVietnameseDate(conclusion.issuedOn)}` : '';
    return `Thông báo kết luận số ${number}${date}`;
  }
  return /^Thông báo kết luận/u.test(conclusion.reference)
    ? conclusion.reference
    : `Thông báo kết luận ${conclusion.reference}`;
}

/**
 * Báo cáo kết quả đối thoại to the upper level (Quy định 11-QĐi/TW; seed 000 §IV.1: "tổng hợp
 * báo cáo kết quả đối thoại gửi cấp trên"; seed 004 §IV.2 "báo cáo … cho cấp trên theo quy
 * định"): the meeting with the minutes' counts, the conclusion, the answers, the Front's
 * supervision, then the assessment and the proposals; sent to the province's Party committee or
 * People's Committee by name.
 */
export function resultsReportDocument(record: ResultsReportRecord, context: IssuerContext = {}) {
  const { plan, conclusion, progress } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const superior = superiorOf(plan.issuer, context);
  const meeting = meetingOf(plan.title);
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
    ...titleBlock(convention, 'Báo cáo', `Kết quả ${meeting}`),
    heading('I. TỔ CHỨC HỘI NGHỊ ĐỐI THOẠI', size),
    body(
      `Thực hiện ${planCitation(plan)} về ${lowerFirst(plan.title)}, ${meeting} ${record.heldOn ? `đã được tổ chức ngày ${formatVietnameseDate(record.heldOn)}` : 'chưa được tổ chức'}${plan.venue ? ` tại ${plan.venue.name}` : ''}.`,
      size,
    ),
  ];
  const meetingFacts = record.conference;
  if (meetingFacts) {
    const invited = meetingFacts.attendance.reduce((n, a) => n + a.expected, 0);
    const present = meetingFacts.attendance.reduce((n, a) => n + a.present, 0);
    const outcomes = Object.entries(meetingFacts.outcomes)
      .filter(([, n]) => n > 0)
      .map(
        ([kind, n]) =>
          `${n} ý kiến ${labelOf('petitionOutcomeKind', kind).toLocaleLowerCase('vi')}`,
      );
    children.push(
      body(
        `Dự hội nghị có ${present} đại biểu và Nhân dân (được mời ${invited}). Có ${meetingFacts.speakers} ý kiến, kiến nghị được nêu tại hội nghị${outcomes.length > 0 ? `, trong đó: ${outcomes.join('; ')}` : ''}.`,
        size,
      ),
    );
  }
  if (conclusion) {
    children.push(
      body(
        `${conclusionCitation(plan, conclusion)}${conclusion.timeliness?.dueDate ? ` (thời hạn ban hành ${formatVietnameseDate(conclusion.timeliness.dueDate)}: ${lowerFirst(conclusion.timeliness.stateLabel)})` : ''}:`,
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
  let part = 3;
  const roman = ['', 'I', 'II', 'III', 'IV', 'V'];
  if (record.findings) {
    children.push(
      heading(`${roman[part++]}. GIÁM SÁT CỦA ỦY BAN MẶT TRẬN TỔ QUỐC`, size),
      body(
        `Ủy ban MTTQ xã ghi nhận ${record.findings.total} ý kiến giám sát, trong đó ${record.findings.escalated} việc báo cáo người đứng đầu chỉ đạo.`,
        size,
      ),
    );
  }
  // Đánh giá và đề xuất (issue 16): drawn from the figures above, so the office edits facts,
  // not a blank.
  const overdue = progress?.overdue.upToMonth ?? 0;
  const answered = progress?.answered.upToMonth ?? 0;
  const received = progress?.received.upToMonth ?? 0;
  const upward = meetingFacts?.outcomes['forwarded-upward'] ?? 0;
  children.push(
    heading(`${roman[part]}. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT, KIẾN NGHỊ`, size),
    body([{ text: '1. Đánh giá chung', bold: true }], size),
    body(
      `Hội nghị được tổ chức đúng kế hoạch, dân chủ, công khai; đã trả lời ${answered}/${received} ý kiến, kiến nghị tiếp nhận. ${overdue > 0 ? `Còn ${overdue} việc quá hạn chưa hoàn thành, cần tập trung chỉ đạo giải quyết.` : 'Không có việc quá hạn.'}`,
      size,
    ),
    body([{ text: '2. Đề xuất, kiến nghị', bold: true }], size),
    body(
      upward > 0
        ? `Đề nghị ${superior ?? 'cấp có thẩm quyền'} chỉ đạo các cơ quan có thẩm quyền xem xét, giải quyết ${upward} kiến nghị vượt thẩm quyền của địa phương./.`
        : `Các kiến nghị đều thuộc thẩm quyền của địa phương; ${plan.issuer.name} tiếp tục chỉ đạo giải quyết dứt điểm, trả lời Nhân dân đúng thời hạn./.`,
      size,
    ),
  );
  children.push(
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      {
        text: superior
          ? `${superior} (b/c)`
          : convention === 'party'
            ? 'Ban Thường vụ cấp ủy cấp trên (b/c)'
            : 'Ủy ban nhân dân cấp trên (b/c)',
      },
      {
        text:
          convention === 'party'
            ? 'Thường trực HĐND, UBND, Ủy ban MTTQ xã'
            : 'Thường trực Đảng ủy, HĐND, Ủy ban MTTQ xã',
      },
      archiveLine(convention, plan.issuer.name),
    ]),
  );
  return officialDocument({ convention, title: `Báo cáo kết quả ${meeting}`, children });
}
