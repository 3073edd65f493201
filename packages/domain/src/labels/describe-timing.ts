import { formatVietnameseDate, parseIsoDate, type IsoDate } from '../calendar/civil-date.js';
import type { PlanTiming } from '../plans/plan-timing.schema.js';

/**
 * How dates are written: `document` as the body of an official text ("ngày 10 tháng 12 năm
 * 2025", "08 giờ 00"), `screen` as forms and lists show them ("ngày 10/12/2025", "08:00").
 */
export type TimingStyle = 'document' | 'screen';

export interface DescribeTimingOptions {
  style?: TimingStyle;
  /** The day the conference was actually held: once known, it replaces the planned timing. */
  heldOn?: IsoDate | null;
}

/** "ngày 10 tháng 12 năm 2025", the way an official text dates an event. */
export function longVietnameseDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `ngày ${String(day).padStart(2, '0')} tháng ${month} năm ${year}`;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * When the dialogue takes place, worded once for every document and screen: the day it was held,
 * else the planned day (with its time and note, "Dự kiến"), else the window the day falls in
 * ("UBND xã ban hành Thông báo cụ thể sau", seed 004), else "Thông báo cụ thể sau".
 *
 * @example describeTiming({ kind: 'date', date: '2025-12-10', startTime: '08:00', note: 'Dự kiến' }) // 'Dự kiến 08:00, ngày 10/12/2025'
 * @example describeTiming({ kind: 'date', date: '2025-12-10', startTime: '08:00' }, { style: 'document' }) // '08 giờ 00, ngày 10 tháng 12 năm 2025'
 * @example describeTiming({ kind: 'window', from: '2025-07-01', to: '2025-12-31' }) // 'Từ ngày 01/07/2025 đến ngày 31/12/2025'
 */
export function describeTiming(
  timing: PlanTiming | null | undefined,
  { style = 'screen', heldOn = null }: DescribeTimingOptions = {},
): string {
  const day = (date: IsoDate) =>
    style === 'document' ? longVietnameseDate(date) : `ngày ${formatVietnameseDate(date)}`;
  if (heldOn) return capitalise(day(heldOn));
  if (!timing) return 'Thông báo cụ thể sau';
  if (timing.kind === 'date') {
    const time = timing.startTime
      ? `${style === 'document' ? timing.startTime.replace(':', ' giờ ') : timing.startTime}, `
      : '';
    const when = `${time}${day(timing.date)}`;
    return timing.note ? `${timing.note} ${when}` : capitalise(when);
  }
  // The window's bounds are short dates in both styles, as the seed plans write them.
  const range = `Từ ngày ${formatVietnameseDate(timing.from)} đến ngày ${formatVietnameseDate(timing.to)}`;
  return timing.note ? `${range} (${timing.note})` : range;
}
