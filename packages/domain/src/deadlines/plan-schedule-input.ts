import type { IsoDate } from '../calendar/civil-date.js';
import type { PlanContent } from '../plans/plan.schema.js';
import { timingRange } from '../plans/plan-timing.schema.js';
import type { PlanScheduleInput } from './schedule.js';

/** Dates of events that happened (recorded later in the plan's life). */
export interface RecordedPlanEvents {
  issuedOn?: IsoDate | undefined;
  noticeIssuedOn?: IsoDate | undefined;
  heldOn?: IsoDate | undefined;
  conclusionIssuedOn?: IsoDate | undefined;
}

/**
 * What `computePlanSchedule` needs, read from a plan: its profile and overrides, the dialogue
 * date (held, else planned), the window when there is no date yet, and the events recorded.
 *
 * @example
 * computePlanSchedule(calendar, planScheduleInput(aChoMoiPlan()))
 */
export function planScheduleInput(
  plan: Pick<PlanContent, 'regulationProfileId' | 'timing' | 'scheduleOverrides'> & {
    issuedOn?: IsoDate | undefined;
  },
  recorded: RecordedPlanEvents = {},
): PlanScheduleInput {
  const planned = plan.timing?.kind === 'date' ? plan.timing.date : undefined;
  const events: PlanScheduleInput['events'] = {};
  const approved = recorded.issuedOn ?? plan.issuedOn;
  if (approved) events['plan-approved'] = approved;
  if (recorded.noticeIssuedOn) events['notice-issued'] = recorded.noticeIssuedOn;
  const dialogue = recorded.heldOn ?? planned;
  if (dialogue) events['dialogue-held'] = dialogue;
  if (recorded.conclusionIssuedOn) events['conclusion-issued'] = recorded.conclusionIssuedOn;
  return {
    profileId: plan.regulationProfileId,
    events,
    ...(plan.timing?.kind === 'window' ? { window: timingRange(plan.timing) } : {}),
    overrides: plan.scheduleOverrides,
  };
}
