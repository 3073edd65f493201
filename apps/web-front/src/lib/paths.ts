import { base } from '$app/paths';
import { queryString as query } from '@doithoai/ui';

/** Links inside the app, under its base path (`/front`). */
export const paths = {
  collection: (planId?: string) => `${base}/${query({ ke_hoach: planId })}`,
  supervision: (filters: { ke_hoach?: string; nam?: number } = {}) =>
    `${base}/giam-sat${query(filters)}`,
  report: (filters: { ke_hoach?: string; nam?: number; ky?: string; so?: number } = {}) =>
    `${base}/bao-cao${query(filters)}`,
};
