import { createHash } from 'node:crypto';
import type { NotificationChannel, NotificationKind } from '@doithoai/domain';

/** One message as an adapter sends it (read from its outbox row). */
export interface OutgoingMessage {
  adminUnitCode: string;
  idempotencyKey: string;
  channel: NotificationChannel;
  kind: NotificationKind;
  /** The phone number (national form, 0…) or e-mail address. */
  address: string;
  title: string;
  body: string;
  params: Readonly<Record<string, string>>;
  link: string | null;
}

/**
 * What the provider answered. `retryable` false: it refused for good (an invalid number, a
 * template it rejects) — retrying would only be refused again.
 */
export type SendResult =
  | { ok: true; providerMessageId: string | null }
  | { ok: false; retryable: boolean; error: string; retryAfterSeconds?: number | null };

/** A channel's provider behind one interface (issue 15): Zalo ZNS, an SMS gateway, SMTP, the sink. */
export interface ChannelAdapter {
  send(message: OutgoingMessage): Promise<SendResult>;
}

/**
 * A provider-sized form of the idempotency key (providers cap their ids, ZNS `tracking_id` at a
 * few dozen characters): the same key always gives the same id.
 *
 * @example providerRequestId('petition.register:p1|phone:0912345678|sms').length // 32
 */
export function providerRequestId(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
}

/** `0912345678` → `84912345678`: the international form ZNS and most gateways take. */
export function internationalPhone(phone: string): string {
  return phone.startsWith('0') ? `84${phone.slice(1)}` : phone.replace(/^\+/u, '');
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or null. */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (!header) return null;
  if (/^\d+$/u.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** An HTTP status as a send result: 429 and 5xx come back later, other 4xx are final. */
function httpFailure(status: number, text: string, retryAfter: number | null): SendResult {
  const retryable = status === 429 || status === 408 || status >= 500;
  return {
    ok: false,
    retryable,
    error: `HTTP ${status}: ${text.slice(0, 300)}`,
    retryAfterSeconds: retryAfter,
  };
}

/** A network error or timeout: the provider may come back, so the message is retried. */
function networkFailure(error: unknown): SendResult {
  const name = error instanceof Error ? error.name : '';
  const reason =
    name === 'TimeoutError' || name === 'AbortError'
      ? 'Nhà cung cấp không trả lời trong thời hạn chờ'
      : `Lỗi kết nối: ${error instanceof Error ? error.message : String(error)}`;
  return { ok: false, retryable: true, error: reason };
}

/**
 * One request to an HTTP provider (ZNS, an SMS gateway), given up after `timeoutMs` — a provider
 * that hangs must not hold the dispatcher. A 2xx gives its body to the adapter to read; anything
 * else is already a send result: a network error or timeout, 429/408/5xx retried (with the
 * provider's Retry-After), other 4xx final.
 */
export async function postToProvider(
  url: string,
  request: { headers: Record<string, string>; body: string },
  timeoutMs: number,
): Promise<{ ok: true; text: string } | { ok: false; failure: SendResult }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      ...request,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, failure: networkFailure(error) };
  }
  const text = await response.text();
  if (response.ok) return { ok: true, text };
  return {
    ok: false,
    failure: httpFailure(
      response.status,
      text,
      retryAfterSeconds(response.headers.get('retry-after'), new Date()),
    ),
  };
}
