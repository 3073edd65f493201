import { formatVietnameseDate, type IsoDate } from '../civil-date.js';
import type { HolidayEntry } from '../holiday.schema.js';
import { weekdayInSentence } from '../statutory-holidays.js';

/**
 * The officially announced holiday schedule of one year for public servants (cán bộ, công chức,
 * viên chức): every day off and every weekend day worked, each entry with its own source.
 */
export interface OfficialSchedule {
  /** The documents the year's schedule comes from: number, date, issuer. */
  readonly source: string;
  readonly entries: readonly HolidayEntry[];
}

/** A holiday (a day off in its own right). @example dayOff('2025-01-01', 'Tết Dương lịch', 'Bộ luật Lao động 2019 …') */
export function dayOff(date: IsoDate, name: string, source: string): HolidayEntry {
  return { date, name, kind: 'holiday', source };
}

/**
 * A swap announced for public servants: a weekday off (kind `compensatory`) against a Saturday
 * (or Sunday) worked (kind `swapped-workday`), both citing the same decision.
 * @example
 * swap('2025-05-02', '2025-04-26', 'Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 …')
 * // [{ date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', kind: 'compensatory', … },
 * //  { date: '2025-04-26', name: 'Làm bù (cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025)', kind: 'swapped-workday', … }]
 */
export function swap(
  weekdayOff: IsoDate,
  weekendWorked: IsoDate,
  source: string,
): [HolidayEntry, HolidayEntry] {
  const worked = `${weekdayInSentence(weekendWorked)} ${formatVietnameseDate(weekendWorked)}`;
  const off = `${weekdayInSentence(weekdayOff)} ${formatVietnameseDate(weekdayOff)}`;
  return [
    { date: weekdayOff, name: `Nghỉ hoán đổi (làm bù ${worked})`, kind: 'compensatory', source },
    {
      date: weekendWorked,
      name: `Làm bù (cho ngày nghỉ hoán đổi ${off})`,
      kind: 'swapped-workday',
      source,
    },
  ];
}
