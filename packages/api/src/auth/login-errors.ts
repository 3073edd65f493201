import {
  domainError,
  type ErrorCode,
  type ErrorDetails,
  formatVietnameseDate,
  vietnamDateAt,
} from '@doithoai/domain';
import { TRPCError } from '@trpc/server';

/**
 * The refusals of the login form. The tRPC code carries the HTTP status (401, 403, 429); the
 * DomainError cause gives the stable `domainCode` and details the client reads.
 */
function refusal<C extends ErrorCode>(
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS',
  domainCode: C,
  details: ErrorDetails<C>,
): TRPCError {
  const cause = domainError(domainCode, details);
  return new TRPCError({ code, message: cause.message, cause });
}

/**
 * A wall-clock time in Vietnam (UTC+7), as offices write it.
 *
 * @example formatVietnamTime(new Date('2025-11-20T02:15:00Z')) // '09:15 ngày 20/11/2025'
 */
export function formatVietnamTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  const hours = String(shifted.getUTCHours()).padStart(2, '0');
  const minutes = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${hours}:${minutes} ngày ${formatVietnameseDate(vietnamDateAt(instant))}`;
}

/** The same answer for an unknown username and a wrong password: nothing to enumerate. */
export const loginFailedError = () => refusal('UNAUTHORIZED', 'LOGIN_FAILED', {});

/** Told only to someone who gave the right password. */
export const accountDisabledError = () => refusal('FORBIDDEN', 'ACCOUNT_DISABLED', {});

/**
 * Too many failures: says when to try again, in minutes and as a Vietnam wall-clock time.
 *
 * @example loginThrottledError({ scope: 'username', retryAt }, now).message // 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 12 phút (từ 09:27 ngày 20/11/2025).'
 */
export function loginThrottledError(
  verdict: { scope: 'pair' | 'username' | 'ip'; retryAt: Date },
  now: Date,
): TRPCError {
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000),
  );
  return refusal('TOO_MANY_REQUESTS', 'LOGIN_THROTTLED', {
    tooMany:
      verdict.scope === 'ip'
        ? 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này.'
        : 'Đăng nhập sai quá nhiều lần.',
    minutes: Math.ceil(retryAfterSeconds / 60),
    retryAtText: formatVietnamTime(verdict.retryAt),
    scope: verdict.scope,
    retryAt: verdict.retryAt.toISOString(),
    retryAfterSeconds,
  });
}
