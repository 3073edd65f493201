import { base } from '$app/paths';

/** Links inside the app, under its base path (`/party`). */
export const paths = {
  plans: `${base}/`,
  newPlan: `${base}/plans/new`,
  plan: (id: string) => `${base}/plans/${id}`,
  editPlan: (id: string) => `${base}/plans/${id}/edit`,
  approvals: `${base}/approvals`,
  dashboard: `${base}/dashboard`,
};
