import { z } from 'zod';

/**
 * The version of a record the caller last read (optimistic concurrency): a change made over an
 * older version is refused with STALE_VERSION. Every stored record starts at version 1.
 *
 * @example ExpectedVersionSchema.parse(3) // 3
 */
export const ExpectedVersionSchema = z
  .number({
    error: 'Thiếu phiên bản đang xem (expectedVersion) để tránh ghi đè thay đổi của người khác.',
  })
  .int('Phiên bản phải là số nguyên.')
  .positive('Phiên bản phải lớn hơn 0.');

/** A record that may not exist yet (the conference before its first save) is at version 0. */
export const ExpectedVersionOrNewSchema = z
  .number({ error: 'Thiếu phiên bản đang xem (expectedVersion); 0 khi chưa lưu lần nào.' })
  .int('Phiên bản phải là số nguyên.')
  .min(0, 'Phiên bản không được âm.');
