import { AlignmentType, Paragraph, type FileChild } from 'docx';
import { formatDocumentNumber, formatVietnameseDate, type Plan } from '@doithoai/domain';
import { SIZES } from '../layout/measures.js';
import { officialDocument } from '../layout/official.js';
import { centred, dottedLine, run } from '../layout/text.js';

import { placeFor, type IssuerContext } from './common.js';

export interface RegistrationFormRecord {
  plan: Plan;
}

/**
 * Phiếu đăng ký tham gia đối thoại, as seed 004's annex: the national title only (a citizen
 * signs it), the reference to the plan it comes with, the fields to fill in and dotted lines.
 */
export function registrationFormDocument(
  record: RegistrationFormRecord,
  context: IssuerContext = {},
) {
  const { plan } = record;
  // The citizen's form is not a Party document even under a Party plan: the national title.
  const size = SIZES.state;
  const number = formatDocumentNumber({
    number: plan.documentNumber,
    symbol: plan.documentSymbol,
    issuerKind: plan.issuer.kind,
  });
  const date = plan.issuedOn
    ? ` ngày ${formatVietnameseDate(plan.issuedOn)}`
    : ' ngày      tháng      năm ' + plan.year;
  const lines = 12;
  const children: FileChild[] = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: size.nationalTitle, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { size: size.motto, bold: true, underline: true }),
    centred('', { size: size.body }),
    centred('PHIẾU ĐĂNG KÝ THAM GIA ĐỐI THOẠI', { size: size.kind, bold: true }),
    centred(
      `(Ban hành kèm theo Kế hoạch số: ${plan.documentNumber === undefined ? '     ' : ''}${number}${date}`,
      {
        size: size.body,
        italics: true,
      },
    ),
    centred(`của ${plan.issuer.name.replace(/^Ủy ban nhân dân/u, 'UBND')})`, {
      size: size.body,
      italics: true,
    }),
    centred('', { size: size.body }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { after: 120 },
      children: [
        run('Kính gửi: ', { size: size.body }),
        run(
          `${plan.tasks.find((t) => t.organisationKind === 'government-office' || t.organisationKind === 'party-office')?.assignee ?? plan.issuer.name} ${placeFor(plan.issuer, context)}.`,
          { size: size.body },
        ),
      ],
    }),
    dottedLine('Họ và tên: ', size.body),
    dottedLine('Điện thoại liên hệ: ', size.body),
    dottedLine('Địa chỉ: ', size.body),
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      children: [
        run(
          `Đăng ký tham gia Hội nghị đối thoại về ${plan.topics.map((t) => t.label.replace(/\.$/u, '').toLocaleLowerCase('vi')).join(', ')} của ${plan.issuer.name} năm ${plan.year}, với những nội dung sau:`,
          { size: size.body },
        ),
      ],
    }),
    ...Array.from({ length: lines }, () => dottedLine('', size.body)),
    centred('', { size: size.body }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 1200 },
      children: [run('Người đăng ký', { size: size.body, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 900 },
      children: [run('(Ký ghi rõ họ và tên)', { size: size.body, italics: true })],
    }),
  ];
  return officialDocument({
    convention: 'state',
    title: 'Phiếu đăng ký tham gia đối thoại',
    children,
  });
}
