import { DomainError, formatVietnameseDate, vietnamDateAt } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';

/**
 * The refusals of the login form. The tRPC code carries the HTTP status (401, 403, 429); the
 * DomainError cause gives the stable `domainCode` and details the client reads.
 */
function refusal(
  code: 'UNAUTHORIZED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS',
  domainCode: string,
  message: string,
  details: Record<string, unknown> = {},
): TRPCError {
  const category = {
    UNAUTHORIZED: 'invalid',
    FORBIDDEN: 'forbidden',
    TOO_MANY_REQUESTS: 'precondition',
  } as const;
  return new TRPCError({
    code,
    message,
    cause: new DomainError(domainCode, category[code], message, details),
  });
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
export const loginFailedError = () =>
  refusal('UNAUTHORIZED', 'LOGIN_FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/** Told only to someone who gave the right password. */
export const accountDisabledError = () =>
  refusal(
    'FORBIDDEN',
    'ACCOUNT_DISABLED',
    'Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống của xã.',
  );

/**
 * Too many failures: says when to try again, in minutes and as a Vietnam wall-clock time.
 *
 * @example loginThrottledError({ scope: 'username', retryAt }, now).message // 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 12 phút (từ 09:27 ngày 20/11/2025).'
 */
export function loginThrottledError(
  verdict: { scope: 'username' | 'ip'; retryAt: Date },
  now: Date,
): TRPCError {
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 1000),
  );
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const when = `${minutes} phút (từ ${formatVietnamTime(verdict.retryAt)})`;
  const message =
    verdict.scope === 'username'
      ? `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${when}.`
      : `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng thử lại sau ${when}.`;
  return refusal('TOO_MANY_REQUESTS', 'LOGIN_THROTTLED', message, {
    scope: verdict.scope,
    retryAt: verdict.retryAt.toISOString(),
    retryAfterSeconds,
  });
}
