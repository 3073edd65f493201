import { HOLIDAY_NAMES, LEGAL_SOURCES, dayInLieu } from '../statutory-holidays.js';
import { dayOff, swap, type OfficialSchedule } from './entries.js';

/*
 * 2026 (Tết Bính Ngọ: mùng 1 = 17/02/2026). From 2026 the Bộ Nội vụ announces the schedules.
 * - Công văn 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 01/01–04/01/2026 for public servants,
 *   swapping Friday 02/01 for Saturday 10/01.
 * - Thông báo 9441/TB-BNV (16/10/2025, Bộ Nội vụ): Tết 05 days from Monday 16/02 (29 tháng Chạp
 *   Ất Tỵ) to Friday 20/02 (mùng 4 Bính Ngọ), with the weekends 14–15/02 and 21–22/02 a 9-day
 *   break; Quốc khánh Saturday 29/8 – Wednesday 02/9: 01/9 is the adjacent day and Monday 31/8 is
 *   swapped for Saturday 22/8.
 * - Giỗ Tổ (10/3 Bính Ngọ) is Sunday 26/4: made up on Monday 27/4 (Điều 111 khoản 3). No swap
 *   around 30/4–1/5 (Thursday, Friday).
 * - Nghị quyết 28/2026/QH16 (24/4/2026, in force 01/7/2026), Điều 2: 24/11 (Tuesday) is a day off.
 *   Công văn 10065/VPCP-KGVX (02/10/2026) keeps it to that one day: the proposed swap (23/11 off,
 *   Saturday 28/11 worked) was not adopted.
 * Found through the search corpus: vietbao.vn and vnanet.vn (9441), baochinhphu/24h.com.vn (12729),
 * thanhnien.vn (totals for 2026); the 22/8 Saturday, NQ 28's date and 10065 are as several public
 * holiday tables cite them (not read in the original text here).
 */
const TB_9441 = 'Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ';
const CV_12729 =
  'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)';
const CV_10065 = 'Công văn số 10065/VPCP-KGVX ngày 02/10/2026 của Văn phòng Chính phủ';
const TET = `${LEGAL_SOURCES.lunarNewYear} và khoản 3; ${TB_9441}`;

export const SCHEDULE_2026: OfficialSchedule = {
  source: `${TB_9441}; ${CV_12729}; ${LEGAL_SOURCES.cultureDay}; ${CV_10065}. Ngày lễ cố định: ${LEGAL_SOURCES.labourCode}`,
  entries: [
    dayOff('2026-01-01', HOLIDAY_NAMES.newYear, LEGAL_SOURCES.newYear),
    ...swap('2026-01-02', '2026-01-10', CV_12729),
    dayOff('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)', TET),
    dayOff('2026-02-17', 'Tết Nguyên đán (mùng 1)', TET),
    dayOff('2026-02-18', 'Tết Nguyên đán (mùng 2)', TET),
    dayOff('2026-02-19', 'Tết Nguyên đán (mùng 3)', TET),
    dayOff('2026-02-20', 'Tết Nguyên đán (mùng 4)', TET),
    dayOff('2026-04-26', HOLIDAY_NAMES.hungKings, LEGAL_SOURCES.hungKings),
    dayInLieu(
      '2026-04-27',
      { date: '2026-04-26', name: HOLIDAY_NAMES.hungKings },
      LEGAL_SOURCES.dayInLieu,
    ),
    dayOff('2026-04-30', HOLIDAY_NAMES.victoryDay, LEGAL_SOURCES.victoryDay),
    dayOff('2026-05-01', HOLIDAY_NAMES.labourDay, LEGAL_SOURCES.labourDay),
    ...swap('2026-08-31', '2026-08-22', TB_9441),
    dayOff(
      '2026-09-01',
      'Quốc khánh (ngày liền kề 1/9)',
      `${LEGAL_SOURCES.nationalDay} và khoản 3; ${TB_9441}`,
    ),
    dayOff('2026-09-02', HOLIDAY_NAMES.nationalDay, LEGAL_SOURCES.nationalDay),
    dayOff('2026-11-24', HOLIDAY_NAMES.cultureDay, `${LEGAL_SOURCES.cultureDay}; ${CV_10065}`),
  ],
};
