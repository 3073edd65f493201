import { z } from 'zod';
import { requiredText } from '../common/text.js';

/** Chức vụ printed under the signing authority (seeds: BÍ THƯ, PHÓ BÍ THƯ, CHỦ TỊCH). */
export const SignerTitleSchema = z.enum(['secretary', 'deputy-secretary', 'chair', 'vice-chair'], {
  error: 'Chức vụ người ký không hợp lệ.',
});
export type SignerTitle = z.infer<typeof SignerTitleSchema>;
export const SIGNER_TITLE_LABELS = {
  secretary: 'BÍ THƯ',
  'deputy-secretary': 'PHÓ BÍ THƯ',
  chair: 'CHỦ TỊCH',
  'vice-chair': 'PHÓ CHỦ TỊCH',
} as const satisfies Record<SignerTitle, string>;

/**
 * Thẩm quyền ký: Party documents "T/M" (thay mặt) the standing committee or the committee
 * (Hướng dẫn 36-HD/VPTW); state documents "TM." the People's Committee, or "KT." (ký thay)
 * the chair when a vice-chair signs (Nghị định 30/2020/NĐ-CP, Điều 13).
 */
export const SigningAuthoritySchema = z.enum(
  [
    'on-behalf-of-standing-committee',
    'on-behalf-of-party-committee',
    'on-behalf-of-peoples-committee',
    'deputising-for-chair',
  ],
  { error: 'Thẩm quyền ký không hợp lệ.' },
);
export type SigningAuthority = z.infer<typeof SigningAuthoritySchema>;
export const SIGNING_AUTHORITY_LABELS = {
  'on-behalf-of-standing-committee': 'T/M BAN THƯỜNG VỤ',
  'on-behalf-of-party-committee': 'T/M ĐẢNG ỦY',
  'on-behalf-of-peoples-committee': 'TM. ỦY BAN NHÂN DÂN',
  'deputising-for-chair': 'KT. CHỦ TỊCH',
} as const satisfies Record<SigningAuthority, string>;

/** Which titles may sign under which authority. */
const TITLES_BY_AUTHORITY = {
  'on-behalf-of-standing-committee': ['secretary', 'deputy-secretary'],
  'on-behalf-of-party-committee': ['secretary', 'deputy-secretary'],
  'on-behalf-of-peoples-committee': ['chair'],
  'deputising-for-chair': ['vice-chair'],
} as const satisfies Record<SigningAuthority, readonly SignerTitle[]>;

/**
 * True for the Party authorities (T/M …), false for the state ones (TM., KT.).
 *
 * @example isPartyAuthority('on-behalf-of-standing-committee') // true
 */
export function isPartyAuthority(authority: SigningAuthority): boolean {
  return (
    authority === 'on-behalf-of-standing-committee' || authority === 'on-behalf-of-party-committee'
  );
}

export const SignerSchema = z
  .object({
    name: requiredText('Họ và tên người ký', 200),
    title: SignerTitleSchema,
    authority: SigningAuthoritySchema,
  })
  .refine((s) => (TITLES_BY_AUTHORITY[s.authority] as readonly SignerTitle[]).includes(s.title), {
    message:
      'Chức vụ người ký không phù hợp với thẩm quyền ký (ví dụ: T/M BAN THƯỜNG VỤ – BÍ THƯ; TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH).',
    path: ['title'],
  });
export type Signer = z.infer<typeof SignerSchema>;
