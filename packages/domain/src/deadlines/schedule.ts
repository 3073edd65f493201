import { formatVietnameseDate, type IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { SkippedDay } from '../calendar/working-days.js';
import { countPeriod, fixedDeadline, type CountingReading, type Period } from './period.js';
import { resolveProfileRules } from './profiles/index.js';
import { RULE_TEMPLATES } from './rule-templates.js';
import {
  ANCHOR_EVENT_LABELS,
  RULE_IDS,
  type AnchorEvent,
  type RegulationProfileId,
  type RuleId,
  type RuleOverride,
} from './rule.schema.js';

export interface PlanScheduleInput {
  profileId: RegulationProfileId;
  /** The planned or actual date of each event (the dialogue date comes from the plan's timing). */
  events: Partial<Record<AnchorEvent, IsoDate>>;
  /** A plan that has only a window (seed 003: Quý III/2026) shows it on rules that wait for the date. */
  window?: { from: IsoDate; to: IsoDate };
  overrides?: readonly RuleOverride[];
}

export type ScheduleEntryStatus = 'computed' | 'overridden' | 'awaiting-anchor';

export interface ScheduleEntry {
  ruleId: RuleId;
  label: string;
  responsible: string;
  /** The regulation clause, or the plan's own reason for an override. */
  source: string;
  anchor: AnchorEvent;
  anchorDate: IsoDate | null;
  period: Period | null;
  dueDate: IsoDate | null;
  status: ScheduleEntryStatus;
  reading: CountingReading | null;
  skipped: SkippedDay[];
  explanation: string;
}

function awaitingExplanation(anchor: AnchorEvent, window: PlanScheduleInput['window']): string {
  const base = `Chưa có ${ANCHOR_EVENT_LABELS[anchor]} nên chưa tính được thời hạn.`;
  if (anchor !== 'dialogue-held' || !window) return base;
  return `${base} Kế hoạch dự kiến tổ chức trong khoảng ${formatVietnameseDate(window.from)} – ${formatVietnameseDate(window.to)}.`;
}

/**
 * A plan's whole schedule from its events: every rule of its regulation profile (with the plan's
 * overrides) turned into a due date with its explanation. Pure, so moving an event and calling
 * it again is how the schedule is recomputed.
 *
 * @example
 * computePlanSchedule(calendar, {
 *   profileId: 'quang-ngai-29-2022-qd-ubnd',
 *   events: { 'dialogue-held': '2025-12-10' },
 * }).find((e) => e.ruleId === 'public-notice')?.dueDate // '2025-11-28'
 */
export function computePlanSchedule(
  calendar: WorkingCalendar,
  input: PlanScheduleInput,
): ScheduleEntry[] {
  const rules = new Map(resolveProfileRules(input.profileId).map((rule) => [rule.id, rule]));
  const overrides = new Map((input.overrides ?? []).map((o) => [o.ruleId, o]));
  const entries: ScheduleEntry[] = [];

  for (const ruleId of RULE_IDS) {
    const rule = rules.get(ruleId);
    const override = overrides.get(ruleId);
    if (!rule && !override) continue;
    const template = rule ?? { ...RULE_TEMPLATES[ruleId], id: ruleId };
    const anchorDate = input.events[template.anchor] ?? null;
    const base = {
      ruleId,
      label: template.label,
      responsible: template.responsible,
      source: rule?.source ?? '',
      anchor: template.anchor,
      anchorDate,
    };

    if (override?.date) {
      const counted = fixedDeadline(override.date, override.reason);
      entries.push({
        ...base,
        source: override.reason,
        period: null,
        dueDate: counted.date,
        status: 'overridden',
        reading: counted.reading,
        skipped: [],
        explanation: counted.explanation,
      });
      continue;
    }
    const offset = override?.offset ?? rule?.offset;
    const unit = override?.unit ?? rule?.unit ?? 'calendar-days';
    if (offset === undefined) continue;
    const period: Period = { offset, unit, direction: template.direction };
    const source = override
      ? `${override.reason}${rule ? ` (thay cho: ${rule.source})` : ''}`
      : base.source;
    const status: ScheduleEntryStatus = override ? 'overridden' : 'computed';

    if (!anchorDate) {
      entries.push({
        ...base,
        source,
        period,
        dueDate: null,
        status: 'awaiting-anchor',
        reading: null,
        skipped: [],
        explanation: awaitingExplanation(template.anchor, input.window),
      });
      continue;
    }
    const counted = countPeriod(calendar, anchorDate, period);
    entries.push({
      ...base,
      source,
      period,
      dueDate: counted.date,
      status,
      reading: counted.reading,
      skipped: counted.skipped,
      explanation: counted.explanation,
    });
  }
  return entries;
}

/** What moved between two schedules of the same plan, for "moving the date recomputes every deadline". */
export interface ScheduleChange {
  ruleId: RuleId;
  label: string;
  before: IsoDate | null;
  after: IsoDate | null;
}

/**
 * @example diffSchedules(oldSchedule, newSchedule) // [{ ruleId: 'public-notice', before: '2025-11-28', after: '2025-12-05', … }]
 */
export function diffSchedules(
  before: readonly ScheduleEntry[],
  after: readonly ScheduleEntry[],
): ScheduleChange[] {
  const previous = new Map(before.map((e) => [e.ruleId, e]));
  const changes: ScheduleChange[] = [];
  const seen = new Set<RuleId>();
  for (const entry of after) {
    seen.add(entry.ruleId);
    const old = previous.get(entry.ruleId);
    if (old?.dueDate !== entry.dueDate)
      changes.push({
        ruleId: entry.ruleId,
        label: entry.label,
        before: old?.dueDate ?? null,
        after: entry.dueDate,
      });
  }
  for (const old of before) {
    if (!seen.has(old.ruleId))
      changes.push({ ruleId: old.ruleId, label: old.label, before: old.dueDate, after: null });
  }
  return changes;
}
