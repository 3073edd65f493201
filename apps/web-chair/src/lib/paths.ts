import { base } from '$app/paths';

/** Links inside the app, under its base path (`/chair`). */
export const paths = {
  inbox: `${base}/`,
  petition: (id: string) => `${base}/petitions/${id}`,
  // Conference mode, in the hall: the dialogues to choose from, and one dialogue's conference.
  conferences: `${base}/conference`,
  conference: (planId: string) => `${base}/conference/${planId}`,
  // After the conference: the conclusion notice, follow-up tasks, deadlines, the monthly report.
  followUp: (planId?: string) => `${base}/follow-up${planId ? `?plan=${planId}` : ''}`,
  conclusion: (planId: string) => `${base}/follow-up/conclusion/${planId}`,
  task: (id: string) => `${base}/follow-up/tasks/${id}`,
  deadlines: `${base}/deadlines`,
  monthlyReport: (planId?: string) => `${base}/reports/monthly${planId ? `?plan=${planId}` : ''}`,
  // The People's Committee's own dialogue plans (the office drafts, the chair approves).
  plans: `${base}/plans`,
  newPlan: `${base}/plans/new`,
  plan: (id: string) => `${base}/plans/${id}`,
  editPlan: (id: string) => `${base}/plans/${id}/edit`,
  planVersion: (id: string, version: number) => `${base}/plans/${id}/versions/${version}`,
};
