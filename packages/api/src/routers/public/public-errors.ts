import { domainError } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import { formatVietnamTime } from '../../auth/login-errors.js';
import { fail } from '../../errors.js';
import type { RateScope } from './rate-limit.js';

/**
 * One answer for a malformed code, an unknown code and a code of a withdrawn-from-view record:
 * nothing tells a guesser which codes exist.
 */
export function trackingNotFound(): never {
  fail(domainError('TRACKING_CODE_NOT_FOUND', {}));
}

/** The second factor of `public.respond` did not match (or was not given). */
export function phoneCheckFailed(): never {
  fail(domainError('CITIZEN_PHONE_CHECK_FAILED', {}));
}

/** No phone was given at registration: the response goes through the commune office. */
export function phoneNotOnRecord(): never {
  fail(domainError('CITIZEN_PHONE_NOT_ON_RECORD', {}));
}

/** A dialogue that is not (or no longer) public: same answer whether it exists or not. */
export function dialogueNotFound(): never {
  fail(domainError('DIALOGUE_NOT_FOUND', {}));
}

export function registrationClosed(): never {
  fail(domainError('REGISTRATION_CLOSED', {}));
}

const FORM_REFUSALS = {
  honeypot: 'SPAM_SUSPECTED',
  'too-fast': 'FORM_SUBMITTED_TOO_FAST',
  expired: 'FORM_TOKEN_EXPIRED',
  invalid: 'FORM_TOKEN_INVALID',
} as const;

/** The spam defences' refusals: 400 with a stable code the page reacts to (a fresh token). */
export function formRefused(reason: keyof typeof FORM_REFUSALS): never {
  fail(domainError(FORM_REFUSALS[reason], { reason }));
}

const RATE_MESSAGES = {
  'register-phone': 'Số điện thoại này đã gửi nhiều ý kiến trong 24 giờ qua.',
  'register-ip': 'Có quá nhiều đăng ký gửi từ cùng một địa chỉ mạng trong thời gian ngắn.',
  'track-miss-ip': 'Có quá nhiều lần tra cứu với mã không đúng từ địa chỉ mạng này.',
} as const satisfies Record<RateScope, string>;

/**
 * 429 with the time to come back (the HTTP layer turns `retryAfterSeconds` into Retry-After).
 *
 * @example throw rateLimited({ scope: 'register-phone', retryAt }, now)
 */
export function rateLimited(verdict: { scope: RateScope; retryAt: Date }, now: Date): TRPCError {
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000),
  );
  const cause = domainError('PUBLIC_RATE_LIMITED', {
    tooMany: RATE_MESSAGES[verdict.scope],
    minutes: Math.ceil(retryAfterSeconds / 60),
    retryAtText: formatVietnamTime(verdict.retryAt),
    scope: verdict.scope,
    retryAt: verdict.retryAt.toISOString(),
    retryAfterSeconds,
  });
  return new TRPCError({ code: 'TOO_MANY_REQUESTS', message: cause.message, cause });
}
