import { describe, expect, it } from 'vitest';
import { TrackingCodeSchema } from './petition.schema.js';
import { TRACKING_CODE_ALPHABET, trackingCodeFromBytes } from './tracking-code.js';

describe('trackingCodeFromBytes', () => {
  it('maps bytes onto the unambiguous alphabet in the XXXX-XXXX form', () => {
    expect(trackingCodeFromBytes(new Uint8Array([0, 1, 2, 3, 28, 29, 30, 31]))).toBe('ABCD-6789');
    expect(trackingCodeFromBytes(new Uint8Array([32, 33, 255, 254, 0, 0, 0, 0]))).toBe('AB98-AAAA');
  });

  it('always gives a code the tracking-code schema accepts, never 0, O, 1 or I', () => {
    expect(TRACKING_CODE_ALPHABET).toHaveLength(32);
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[01OI]/);
    for (let start = 0; start < 256; start += 8) {
      const bytes = Uint8Array.from({ length: 8 }, (_, i) => start + i);
      const code = trackingCodeFromBytes(bytes);
      expect(TrackingCodeSchema.safeParse(code).success, code).toBe(true);
    }
  });

  it('refuses fewer than 8 bytes rather than make a short code', () => {
    expect(() => trackingCodeFromBytes(new Uint8Array(7))).toThrow(RangeError);
  });
});
