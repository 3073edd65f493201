import { daysBetween, formatVietnameseDate, type IsoDate } from '../calendar/civil-date.js';

/** Opening the conference before the date the People were told (issue 18). */
export interface EarlyStart {
  plannedDate: IsoDate;
  daysEarly: number;
  /** What the screen asks before opening: the date told to the People and today's. */
  message: string;
}

/**
 * Whether opening the conference today would be before its planned date — the date the public
 * notice told the People (Luật 72/2025/QH15, Điều 43): the office must confirm it knowingly.
 * Null on or after the day, or without a planned date (a window not yet fixed).
 *
 * @example earlyStart('2026-12-18', '2026-12-14')?.daysEarly // 4
 */
export function earlyStart(plannedDate: IsoDate | null, today: IsoDate): EarlyStart | null {
  if (!plannedDate || today >= plannedDate) return null;
  const daysEarly = daysBetween(today, plannedDate);
  return {
    plannedDate,
    daysEarly,
    message: `Theo kế hoạch đã thông báo cho Nhân dân, hội nghị tổ chức ngày ${formatVietnameseDate(plannedDate)}; hôm nay là ${formatVietnameseDate(today)} (sớm ${daysEarly} ngày).`,
  };
}
