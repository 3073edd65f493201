import { FINDING_KIND_LABELS, formatVietnameseDate, type FindingKind } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, heading } from '../layout/text.js';
import { lowerFirst, meetingOf } from './common.js';

/** `supervision.report` (the fields the document prints) and the Front that issues it. */
export interface SupervisionReportRecord {
  /** "Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ", and its chair who signs. */
  front: { name: string; chairName?: string | null | undefined };
  /** The commune: "xã Sơn Tây Hạ" (the place line and the recipients). */
  commune: { kind: string; name: string };
  report: {
    scope: {
      plan: {
        title: string;
        heldOn: string | null;
        documentSymbol: string;
        documentNumber?: number | null | undefined;
      } | null;
      period: { label: string; from: string; to: string } | null;
      asOf: string;
      dialogues: number;
    };
    counts: {
      items: number;
      conclusionItems: number;
      petitionItems: number;
      overdue: number;
      answeredOnTime: number;
      answeredLate: number;
      extended: number;
      citizensSettled: number;
      citizensNotSettled: number;
      findings: number;
      escalations: number;
    };
    overdueItems: readonly {
      content: string;
      responsibleOrganisation: { name: string } | null;
      deadline: { effectiveDueDate: string; workingDaysLate: number } | null;
    }[];
    findings: readonly {
      kind: string;
      note: string | null;
      observedOn: string | null;
      recordedAt: string;
    }[];
  };
}

const findingLabel = (kind: string) =>
  Object.hasOwn(FINDING_KIND_LABELS, kind) ? FINDING_KIND_LABELS[kind as FindingKind] : kind;

/**
 * Báo cáo kết quả giám sát of the Front (seed 004 §IV.5 "Giám sát, phản biện việc thực hiện những
 * kết luận sau đối thoại"; seed 000 §IV.3; seed 002 §III.2), as an official document with the
 * Front's own header, from `supervision.report`: no figure is computed here.
 */
export function supervisionReportDocument(record: SupervisionReportRecord) {
  const { report, front, commune } = record;
  const { scope, counts } = report;
  const size = SIZES.state.body;
  const communeName = `${commune.kind} ${commune.name}`;
  const subject = scope.plan
    ? `Kết quả giám sát việc thực hiện kết luận sau ${meetingOf(scope.plan.title)}`
    : `Kết quả giám sát việc giải quyết ý kiến, kiến nghị của Nhân dân sau đối thoại ${lowerFirst(scope.period?.label ?? `đến ngày ${formatVietnameseDate(scope.asOf)}`)}`;
  const when = scope.plan
    ? scope.plan.heldOn
      ? ` tổ chức ngày ${formatVietnameseDate(scope.plan.heldOn)}`
      : ''
    : scope.period
      ? ` từ ngày ${formatVietnameseDate(scope.period.from)} đến ngày ${formatVietnameseDate(scope.period.to)} (${scope.dialogues} cuộc đối thoại)`
      : '';
  const children: FileChild[] = [
    ...headerBlock({
      convention: 'state',
      front: true,
      upperIssuer: front.name,
      issuer: 'Ban Thường trực',
      symbol: 'BC-MTTQ-BTT',
      place: commune.name,
      issuedOn: scope.asOf,
      year: Number(scope.asOf.slice(0, 4)),
    }),
    ...titleBlock('state', 'Báo cáo', subject),
    body(
      `Thực hiện chức năng giám sát của Mặt trận Tổ quốc Việt Nam đối với việc giải quyết ý kiến, kiến nghị của Nhân dân sau đối thoại${when}, Ban Thường trực ${front.name} báo cáo kết quả như sau (số liệu tính đến ngày ${formatVietnameseDate(scope.asOf)}):`,
      size,
    ),
    heading('I. KẾT QUẢ GIÁM SÁT', size),
    body(
      `Tổng số nội dung phải theo dõi: ${counts.items}, trong đó ${counts.conclusionItems} nội dung của thông báo kết luận và ${counts.petitionItems} kiến nghị phải trả lời bằng văn bản.`,
      size,
    ),
    dataTable({
      headers: ['Nội dung', 'Số lượng'],
      rows: [
        ['Hoàn thành đúng hạn', counts.answeredOnTime],
        ['Hoàn thành trễ hạn', counts.answeredLate],
        ['Quá hạn chưa hoàn thành', counts.overdue],
        ['Được gia hạn', counts.extended],
        ['Công dân đồng ý với kết quả trả lời', counts.citizensSettled],
        ['Công dân chưa đồng ý', counts.citizensNotSettled],
        ['Ý kiến giám sát đã ghi nhận', counts.findings],
        ['Việc báo cáo Bí thư Đảng ủy', counts.escalations],
      ],
      shares: [7, 2],
      size: size - 1,
    }),
    heading('II. VIỆC QUÁ HẠN CHƯA HOÀN THÀNH', size),
  ];
  if (report.overdueItems.length === 0) children.push(body('Không có việc quá hạn.', size));
  else
    children.push(
      dataTable({
        headers: ['TT', 'Nội dung', 'Cơ quan chịu trách nhiệm', 'Thời hạn', 'Trễ (ngày làm việc)'],
        rows: report.overdueItems.map((item, i) => [
          i + 1,
          item.content,
          item.responsibleOrganisation?.name ?? '',
          item.deadline ? formatVietnameseDate(item.deadline.effectiveDueDate) : '',
          item.deadline?.workingDaysLate ?? '',
        ]),
        shares: [1, 8, 4, 3, 2],
        size: size - 1,
      }),
    );
  children.push(heading('III. Ý KIẾN GIÁM SÁT', size));
  if (report.findings.length === 0) children.push(body('Chưa ghi nhận ý kiến giám sát.', size));
  for (const finding of report.findings) {
    const on = finding.observedOn ?? finding.recordedAt.slice(0, 10);
    children.push(
      body(
        `- Ngày ${formatVietnameseDate(on)}: ${findingLabel(finding.kind)}${finding.note ? `. ${finding.note.replace(/\.$/u, '')}` : ''}.`,
        size,
      ),
    );
  }
  // Kiến nghị: drawn from the figures, so the Front edits facts, not a blank.
  const proposals: string[] = [];
  if (counts.overdue > 0)
    proposals.push(
      `Đề nghị Chủ tịch Ủy ban nhân dân ${communeName} chỉ đạo các cơ quan có ${counts.overdue} việc quá hạn khẩn trương giải quyết, trả lời Nhân dân.`,
    );
  if (counts.citizensNotSettled > 0)
    proposals.push(
      `Đề nghị các cơ quan xem xét lại ${counts.citizensNotSettled} kiến nghị công dân chưa đồng ý với kết quả trả lời.`,
    );
  if (counts.escalations > 0)
    proposals.push(
      `Đã báo cáo Bí thư Đảng ủy ${counts.escalations} việc; đề nghị Thường trực Đảng ủy chỉ đạo giải quyết dứt điểm.`,
    );
  proposals.push(
    `Ban Thường trực ${front.name} tiếp tục giám sát việc thực hiện kết luận sau đối thoại, thông tin kết quả đến Nhân dân./.`,
  );
  children.push(heading('IV. KIẾN NGHỊ', size), ...proposals.map((p) => body(p, size)));
  children.push(
    ...closingBlock(
      'state',
      { authority: 'TM. BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: front.chairName ?? undefined },
      [
        { text: `Thường trực Đảng ủy ${communeName} (b/c)` },
        { text: `Thường trực HĐND, UBND ${communeName}` },
        { text: 'Các tổ chức chính trị - xã hội xã' },
        { text: 'Lưu: VT, MTTQ' },
      ],
    ),
  );
  return officialDocument({
    convention: 'state',
    title: `Báo cáo ${lowerFirst(subject)}`,
    children,
  });
}
