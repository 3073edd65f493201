import {
  addWorkingDays,
  nextWorkingDayOnOrAfter,
  vietnamDateAt,
  type IsoDate,
  type WorkingCalendar,
} from '@doithoai/domain';

/**
 * The demo's clock: "today" in Vietnam and working-day arithmetic around it, with the same
 * working calendar the API uses. Every step of the demo happens at an instant the clock gives,
 * never after `now`.
 */
export interface DemoClock {
  now: Date;
  today: IsoDate;
  calendar: WorkingCalendar;
  /** The nth working day after today (n < 0: before). */
  wd(n: number): IsoDate;
  /** The nth working day after `date` (n < 0: before). */
  after(date: IsoDate, n: number): IsoDate;
  /** `date` itself if it is a working day, else the next one. */
  workingDay(date: IsoDate): IsoDate;
  /** The instant at `time` (HH:MM, Vietnam) on `date`, capped at `now`. */
  at(date: IsoDate, time?: string): Date;
  /** The later of two dates. */
  max(a: IsoDate, b: IsoDate): IsoDate;
  /** The earlier of two dates. */
  min(a: IsoDate, b: IsoDate): IsoDate;
}

/**
 * @example const clock = createDemoClock(new Date('2026-11-23T02:00:00Z'), calendar); clock.wd(-1) // '2026-11-20'
 */
export function createDemoClock(now: Date, calendar: WorkingCalendar): DemoClock {
  const today = vietnamDateAt(now);
  const after = (date: IsoDate, n: number) => addWorkingDays(calendar, date, n).date;
  return {
    now,
    today,
    calendar,
    wd: (n) => after(today, n),
    after,
    workingDay: (date) => nextWorkingDayOnOrAfter(calendar, date).date,
    at: (date, time = '09:00') => {
      const instant = new Date(`${date}T${time}:00+07:00`);
      return instant.getTime() > now.getTime() ? new Date(now) : instant;
    },
    max: (a, b) => (a > b ? a : b),
    min: (a, b) => (a < b ? a : b),
  };
}

/** Minutes after a starting time, as HH:MM: the order of steps on one day. @example minutesAfter('08:00', 75) // '09:15' */
export function minutesAfter(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
