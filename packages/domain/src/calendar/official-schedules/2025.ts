import { HOLIDAY_NAMES, LEGAL_SOURCES } from '../statutory-holidays.js';
import { dayOff, swap, type OfficialSchedule } from './entries.js';

/*
 * 2025 (Tết Ất Tỵ: mùng 1 = 29/01/2025).
 * - Công văn 8726/VPCP-KGVX (26/11/2024): the Prime Minister's decision on Tết, Quốc khánh and
 *   the 30/4–1/5 swap for 2025.
 * - Thông báo 6150/TB-BLĐTBXH (03/12/2024, Bộ LĐ-TB&XH) announces it: Tết from Saturday 25/01
 *   (26 tháng Chạp Giáp Thìn) to Sunday 02/02 (mùng 5 Ất Tỵ), "05 ngày nghỉ Tết Âm lịch và 04 ngày
 *   nghỉ hằng tuần" — the five Tết days are Monday 27/01 to Friday 31/01 (2 before mùng 1, 3
 *   after); 30/4–04/5 with Friday 02/5 swapped for Saturday 26/4; Quốc khánh Saturday 30/8 to
 *   Tuesday 02/9, i.e. the adjacent day is Monday 01/9.
 * Found through the search corpus: dantocmiennui.baotintuc.vn, baodanang.vn (6150, 8726), pld.net.vn.
 */
const TB_6150 =
  'Thông báo số 6150/TB-BLĐTBXH ngày 03/12/2024 của Bộ Lao động – Thương binh và Xã hội (thực hiện Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ)';
const TET = `${LEGAL_SOURCES.lunarNewYear} và khoản 3; ${TB_6150}`;

export const SCHEDULE_2025: OfficialSchedule = {
  source: `${TB_6150}. Ngày lễ cố định: ${LEGAL_SOURCES.labourCode}`,
  entries: [
    dayOff('2025-01-01', HOLIDAY_NAMES.newYear, LEGAL_SOURCES.newYear),
    dayOff('2025-01-27', 'Tết Nguyên đán (28 tháng Chạp)', TET),
    dayOff('2025-01-28', 'Tết Nguyên đán (29 tháng Chạp)', TET),
    dayOff('2025-01-29', 'Tết Nguyên đán (mùng 1)', TET),
    dayOff('2025-01-30', 'Tết Nguyên đán (mùng 2)', TET),
    dayOff('2025-01-31', 'Tết Nguyên đán (mùng 3)', TET),
    dayOff('2025-04-07', HOLIDAY_NAMES.hungKings, LEGAL_SOURCES.hungKings),
    ...swap('2025-05-02', '2025-04-26', TB_6150),
    dayOff('2025-04-30', HOLIDAY_NAMES.victoryDay, LEGAL_SOURCES.victoryDay),
    dayOff('2025-05-01', HOLIDAY_NAMES.labourDay, LEGAL_SOURCES.labourDay),
    dayOff(
      '2025-09-01',
      'Quốc khánh (ngày liền kề 1/9)',
      `${LEGAL_SOURCES.nationalDay} và khoản 3; ${TB_6150}`,
    ),
    dayOff('2025-09-02', HOLIDAY_NAMES.nationalDay, LEGAL_SOURCES.nationalDay),
  ],
};
