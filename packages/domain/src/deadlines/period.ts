import { addDays, formatVietnameseDate, type IsoDate } from '../calendar/civil-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  previousWorkingDayOnOrBefore,
  type SkippedDay,
} from '../calendar/working-days.js';
import type { Direction, PeriodUnit } from './rule.schema.js';

export interface Period {
  offset: number;
  unit: PeriodUnit;
  direction: Direction;
}

/** Which counting convention produced a date; named in every explanation. */
export type CountingReading =
  | 'nth-working-day-after'
  | 'calendar-days-after'
  | 'whole-working-days-before'
  | 'whole-calendar-days-before'
  | 'fixed-date';

export interface CountedDeadline {
  date: IsoDate;
  reading: CountingReading;
  /** Days off passed over or rolled past, each with its reason (and table source via the calendar). */
  skipped: SkippedDay[];
  /** Vietnamese explanation: the convention, the count and what was skipped. */
  explanation: string;
}

function describeSkipped(skipped: readonly SkippedDay[]): string {
  if (skipped.length === 0) return 'Không có ngày nghỉ nào bị bỏ qua.';
  const list = skipped.map((s) => `${formatVietnameseDate(s.date)} (${s.reason})`).join(', ');
  return `Bỏ qua ${skipped.length} ngày nghỉ: ${list}.`;
}

function afterWorkingDays(
  calendar: WorkingCalendar,
  anchor: IsoDate,
  offset: number,
): CountedDeadline {
  const { date, skipped } = addWorkingDays(calendar, anchor, offset);
  return {
    date,
    reading: 'nth-working-day-after',
    skipped,
    explanation:
      `Trong thời hạn ${offset} ngày làm việc kể từ ${formatVietnameseDate(anchor)}: ngày làm việc thứ ${offset} ` +
      `sau mốc là ${formatVietnameseDate(date)} (thời hạn bắt đầu từ ngày tiếp theo — BLDS 2015, Điều 147). ` +
      describeSkipped(skipped),
  };
}

function afterCalendarDays(
  calendar: WorkingCalendar,
  anchor: IsoDate,
  offset: number,
): CountedDeadline {
  const nominal = addDays(anchor, offset);
  const { date, skipped } = nextWorkingDayOnOrAfter(calendar, nominal);
  const rolled =
    date === nominal
      ? ''
      : ` Ngày ${formatVietnameseDate(nominal)} là ngày nghỉ nên thời hạn kết thúc vào ngày làm việc tiếp theo ${formatVietnameseDate(date)} (BLDS 2015, Điều 148 khoản 5).`;
  return {
    date,
    reading: 'calendar-days-after',
    skipped,
    explanation:
      `Trong thời hạn ${offset} ngày kể từ ${formatVietnameseDate(anchor)}: ${formatVietnameseDate(anchor)} + ${offset} ngày = ` +
      `${formatVietnameseDate(nominal)} (tính từ ngày tiếp theo — BLDS 2015, Điều 147).${rolled}` +
      (skipped.length ? ` ${describeSkipped(skipped)}` : ''),
  };
}

/*
 * "At least N days before E" — no official text settles backward counting. We use the safe
 * reading (docs/domain.md): N whole days must lie strictly between the action and E, and the latest
 * compliant date is shown as a working day (moved earlier, never later).
 */
function beforeWorkingDays(
  calendar: WorkingCalendar,
  anchor: IsoDate,
  offset: number,
): CountedDeadline {
  const nth = addWorkingDays(calendar, anchor, -offset);
  const latest =
    offset === 0
      ? previousWorkingDayOnOrBefore(calendar, anchor)
      : addWorkingDays(calendar, nth.date, -1);
  const skipped = [...latest.skipped, ...nth.skipped];
  return {
    date: latest.date,
    reading: 'whole-working-days-before',
    skipped,
    explanation:
      `Ít nhất ${offset} ngày làm việc trước ${formatVietnameseDate(anchor)}: áp dụng cách hiểu an toàn — phải có đủ ` +
      `${offset} ngày làm việc trọn vẹn nằm giữa ngày thực hiện và ngày ${formatVietnameseDate(anchor)}, nên chậm nhất là ` +
      `${formatVietnameseDate(latest.date)}. (Cách hiểu khác — ngày làm việc thứ ${offset} trước mốc — cho ngày ` +
      `${formatVietnameseDate(nth.date)}; chưa có văn bản chính thức quy định cách tính lùi.) ${describeSkipped(skipped)}`,
  };
}

function beforeCalendarDays(
  calendar: WorkingCalendar,
  anchor: IsoDate,
  offset: number,
): CountedDeadline {
  const nominal = addDays(anchor, -offset - 1);
  const { date, skipped } = previousWorkingDayOnOrBefore(calendar, nominal);
  const rolled =
    date === nominal
      ? ''
      : ` Ngày ${formatVietnameseDate(nominal)} là ngày nghỉ nên lùi về ngày làm việc trước đó.`;
  return {
    date,
    reading: 'whole-calendar-days-before',
    skipped,
    explanation:
      `Ít nhất ${offset} ngày trước ${formatVietnameseDate(anchor)}: áp dụng cách hiểu an toàn — đủ ${offset} ngày trọn ` +
      `vẹn nằm giữa ngày thực hiện và ngày ${formatVietnameseDate(anchor)}, nên chậm nhất là ${formatVietnameseDate(nominal)}.` +
      `${rolled} Hạn hiển thị: ${formatVietnameseDate(date)}.` +
      (skipped.length ? ` ${describeSkipped(skipped)}` : ''),
  };
}

/**
 * Applies a period to an anchor date with the Civil Code conventions and explains the result.
 *
 * @example
 * countPeriod(calendar, '2025-12-10', { offset: 7, unit: 'working-days', direction: 'before' }).date // '2025-11-28'
 * countPeriod(calendar, '2025-12-10', { offset: 30, unit: 'calendar-days', direction: 'after' }).date // '2026-01-09'
 */
export function countPeriod(
  calendar: WorkingCalendar,
  anchor: IsoDate,
  period: Period,
): CountedDeadline {
  const { offset, unit, direction } = period;
  if (direction === 'after') {
    return unit === 'working-days'
      ? afterWorkingDays(calendar, anchor, offset)
      : afterCalendarDays(calendar, anchor, offset);
  }
  return unit === 'working-days'
    ? beforeWorkingDays(calendar, anchor, offset)
    : beforeCalendarDays(calendar, anchor, offset);
}

/** A date fixed by the plan itself (e.g. seed 000's cut-off), explained as such. @example fixedDeadline('2025-12-04', 'Kế hoạch mục IV.5').date // '2025-12-04' */
export function fixedDeadline(date: IsoDate, reason: string): CountedDeadline {
  return {
    date,
    reading: 'fixed-date',
    skipped: [],
    explanation: `Ngày ${formatVietnameseDate(date)} do kế hoạch ấn định: ${reason}.`,
  };
}
