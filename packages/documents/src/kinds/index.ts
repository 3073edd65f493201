import { Packer, type Document } from 'docx';
import type { IssuerContext } from './common.js';
import { conclusionDocument, type ConclusionRecord } from './conclusion.js';
import { invitationDocument, type InvitationRecord } from './invitation.js';
import { minutesDocument, type MinutesRecord } from './minutes.js';
import { planDocument, type PlanDocumentRecord } from './plan.js';
import { publicNoticeDocument, type PublicNoticeRecord } from './public-notice.js';
import { registrationFormDocument, type RegistrationFormRecord } from './registration-form.js';
import {
  monthlyProgressDocument,
  resultsReportDocument,
  type MonthlyProgressRecord,
  type ResultsReportRecord,
} from './reports.js';
import { writtenAnswerDocument, type WrittenAnswerRecord } from './written-answer.js';
import { referralLetterDocument, referralNoticeDocument, type ReferralRecord } from './referral.js';
import { extensionNoticeDocument, type ExtensionNoticeRecord } from './extension-notice.js';
import { supervisionReportDocument, type SupervisionReportRecord } from './supervision-report.js';
import { meetingRulesDocument, programmeDocument, type ProgrammeRecord } from './programme.js';
import {
  delegateListDocument,
  speakerListDocument,
  type DelegateListRecord,
  type SpeakerListRecord,
} from './attendance-lists.js';

/**
 * Every Word document, its builder, its file name and its label; `per` says what a download
 * names when it is not a plan (`/documents/petitions/:id/…`, `/documents/tasks/:id/…`).
 */
export const DOCX_KINDS = {
  plan: { build: planDocument, fileName: 'ke-hoach', label: 'Kế hoạch' },
  'public-notice': {
    build: publicNoticeDocument,
    fileName: 'thong-bao',
    label: 'Thông báo tổ chức đối thoại',
  },
  invitation: { build: invitationDocument, fileName: 'giay-moi', label: 'Giấy mời' },
  'registration-form': {
    build: registrationFormDocument,
    fileName: 'phieu-dang-ky',
    label: 'Phiếu đăng ký tham gia đối thoại',
  },
  minutes: { build: minutesDocument, fileName: 'bien-ban', label: 'Biên bản hội nghị' },
  conclusion: {
    build: conclusionDocument,
    fileName: 'thong-bao-ket-luan',
    label: 'Thông báo kết luận',
  },
  'written-answer': {
    build: writtenAnswerDocument,
    fileName: 'van-ban-tra-loi',
    label: 'Văn bản trả lời',
    per: 'petition',
  },
  'referral-letter': {
    build: referralLetterDocument,
    fileName: 'cong-van-chuyen-kien-nghi',
    label: 'Công văn chuyển kiến nghị',
    per: 'petition',
  },
  'referral-notice': {
    build: referralNoticeDocument,
    fileName: 'thong-bao-chuyen-kien-nghi',
    label: 'Thông báo chuyển kiến nghị',
    per: 'petition',
  },
  'extension-notice': {
    build: extensionNoticeDocument,
    fileName: 'thong-bao-gia-han',
    label: 'Thông báo gia hạn trả lời',
    per: 'task',
  },
  programme: {
    build: programmeDocument,
    fileName: 'chuong-trinh',
    label: 'Chương trình hội nghị',
  },
  'meeting-rules': { build: meetingRulesDocument, fileName: 'noi-quy', label: 'Nội quy hội nghị' },
  'delegate-list': {
    build: delegateListDocument,
    fileName: 'danh-sach-dai-bieu',
    label: 'Danh sách đại biểu dự hội nghị',
  },
  'speaker-list': {
    build: speakerListDocument,
    fileName: 'danh-sach-dang-ky-phat-bieu',
    label: 'Danh sách công dân đăng ký phát biểu',
  },
  'supervision-report': {
    build: supervisionReportDocument,
    fileName: 'bao-cao-giam-sat',
    label: 'Báo cáo kết quả giám sát',
    per: 'supervision',
  },
  'results-report': {
    build: resultsReportDocument,
    fileName: 'bao-cao-ket-qua',
    label: 'Báo cáo kết quả',
  },
  'monthly-progress': {
    build: monthlyProgressDocument,
    fileName: 'bao-cao-tien-do',
    label: 'Báo cáo tiến độ hằng tháng',
  },
} as const;

export type DocxKind = keyof typeof DOCX_KINDS;

/** The record each kind is built from. */
export interface DocxRecords {
  plan: PlanDocumentRecord;
  'public-notice': PublicNoticeRecord;
  invitation: InvitationRecord;
  'registration-form': RegistrationFormRecord;
  minutes: MinutesRecord;
  conclusion: ConclusionRecord;
  'written-answer': WrittenAnswerRecord;
  'results-report': ResultsReportRecord;
  'monthly-progress': MonthlyProgressRecord;
  'referral-letter': ReferralRecord;
  'referral-notice': ReferralRecord;
  'extension-notice': ExtensionNoticeRecord;
  'supervision-report': SupervisionReportRecord;
  programme: ProgrammeRecord;
  'meeting-rules': ProgrammeRecord;
  'delegate-list': DelegateListRecord;
  'speaker-list': SpeakerListRecord;
}

export const isDocxKind = (kind: string): kind is DocxKind => Object.hasOwn(DOCX_KINDS, kind);

/** The document object of a kind (pure: no I/O). */
export function buildDocument<K extends DocxKind>(
  kind: K,
  record: DocxRecords[K],
  context: IssuerContext = {},
): Document {
  const build = DOCX_KINDS[kind].build as (r: DocxRecords[K], c: IssuerContext) => Document;
  return build(record, context);
}

/** The .docx bytes of a kind — CPU-bound: the server calls it in a worker (`renderDocument`). */
export async function packDocx<K extends DocxKind>(
  kind: K,
  record: DocxRecords[K],
  context: IssuerContext = {},
): Promise<Buffer> {
  return Packer.toBuffer(buildDocument(kind, record, context));
}
