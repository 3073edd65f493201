// The dialogue plan's screens shared by the Party app and the chair app (form, schedule, steps,
// history, the plan as issued). Each app calls `setPlanApp` once in its root layout.
export { default as CopyLastYear } from './CopyLastYear.svelte';
export { default as NewPlanPage } from './NewPlanPage.svelte';
export { default as PlanActions } from './PlanActions.svelte';
export { default as PlanDocument } from './PlanDocument.svelte';
export { default as PlanEditPage } from './PlanEditPage.svelte';
export { default as PlanFormView } from './form/PlanFormView.svelte';
export { default as PlanHistory } from './PlanHistory.svelte';
export { default as PlanListPage } from './PlanListPage.svelte';
export { default as PlanPage } from './PlanPage.svelte';
export { default as PlanTable } from './PlanTable.svelte';
export { default as PlanVersionPage } from './PlanVersionPage.svelte';
export { default as ScheduleTable } from './ScheduleTable.svelte';
export { default as StepForm } from './StepForm.svelte';
export { issuerText, type IssuerText } from './issuer-text.js';
export { planChoiceLabel, planWhen, type PlanLabelled } from './plan-label.js';
export { planApp, setPlanApp, type PlanApp, type PlanPaths } from './plan-context.js';
export { emptyPlanForm, planToForm, toPlanContent, type PlanForm } from './plan-form.js';
export type { PlanDetail, PlanRow, ScheduleChanges } from './types.js';
