import { z } from 'zod';

/**
 * Strips what people type between digits (spaces, dots, dashes, brackets) and rewrites the
 * country prefix +84 / 84 (with or without a bracketed 0) as the national 0, so every number is stored one way.
 *
 * @example normalizeVietnamesePhone('+84 912.345.678') // '0912345678'
 */
export function normalizeVietnamesePhone(input: string): string {
  const compact = input.trim().replace(/[\s.\-()]/gu, '');
  // "+84 (0) 912 …" keeps the national 0 after the country code; drop it.
  const international = /^\+?840?(\d{9,10})$/u.exec(compact);
  return international ? `0${international[1]}` : compact;
}

/**
 * Vietnamese mobile numbers have 10 digits since the 2018 renumbering (03, 05, 07, 08, 09);
 * landlines have 11 digits since the 2017 area-code change (02 + area + subscriber). Anything
 * else is a typo worth catching at the desk, while the citizen is still there.
 */
const MOBILE = /^0[35789]\d{8}$/u;
const LANDLINE = /^02\d{9}$/u;

export const VietnamesePhoneSchema = z
  .string({ error: 'Số điện thoại phải là chuỗi ký tự.' })
  .overwrite(normalizeVietnamesePhone)
  .refine((phone) => MOBILE.test(phone) || LANDLINE.test(phone), {
    message:
      'Số điện thoại không hợp lệ (10 chữ số bắt đầu bằng 0, ví dụ 0912 345 678, hoặc +84…).',
  });
export type VietnamesePhone = z.infer<typeof VietnamesePhoneSchema>;
