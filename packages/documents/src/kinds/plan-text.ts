import {
  describeTiming,
  formatVietnameseDate,
  isPartyIssuer,
  PLAN_FORMAT_LABELS,
  type ParticipantGroup,
  type Plan,
  type PlanTiming,
  type Venue,
} from '@doithoai/domain';
import { lowerFirst } from './common.js';

/** The fields of a schedule entry a document prints (the `schedule` of `plans.get`). */
export interface ScheduleLine {
  ruleId: string;
  label: string;
  responsible: string;
  dueDate: string | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The dialogue's time as plans word it: "Dự kiến ngày 10 tháng 12 năm 2025" (seed 000) or
 * "Từ ngày 01/07/2025 đến ngày 31/12/2025 (UBND xã ban hành Thông báo cụ thể sau)" (seed 004);
 * the wording is the domain's `describeTiming`, in the style of official texts.
 */
export const timingText = (timing: PlanTiming | undefined): string =>
  describeTiming(timing, { style: 'document' });

export function venueText(venue: Venue | undefined): string {
  if (!venue) return 'Thông báo cụ thể sau';
  const parts = [venue.name, venue.address, venue.onlineLink].filter(Boolean);
  return parts.join(', ');
}

export const formatText = (plan: Pick<Plan, 'format'>) => PLAN_FORMAT_LABELS[plan.format];

/**
 * One participant group as seed 000 lists it: "27 thôn trên địa bàn xã: mỗi thôn cử đại diện
 * 05 đại biểu gồm (Bí thư chi bộ, Trưởng thôn, Trưởng Ban công tác Mặt trận và 02 người dân)".
 */
export function participantText(group: ParticipantGroup): string {
  let text = group.description;
  if (group.composition.length > 0) {
    const parts = group.composition.map((c) =>
      c.count > 1 ? `${pad2(c.count)} ${lowerFirst(c.role)}` : c.role,
    );
    const last = parts.pop();
    text += ` gồm (${parts.length > 0 ? `${parts.join(', ')} và ${last}` : last})`;
  }
  if (group.namedGuests.length > 0)
    text += `: ${group.namedGuests.map((g) => `đồng chí ${g.name}, ${g.position}`).join('; ')}`;
  return text;
}

/**
 * "Đồng chí Bí thư Đảng ủy xã, Chủ tịch HĐND xã, Chủ tịch UBND xã" (seed 000) from the plan's
 * chairs; a state plan names the office without "Đồng chí" (seed 004: "Chủ tịch Ủy ban nhân
 * dân xã trực tiếp chủ trì"; issue 16).
 */
export function chairsText(plan: Pick<Plan, 'chairs' | 'issuer'>): string {
  if (plan.chairs.length === 0) return 'Người đứng đầu';
  const positions = plan.chairs.map((c) => c.position).join(', ');
  return isPartyIssuer(plan.issuer.kind) ? `Đồng chí ${positions}` : positions;
}

/**
 * The schedule's dated lines: "Hạn …: 04/12/2025 — Các thôn." A dash before the one responsible,
 * whose name may carry its own parentheses ("Văn phòng HĐND và UBND (tham mưu)"): never "((").
 */
export function scheduleTexts(schedule: readonly ScheduleLine[]): string[] {
  return schedule.flatMap((entry) =>
    entry.dueDate === null
      ? []
      : [
          `${entry.label}: ${formatVietnameseDate(entry.dueDate)} — ${entry.responsible.replace(/\.$/u, '')}.`,
        ],
  );
}
