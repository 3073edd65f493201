import type { ApiClient } from '@doithoai/ui';

/** `plans.get`: the plan, its version, the server-computed schedule, history and allowed steps. */
export type PlanDetail = Awaited<ReturnType<ApiClient['plans']['get']['query']>>;
export type ScheduleChanges = Awaited<
  ReturnType<ApiClient['plans']['reschedule']['mutate']>
>['changes'];
