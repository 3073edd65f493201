import type { RouterOutputs } from '@doithoai/api/client';

/** `plans.get`: the plan, its version, the server-computed schedule, history and allowed steps. */
export type PlanDetail = RouterOutputs['plans']['get'];
export type ScheduleChanges = RouterOutputs['plans']['reschedule']['changes'];
/** One row of `plans.list`. */
export type PlanRow = RouterOutputs['plans']['list'][number];
