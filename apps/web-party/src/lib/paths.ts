import { base } from '$app/paths';
import { queryString as query } from '@doithoai/ui';

/** Links inside the app, under its base path (`/party`). */
export const paths = {
  plans: `${base}/`,
  plansFiltered: (filters: { year?: number; status?: string }) => `${base}/${query(filters)}`,
  newPlan: `${base}/plans/new`,
  plan: (id: string) => `${base}/plans/${id}`,
  editPlan: (id: string) => `${base}/plans/${id}/edit`,
  planVersion: (id: string, version: number) => `${base}/plans/${id}/versions/${version}`,
  approvals: `${base}/approvals`,
  dashboard: `${base}/dashboard`,
  findings: `${base}/findings`,
  petitions: (
    filters: {
      year?: number;
      field?: string;
      villageId?: string;
      village?: string;
      status?: string;
      unclassified?: 1;
      noVillage?: 1;
      deadline?: string;
    } = {},
  ) => `${base}/petitions${query(filters)}`,
  tasks: (filters: { year?: number; body?: string; deadline?: string; open?: 1 } = {}) =>
    `${base}/tasks${query(filters)}`,
  periodicReport: (filters: { year?: number; period?: string; index?: number } = {}) =>
    `${base}/reports/periodic${query(filters)}`,
  resultsReport: (planId: string) => `${base}/reports/results/${planId}`,
};
