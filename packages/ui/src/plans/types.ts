import type { ApiClient } from '../session.js';

/** `plans.get`: the plan, its version, the server-computed schedule, history and allowed steps. */
export type PlanDetail = Awaited<ReturnType<ApiClient['plans']['get']['query']>>;
export type ScheduleChanges = Awaited<
  ReturnType<ApiClient['plans']['reschedule']['mutate']>
>['changes'];
/** One row of `plans.list`. */
export type PlanRow = Awaited<ReturnType<ApiClient['plans']['list']['query']>>[number];
