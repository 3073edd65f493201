import type { HolidayKind } from '../calendar/holiday.schema.js';
import type { DeadlineFilter } from '../deadlines/deadline-range.js';
import { REGULATION_PROFILES } from '../deadlines/profiles/index.js';
import { RULE_TEMPLATES } from '../deadlines/rule-templates.js';
import type {
  Direction,
  PeriodUnit,
  RegulationProfileId,
  RuleId,
} from '../deadlines/rule.schema.js';
import { FOLLOW_UP_MACHINE } from '../follow-up/follow-up.machine.js';
import { FOLLOW_UP_EVENTS, type FollowUpEvent } from '../follow-up/follow-up.machine.rules.js';
import { PETITION_MACHINE } from '../petitions/petition.machine.js';
import { PETITION_EVENTS, type PetitionEvent } from '../petitions/petition.machine.rules.js';
import type { QuotaAllocation } from '../plans/plan-participants.schema.js';
import { PLAN_MACHINE } from '../plans/plan.machine.js';
import { PLAN_EVENTS, type PlanEvent } from '../plans/plan.machine.rules.js';
import type { ReportingPeriodKind } from '../reports/reporting-period.js';

/*
 * The labels of the enums that had none beside their schema. The others stay next to their enum
 * (PLAN_STATUS_LABELS in plans/plan.status.ts…); `label-catalogue.ts` gathers both.
 */

export const HOLIDAY_KIND_LABELS = {
  holiday: 'Ngày nghỉ lễ, Tết',
  compensatory: 'Ngày nghỉ bù',
  'swapped-workday': 'Ngày làm việc bù',
} as const satisfies Record<HolidayKind, string>;

export const PERIOD_UNIT_LABELS = {
  'working-days': 'ngày làm việc',
  'calendar-days': 'ngày',
} as const satisfies Record<PeriodUnit, string>;

export const DIRECTION_LABELS = {
  before: 'trước',
  after: 'sau',
} as const satisfies Record<Direction, string>;

export const QUOTA_ALLOCATION_LABELS = {
  none: 'Không ấn định số lượng',
  'per-unit': 'Mỗi đơn vị cử một số như nhau',
  'per-village': 'Phân bổ theo từng thôn',
} as const satisfies Record<QuotaAllocation, string>;

/** The 6- and 9-month reports count from 1 January (reports/reporting-period.ts). */
export const REPORTING_PERIOD_LABELS = {
  month: 'Tháng',
  quarter: 'Quý',
  '6-months': '6 tháng đầu năm',
  '9-months': '9 tháng đầu năm',
  year: 'Cả năm',
} as const satisfies Record<ReportingPeriodKind, string>;

export const DEADLINE_FILTER_LABELS = {
  'due-soon': 'Sắp đến hạn',
  'due-today': 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
} as const satisfies Record<DeadlineFilter, string>;

/** A deadline rule by its id, whatever the profile: "Hạn các thôn, người dân đăng ký…". */
export const RULE_LABELS = Object.fromEntries(
  Object.entries(RULE_TEMPLATES).map(([id, template]) => [id, template.label]),
) as Record<RuleId, string>;

/** A regulation profile by its id: "Thái Nguyên — Quyết định 357-QĐ/TU (2025)". */
export const REGULATION_PROFILE_LABELS = Object.fromEntries(
  Object.entries(REGULATION_PROFILES).map(([id, profile]) => [id, profile.name]),
) as Record<RegulationProfileId, string>;

/** The workflows' steps as the machines name them ("trình duyệt", "phân loại"…). */
export const PLAN_EVENT_LABELS = Object.fromEntries(
  PLAN_EVENTS.map((event) => [event, PLAN_MACHINE.events[event].label]),
) as Record<PlanEvent, string>;
export const PETITION_EVENT_LABELS = Object.fromEntries(
  PETITION_EVENTS.map((event) => [event, PETITION_MACHINE.events[event].label]),
) as Record<PetitionEvent, string>;
export const FOLLOW_UP_EVENT_LABELS = Object.fromEntries(
  FOLLOW_UP_EVENTS.map((event) => [event, FOLLOW_UP_MACHINE.events[event].label]),
) as Record<FollowUpEvent, string>;
