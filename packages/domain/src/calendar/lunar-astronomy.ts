/**
 * The astronomy behind the Vietnamese lunar calendar (`lunar.ts`): the day of each new moon
 * and the Sun's longitude, both as low-precision series after Jean Meeus, as used by
 * Hồ Ngọc Đức's published algorithm for the Vietnamese calendar. We keep that algorithm's
 * approximations on purpose: its tables are what Vietnamese calendars print, so matching
 * them (rather than a more precise ephemeris) is what users expect. Only four new moons in
 * 1900–2100 fall close enough to local midnight (within two minutes) for a more precise
 * series to move them by a day — see `lunar.test.ts`.
 *
 * Times are Julian days (JD, days since noon UT of 4713 BC); a civil day is named by its
 * Julian day number (JDN), the integer JD at its noon.
 */

const DEG = Math.PI / 180;
const sinDeg = (degrees: number): number => Math.sin(degrees * DEG);

/** Mean length of a lunation (new moon to new moon), in days. */
export const SYNODIC_MONTH = 29.530588853;

/** JD of the mean new moon numbered 0 (1900-01-01, about 13:51 UT); lunation numbers count from it. */
export const LUNATION_EPOCH_JD = 2415021.076998695;

/**
 * Periodic terms of the true new moon, in days: [coefficient, multiples of M (Sun's mean
 * anomaly), M′ (Moon's mean anomaly), F (Moon's argument of latitude)]. The T-dependent
 * term in M is added separately.
 */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number]> = [
  [0.0021, 2, 0, 0],
  [-0.4068, 0, 1, 0],
  [0.0161, 0, 2, 0],
  [-0.0004, 0, 3, 0],
  [0.0104, 0, 0, 2],
  [-0.0051, 1, 1, 0],
  [-0.0074, 1, -1, 0],
  [0.0004, 1, 0, 2],
  [-0.0004, -1, 0, 2],
  [-0.0006, 0, 1, 2],
  [0.001, 0, -1, 2],
  [0.0005, 1, 2, 0],
];

/**
 * The instant (JD, UT) of the new moon numbered `k` after the one of 1900-01-01.
 * @example newMoonJd(1547) // ≈ 2460705.03 (2025-01-29 12:36 UT, the new moon of Tết Ất Tỵ)
 */
export function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries from 1900
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mPrime = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let correction = (0.1734 - 0.000393 * t) * sinDeg(m);
  for (const [coefficient, cm, cmPrime, cf] of NEW_MOON_TERMS) {
    correction += coefficient * sinDeg(cm * m + cmPrime * mPrime + cf * f);
  }
  // The series gives dynamical time; ΔT (in days) brings it back to universal time.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/**
 * The JDN of the local civil day (zone UTC+`timeZoneHours`) in which new moon `k` falls:
 * that day is mùng 1 of a lunar month.
 * @example newMoonDay(1547, 7) // 2460705 (2025-01-29, 19:36 in Hanoi)
 */
export function newMoonDay(k: number, timeZoneHours: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + timeZoneHours / 24);
}

/**
 * The Sun's geometric ecliptic longitude in degrees [0, 360) at instant `jd`.
 * @example Math.round(sunLongitude(2451545.0)) // 280 (J2000.0, early January)
 */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
  const t2 = t * t;
  const meanAnomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.00029 * sinDeg(3 * meanAnomaly);
  const longitude = (meanLongitude + centre) % 360;
  return longitude < 0 ? longitude + 360 : longitude;
}

/**
 * Which 30° sector the Sun is in at local midnight starting day `jdn`: 0 from the March
 * equinox, …, 9 from the winter solstice (270°). A major solar term (trung khí) falls
 * inside a month exactly when the sector at its first day differs from the next month's.
 * @example sunSectorAtStartOfDay(2460666, 7) // 8 (2024-12-21 00:00 +07, just before the solstice)
 */
export function sunSectorAtStartOfDay(jdn: number, timeZoneHours: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - timeZoneHours / 24) / 30);
}
