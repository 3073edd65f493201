import { DomainError } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import { formatVietnamTime } from '../../auth/login-errors.js';
import { fail } from '../../errors.js';
import type { RateScope } from './rate-limit.js';

/**
 * One answer for a malformed code, an unknown code and a code of a withdrawn-from-view record:
 * nothing tells a guesser which codes exist.
 */
export function trackingNotFound(): never {
  fail(
    new DomainError(
      'TRACKING_CODE_NOT_FOUND',
      'not-found',
      'Không tìm thấy ý kiến, kiến nghị nào với mã tra cứu này. Hãy kiểm tra lại mã (8 ký tự dạng XXXX-XXXX, ghi trên giấy biên nhận hoặc trang xác nhận).',
      {},
    ),
  );
}

/** A dialogue that is not (or no longer) public: same answer whether it exists or not. */
export function dialogueNotFound(): never {
  fail(
    new DomainError(
      'DIALOGUE_NOT_FOUND',
      'not-found',
      'Không tìm thấy kỳ đối thoại này, hoặc kỳ đối thoại chưa được thông báo công khai.',
      {},
    ),
  );
}

export function registrationClosed(): never {
  fail(
    new DomainError(
      'REGISTRATION_CLOSED',
      'precondition',
      'Kỳ đối thoại này không còn nhận đăng ký trực tuyến (hội nghị đã diễn ra, bị hoãn hoặc bị hủy).',
      {},
    ),
  );
}

const FORM_REFUSALS = {
  honeypot: {
    code: 'SPAM_SUSPECTED',
    message:
      'Biểu mẫu bị từ chối vì có dữ liệu ở ô dành cho máy (thường do phần mềm tự điền). Hãy tải lại trang và điền lại; nếu vẫn gặp lỗi, hãy nộp Phiếu đăng ký qua thôn hoặc tại Văn phòng HĐND và UBND xã.',
  },
  'too-fast': {
    code: 'FORM_SUBMITTED_TOO_FAST',
    message:
      'Biểu mẫu được gửi quá nhanh sau khi mở trang. Hãy kiểm tra lại thông tin rồi bấm Gửi đăng ký lần nữa.',
  },
  expired: {
    code: 'FORM_TOKEN_EXPIRED',
    message:
      'Trang đăng ký đã mở quá lâu. Thông tin bạn đã nhập vẫn được giữ; hãy bấm Gửi đăng ký lần nữa.',
  },
  invalid: {
    code: 'FORM_TOKEN_INVALID',
    message: 'Biểu mẫu không hợp lệ hoặc thuộc kỳ đối thoại khác. Hãy tải lại trang đăng ký.',
  },
} as const;

/** The spam defences' refusals: 400 with a stable code the page reacts to (a fresh token). */
export function formRefused(reason: keyof typeof FORM_REFUSALS): never {
  const { code, message } = FORM_REFUSALS[reason];
  fail(new DomainError(code, 'invalid', message, { reason }));
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
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const message = `${RATE_MESSAGES[verdict.scope]} Vui lòng thử lại sau ${minutes} phút (từ ${formatVietnamTime(verdict.retryAt)}).`;
  return new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message,
    cause: new DomainError('PUBLIC_RATE_LIMITED', 'precondition', message, {
      scope: verdict.scope,
      retryAt: verdict.retryAt.toISOString(),
      retryAfterSeconds,
    }),
  });
}
