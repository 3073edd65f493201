// @doithoai/ui: what every role app shares. Components are Svelte 5; helpers are plain TS.
export { default as AppShell } from './AppShell.svelte';
export { default as ChangePasswordForm } from './ChangePasswordForm.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as DateField } from './DateField.svelte';
export { default as DateInput } from './DateInput.svelte';
export { default as DeadlineBadge } from './DeadlineBadge.svelte';
export { default as DocumentDownloads } from './DocumentDownloads.svelte';
export { default as CursorPager } from './CursorPager.svelte';
export { default as ErrorBox } from './ErrorBox.svelte';
export { default as ErrorPage } from './ErrorPage.svelte';
export { default as FormField } from './FormField.svelte';
export { default as GuidePage } from './GuidePage.svelte';
export { default as MonthPicker } from './MonthPicker.svelte';
export { default as NotificationBell } from './notifications/NotificationBell.svelte';
export { default as TodoList } from './notifications/TodoList.svelte';
export { default as PrintButton } from './PrintButton.svelte';
export { default as Repeater } from './Repeater.svelte';
export { default as RoleAppLayout } from './RoleAppLayout.svelte';
export { default as ReportHeader } from './ReportHeader.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as StatusBadge } from './StatusBadge.svelte';
export { default as TextField } from './TextField.svelte';
export { errorsAt, readApiError, type FormErrors } from './api-errors.js';
export type { FieldAttributes } from './field-attributes.js';
export {
  DOCUMENT_FORMAT_LABELS,
  documentHref,
  extensionNoticeLink,
  planDocumentLinks,
  referralLinks,
  supervisionReportLink,
  publicDocumentLinks,
  writtenAnswerLink,
  type DocumentFormat,
  type DocumentAvailabilityMap,
  type DocumentLink,
} from './documents.js';
export { appsForRole, mayUseApp, refusalUrl, ROLE_APPS, type RoleApp } from './apps.js';
export { monthGrid, parseVietnameseDate, shiftDate, type MarkedDay } from './dates.js';
export { formatDate, formatInstant } from './format.js';
export { KeysetPages } from './keyset-pages.svelte.js';
export {
  createDirectory,
  type CommuneDirectory,
  type LoadedDirectory,
} from './directory.svelte.js';
export { Step } from './step.svelte.js';
export { byFileName, guideSpans, parseGuide, type GuideBlock, type GuideSpan } from './guide.js';
export { queryString } from './query-string.js';
export { deadlineLabel, statusLabel, statusTone, type StatusKind } from './labels.js';
export { holidayLoader, type ApiClient, type SessionUser } from './session.js';
export {
  CopyLastYear,
  emptyPlanForm,
  issuerText,
  NewPlanPage,
  planApp,
  planChoiceLabel,
  planWhen,
  type PlanLabelled,
  PlanActions,
  PlanDocument,
  PlanEditPage,
  PlanFormView,
  PlanHistory,
  PlanListPage,
  PlanPage,
  PlanTable,
  PlanVersionPage,
  planToForm,
  ScheduleTable,
  setPlanApp,
  StepForm,
  toPlanContent,
  type IssuerText,
  type PlanApp,
  type PlanDetail,
  type PlanForm,
  type PlanPaths,
  type PlanRow,
  type ScheduleChanges,
} from './plans/index.js';
