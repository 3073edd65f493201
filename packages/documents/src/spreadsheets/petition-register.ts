import ExcelJS from 'exceljs';
import { formatVietnameseDate, labelOf } from '@doithoai/domain';

/** `reports.register` (the fields the workbook prints). */
export interface PetitionRegisterRecord {
  plan: { title: string; year: number; documentSymbol: string; documentNumber: number | null };
  generatedAt: string;
  lines: readonly {
    order: number;
    trackingCode: string;
    receivedOn: string;
    isLate: boolean;
    raisedBy: {
      fullName: string;
      /** Absent for a reader who does not answer the citizen (the Front; issue 17). */
      phone?: string | null;
      address?: string | null;
      villageName: string | null;
      organisationName: string | null;
    };
    content: string;
    /** Codes (PetitionField, PetitionOutcomeKind, CitizenResponseKind): the register prints their labels. */
    field: string | null;
    statusLabel: string;
    conferenceOutcome: string | null;
    responsibleBody: { name: string } | null;
    answerDueOn: string | null;
    answeredOn: string | null;
    answer: { content: string; documentRef: string | null } | null;
    citizenResponse: { response: string } | null;
    followUp: readonly { content: string; dueOn: string | null; statusLabel: string }[];
  }[];
}

const date = (iso: string | null) => (iso ? formatVietnameseDate(iso) : '');

/** Column headers and widths (characters) of the register, in the order the offices keep it. */
export const REGISTER_COLUMNS = [
  ['TT', 5],
  ['Mã theo dõi', 14],
  ['Ngày tiếp nhận', 12],
  ['Người kiến nghị', 22],
  ['Điện thoại', 13],
  ['Địa chỉ, thôn', 24],
  ['Nội dung kiến nghị', 50],
  ['Lĩnh vực', 16],
  ['Trạng thái', 18],
  ['Kết quả tại hội nghị', 18],
  ['Cơ quan giải quyết', 22],
  ['Hạn trả lời', 12],
  ['Ngày trả lời', 12],
  ['Nội dung trả lời', 50],
  ['Số văn bản trả lời', 14],
  ['Ý kiến của công dân', 16],
  ['Việc sau đối thoại', 40],
] as const;

/**
 * Sổ theo dõi kiến nghị (seed 004 §IV.2: "lập danh mục kiến nghị của Nhân dân, theo dõi tiến
 * độ giải quyết") as an .xlsx workbook: a title, a frozen header row with filters, one row per
 * petition in Times New Roman. Carries personal data: the server audits every export.
 */
export async function petitionRegisterWorkbook(record: PetitionRegisterRecord): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Đối thoại';
  workbook.created = new Date(record.generatedAt);
  const sheet = workbook.addWorksheet('Sổ theo dõi', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  const font = { name: 'Times New Roman', size: 12 };
  sheet.columns = REGISTER_COLUMNS.map(([header, width]) => ({ header, width }));
  sheet.spliceRows(1, 1);
  const title = sheet.addRow([`SỔ THEO DÕI KIẾN NGHỊ CỦA NHÂN DÂN — ${record.plan.title}`]);
  title.font = { ...font, size: 14, bold: true };
  sheet.mergeCells(1, 1, 1, REGISTER_COLUMNS.length);
  const note = sheet.addRow([
    `Lập ngày ${date(record.generatedAt.slice(0, 10))}; ${record.lines.length} kiến nghị. Tài liệu có dữ liệu cá nhân — không công khai.`,
  ]);
  note.font = { ...font, italic: true };
  sheet.mergeCells(2, 1, 2, REGISTER_COLUMNS.length);
  const header = sheet.addRow(REGISTER_COLUMNS.map(([h]) => h));
  header.font = { ...font, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const line of record.lines) {
    const { address, villageName } = line.raisedBy;
    // The village is added only when the address does not already name it.
    const place =
      villageName &&
      !(address ?? '').toLocaleLowerCase('vi').includes(villageName.toLocaleLowerCase('vi'))
        ? [address, `thôn ${villageName}`].filter(Boolean).join(', ')
        : (address ?? '');
    const row = sheet.addRow([
      line.order,
      line.trackingCode,
      date(line.receivedOn) + (line.isLate ? ' (muộn)' : ''),
      line.raisedBy.organisationName
        ? `${line.raisedBy.fullName} (${line.raisedBy.organisationName})`
        : line.raisedBy.fullName,
      line.raisedBy.phone ?? '',
      place,
      line.content,
      line.field ? labelOf('petitionField', line.field) : '',
      line.statusLabel,
      line.conferenceOutcome ? labelOf('petitionOutcomeKind', line.conferenceOutcome) : '',
      line.responsibleBody?.name ?? '',
      date(line.answerDueOn),
      date(line.answeredOn),
      line.answer?.content ?? '',
      line.answer?.documentRef ?? '',
      line.citizenResponse ? labelOf('citizenResponse', line.citizenResponse.response) : '',
      line.followUp.map((t) => `${t.content} (hạn ${date(t.dueOn)}; ${t.statusLabel})`).join('\n'),
    ]);
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3, column: REGISTER_COLUMNS.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
