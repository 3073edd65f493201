import { isApiClientError } from '@doithoai/api/client';
import { readApiError } from '@doithoai/ui';
import type { SendResult } from './outbox.js';

/** What an outbox's sender makes of a failed call: the outbox's verdict, or a stale version. */
export type FailedCall = SendResult | { kind: 'stale' };

/** Statuses a later attempt can get past: timeouts, rate limits, a busy or restarting server. */
const TRANSIENT_STATUS = new Set([0, 408, 425, 429, 500, 502, 503, 504]);

/**
 * Sorts a tRPC client error: no HTTP answer at all (the network is down), a transient status or
 * an expired session → keep the change and try again later; the server's stale-version refusal
 * → the sender re-reads and re-applies; any other refusal is final and is shown with its reason.
 *
 * @example classifyFailure(new TypeError('Failed to fetch')) // { kind: 'retry', reason: 'Mất kết nối với máy chủ.' }
 */
export function classifyFailure(error: unknown): FailedCall {
  // The server's answer, typed by the API (ApiErrorData); none when the request got no answer.
  const data = isApiClientError(error) ? error.data : null;
  const status = data?.httpStatus ?? null;
  if (status === null) return { kind: 'retry', reason: 'Mất kết nối với máy chủ.' };
  if (TRANSIENT_STATUS.has(status))
    return { kind: 'retry', reason: `Máy chủ tạm thời chưa nhận (mã ${status}).` };
  if (status === 401)
    return {
      kind: 'retry',
      reason:
        'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại ở tab khác, các thay đổi vẫn được giữ.',
    };
  if (data?.domainCode === 'STALE_VERSION') return { kind: 'stale' };
  const { message, fieldErrors } = readApiError(error);
  return { kind: 'rejected', message, fieldErrors };
}
