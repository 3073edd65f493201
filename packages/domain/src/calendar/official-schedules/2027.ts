import { HOLIDAY_NAMES, LEGAL_SOURCES, dayInLieu } from '../statutory-holidays.js';
import { dayOff, type OfficialSchedule } from './entries.js';

/*
 * 2027 (Tết Đinh Mùi: mùng 1 = Saturday 06/02/2027).
 * - Công văn 10065/VPCP-KGVX (02/10/2026, Văn phòng Chính phủ): Tết 7 days, Thursday 04/02 to
 *   Wednesday 10/02/2027 — five Tết days 04/02–08/02 (2 before mùng 1, 3 after) and 09/02, 10/02
 *   in lieu of mùng 1 and mùng 2 on the weekend; Quốc khánh 02/9–05/9/2027 (Thursday to Sunday),
 *   i.e. the adjacent day is Friday 03/9.
 * - Everything else follows the law: 1/1 (Friday), Giỗ Tổ 16/4 (Friday, 10/3 Đinh Mùi), 30/4
 *   (Friday), 1/5 (Saturday, made up on Monday 03/5 — Điều 111 khoản 3), 24/11 (Wednesday,
 *   Nghị quyết 28/2026/QH16). No swap for 2027 had been announced in the sources found.
 * Sources: 10065/VPCP-KGVX as several public holiday tables cite it (number, date, the 04–10/02 and
 * 02–05/9 ranges); not read in the original text here. An administrator can add later decisions.
 */
const CV_10065 =
  'Công văn số 10065/VPCP-KGVX ngày 02/10/2026 của Văn phòng Chính phủ (nghỉ Tết Âm lịch và Quốc khánh năm 2027)';
const TET = `${LEGAL_SOURCES.lunarNewYear} và khoản 3; ${CV_10065}`;
const IN_LIEU = `${LEGAL_SOURCES.dayInLieu}; ${CV_10065}`;

export const SCHEDULE_2027: OfficialSchedule = {
  source: `${CV_10065}; ${LEGAL_SOURCES.cultureDay}. Ngày lễ cố định: ${LEGAL_SOURCES.labourCode}`,
  entries: [
    dayOff('2027-01-01', HOLIDAY_NAMES.newYear, LEGAL_SOURCES.newYear),
    dayOff('2027-02-04', 'Tết Nguyên đán (28 tháng Chạp)', TET),
    dayOff('2027-02-05', 'Tết Nguyên đán (29 tháng Chạp)', TET),
    dayOff('2027-02-06', 'Tết Nguyên đán (mùng 1)', TET),
    dayOff('2027-02-07', 'Tết Nguyên đán (mùng 2)', TET),
    dayOff('2027-02-08', 'Tết Nguyên đán (mùng 3)', TET),
    dayInLieu('2027-02-09', { date: '2027-02-06', name: 'Tết Nguyên đán (mùng 1)' }, IN_LIEU),
    dayInLieu('2027-02-10', { date: '2027-02-07', name: 'Tết Nguyên đán (mùng 2)' }, IN_LIEU),
    dayOff('2027-04-16', HOLIDAY_NAMES.hungKings, LEGAL_SOURCES.hungKings),
    dayOff('2027-04-30', HOLIDAY_NAMES.victoryDay, LEGAL_SOURCES.victoryDay),
    dayOff('2027-05-01', HOLIDAY_NAMES.labourDay, LEGAL_SOURCES.labourDay),
    dayInLieu(
      '2027-05-03',
      { date: '2027-05-01', name: HOLIDAY_NAMES.labourDay },
      LEGAL_SOURCES.dayInLieu,
    ),
    dayOff('2027-09-02', HOLIDAY_NAMES.nationalDay, LEGAL_SOURCES.nationalDay),
    dayOff(
      '2027-09-03',
      'Quốc khánh (ngày liền kề 3/9)',
      `${LEGAL_SOURCES.nationalDay} và khoản 3; ${CV_10065}`,
    ),
    dayOff('2027-11-24', HOLIDAY_NAMES.cultureDay, LEGAL_SOURCES.cultureDay),
  ],
};
