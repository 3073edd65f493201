// @doithoai/documents — official documents built from the records: DOCX (NĐ 30/2020/NĐ-CP,
// HD 36-HD/VPTW), PDF through LibreOffice, and Excel workbooks (issue 8).
// Village list import (.xlsx / .csv) and its template (the Front app, issue 7).
export {
  parseVillageList,
  type ParsedVillageList,
  type VillageListFormat,
  type VillageListProblem,
  type VillageListRow,
} from './spreadsheets/village-list-import.js';
export {
  columnHeader as villageListColumnHeader,
  VILLAGE_LIST_COLUMNS,
  type VillageListColumnKey,
} from './spreadsheets/village-list-import.columns.js';
export {
  VILLAGE_LIST_TEMPLATE_NAME,
  villageListTemplate,
} from './spreadsheets/village-list-import.template.js';

export { BoundedQueue } from './render/bounded-queue.js';

export {
  buildDocument,
  DOCX_KINDS,
  isDocxKind,
  packDocx,
  type DocxKind,
  type DocxRecords,
} from './kinds/index.js';
export type { IssuerContext } from './kinds/common.js';
export type { PlanDocumentRecord } from './kinds/plan.js';
export type { ScheduleLine } from './kinds/plan-text.js';
export type { PublicNoticeRecord } from './kinds/public-notice.js';
export type { InvitationRecord } from './kinds/invitation.js';
export type { RegistrationFormRecord } from './kinds/registration-form.js';
export type { MinutesRecord } from './kinds/minutes.js';
export type { ConclusionRecord } from './kinds/conclusion.js';
export type { WrittenAnswerRecord } from './kinds/written-answer.js';
export type { ReferralRecord } from './kinds/referral.js';
export type { ExtensionNoticeRecord } from './kinds/extension-notice.js';
export type { SupervisionReportRecord } from './kinds/supervision-report.js';
export type { ProgrammeRecord } from './kinds/programme.js';
export type {
  DelegateListRecord,
  RegisteredSpeaker,
  SpeakerListRecord,
} from './kinds/attendance-lists.js';
export type {
  MonthlyProgress,
  MonthlyProgressRecord,
  ResultsReportRecord,
} from './kinds/reports.js';
export {
  petitionRegisterWorkbook,
  REGISTER_COLUMNS,
  type PetitionRegisterRecord,
} from './spreadsheets/petition-register.js';
export {
  CONTENT_TYPES,
  createDocumentRenderer,
  fileNameOf,
  renderDocument,
  sharedDocumentQueues,
  sharedDocumentRenderer,
  type DocumentFormat,
  type DocumentKind,
  type DocumentRecords,
  type DocumentRenderer,
  type QueueSize,
  type RenderedDocument,
  type RendererOptions,
} from './render/render-document.js';
export { DocumentRenderError, type DocumentErrorCode } from './render/errors.js';
export { findSoffice } from './render/pdf-converter.js';
