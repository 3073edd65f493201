/**
 * The alphabet of tracking codes (`TrackingCodeSchema`): upper-case letters and digits without
 * 0/O and 1/I, which citizens misread on a paper receipt. 32 symbols, so one random byte picks
 * one symbol without bias (256 = 8 × 32).
 */
export const TRACKING_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A tracking code in the `XXXX-XXXX` form from 8 random bytes. Pure: the caller supplies the
 * randomness (the database layer uses `crypto.randomBytes`) and retries on a rare collision.
 *
 * @example trackingCodeFromBytes(new Uint8Array([0, 1, 2, 3, 28, 29, 30, 31])) // 'ABCD-6789'
 */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('A tracking code needs 8 random bytes.');
  const symbols = Array.from(bytes.subarray(0, 8), (byte) => TRACKING_CODE_ALPHABET[byte % 32]);
  return `${symbols.slice(0, 4).join('')}-${symbols.slice(4).join('')}`;
}
