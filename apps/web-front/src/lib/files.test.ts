import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileRefusal } from './files.js';

describe('files sent to the server', () => {
  it('round-trips bytes through base64, large files included', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([80, 75]))).toBe('UEs=');
  });

  it('refuses what the server would refuse: another format, or too big for a request', () => {
    expect(fileRefusal({ name: 'ban-my.pdf', size: 10 })).toBe('Chỉ nhận tệp .xlsx hoặc .csv.');
    expect(fileRefusal({ name: 'ban-my.XLSX', size: 2_000_000 })).toMatch(/quá lớn/u);
    expect(fileRefusal({ name: 'ban-my.csv', size: 1000 })).toBeNull();
  });
});
