import { HOLIDAY_NAMES, LEGAL_SOURCES, dayInLieu } from '../statutory-holidays.js';
import { dayOff, swap, type OfficialSchedule } from './entries.js';

/*
 * 2024 (Tết Giáp Thìn: mùng 1 = 10/02/2024).
 * - Công văn 8662/VPCP-KGVX (03/11/2023): the Prime Minister agrees to Tết 08/02–14/02/2024 and
 *   Quốc khánh 31/8–03/9/2024.
 * - Thông báo 5015/TB-LĐTBXH (22/11/2023, Bộ LĐ-TB&XH) announces it: Tết from Thursday 08/02
 *   (29 tháng Chạp Quý Mão) to Wednesday 14/02 (mùng 5 Giáp Thìn), "05 ngày nghỉ tết Âm lịch và
 *   02 ngày nghỉ bù … theo quy định tại khoản 3 Điều 111"; Quốc khánh Saturday 31/8 – Tuesday
 *   03/9 (2 holidays + 2 weekly rest days), i.e. the adjacent day is 03/9.
 * - Công văn 2450/VPCP-KGVX (12/4/2024): the Prime Minister agrees to swap Monday 29/4 for
 *   Saturday 04/5, so that 27/4–01/5 are five days off. (The ministry's own implementing notice is
 *   reported as 1570/TB-BLĐTBXH; its date could not be confirmed, so it is not cited.)
 * Found through the search corpus: kontum.gov.vn (5015), baotintuc.vn (8662, 2450), baophapluat.vn.
 */
const TB_5015 =
  'Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội (thực hiện Công văn số 8662/VPCP-KGVX ngày 03/11/2023 của Văn phòng Chính phủ)';
const CV_2450 =
  'Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)';
const TET = `${LEGAL_SOURCES.lunarNewYear} và khoản 3; ${TB_5015}`;
const IN_LIEU = `${LEGAL_SOURCES.dayInLieu}; ${TB_5015}`;

export const SCHEDULE_2024: OfficialSchedule = {
  source: `${TB_5015}; ${CV_2450}. Ngày lễ cố định: ${LEGAL_SOURCES.labourCode}`,
  entries: [
    dayOff('2024-01-01', HOLIDAY_NAMES.newYear, LEGAL_SOURCES.newYear),
    dayOff('2024-02-08', 'Tết Nguyên đán (29 tháng Chạp)', TET),
    dayOff('2024-02-09', 'Tết Nguyên đán (30 tháng Chạp)', TET),
    dayOff('2024-02-10', 'Tết Nguyên đán (mùng 1)', TET),
    dayOff('2024-02-11', 'Tết Nguyên đán (mùng 2)', TET),
    dayOff('2024-02-12', 'Tết Nguyên đán (mùng 3)', TET),
    dayInLieu('2024-02-13', { date: '2024-02-10', name: 'Tết Nguyên đán (mùng 1)' }, IN_LIEU),
    dayInLieu('2024-02-14', { date: '2024-02-11', name: 'Tết Nguyên đán (mùng 2)' }, IN_LIEU),
    dayOff('2024-04-18', HOLIDAY_NAMES.hungKings, LEGAL_SOURCES.hungKings),
    ...swap('2024-04-29', '2024-05-04', CV_2450),
    dayOff('2024-04-30', HOLIDAY_NAMES.victoryDay, LEGAL_SOURCES.victoryDay),
    dayOff('2024-05-01', HOLIDAY_NAMES.labourDay, LEGAL_SOURCES.labourDay),
    dayOff('2024-09-02', HOLIDAY_NAMES.nationalDay, LEGAL_SOURCES.nationalDay),
    dayOff(
      '2024-09-03',
      'Quốc khánh (ngày liền kề 3/9)',
      `${LEGAL_SOURCES.nationalDay} và khoản 3; ${TB_5015}`,
    ),
  ],
};
