// @doithoai/ui: what every role app shares. Components are Svelte 5; helpers are plain TS.
export { default as AppShell } from './AppShell.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as DateField } from './DateField.svelte';
export { default as DateInput } from './DateInput.svelte';
export { default as DeadlineBadge } from './DeadlineBadge.svelte';
export { default as ErrorBox } from './ErrorBox.svelte';
export { default as FormField } from './FormField.svelte';
export { default as Repeater } from './Repeater.svelte';
export { default as SelectField } from './SelectField.svelte';
export { default as StatusBadge } from './StatusBadge.svelte';
export { default as TextField } from './TextField.svelte';
export { errorsAt, readApiError, type FormErrors } from './api-errors.js';
export { appsForRole, mayUseApp, refusalUrl, ROLE_APPS, type RoleApp } from './apps.js';
export { monthGrid, parseVietnameseDate, shiftDate, type MarkedDay } from './dates.js';
export { formatDate, formatInstant } from './format.js';
export { deadlineLabel, statusLabel, statusTone, type StatusKind } from './labels.js';
export { holidayLoader, type ApiClient, type SessionUser } from './session.js';
