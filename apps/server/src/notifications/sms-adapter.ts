import { smsText } from '@doithoai/domain';
import {
  internationalPhone,
  postToProvider,
  providerRequestId,
  type ChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from './channel-adapter.js';

/**
 * A Vietnamese brandname gateway over HTTP. Gateways differ (VNPT, Viettel, FPT, eSMS…), so the
 * request is configured, not coded: the URL, an Authorization header, the content type and a body
 * template whose slots `{{phone}}`, `{{text}}`, `{{brandname}}`, `{{requestId}}` are filled (each
 * escaped for the content type). 2xx is acceptance; 429 and 5xx are retried; other 4xx are final.
 */
export interface SmsConfig {
  url: string;
  authorization: string | null;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  bodyTemplate: string;
  brandname: string;
  /** Strip Vietnamese marks (GSM-7) — most brandname gateways need it. */
  unaccented: boolean;
  /** `0912…` or `84912…` as the gateway expects. */
  phoneFormat: 'national' | 'international';
  /** Refuse a text longer than this many segments (billed per segment). */
  maxSegments: number;
  /** The field of a JSON answer holding the gateway's message id, if any. */
  messageIdField: string | null;
  timeoutMs: number;
}

export const SMS_DEFAULT_BODY =
  '{"to":"{{phone}}","from":"{{brandname}}","text":"{{text}}","requestId":"{{requestId}}"}';

function escapeFor(contentType: SmsConfig['contentType'], value: string): string {
  return contentType === 'application/json'
    ? JSON.stringify(value).slice(1, -1)
    : encodeURIComponent(value);
}

export function createSmsAdapter(config: SmsConfig): ChannelAdapter {
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const text = smsText(message.body, config.unaccented);
      if (text.segments > config.maxSegments)
        return {
          ok: false,
          retryable: false,
          error: `Tin nhắn dài ${text.segments} phần (${text.units} ký tự ${text.encoding}), vượt giới hạn ${config.maxSegments} phần.`,
        };
      const phone =
        config.phoneFormat === 'international'
          ? internationalPhone(message.address)
          : message.address;
      const slots: Record<string, string> = {
        phone,
        text: text.text,
        brandname: config.brandname,
        requestId: providerRequestId(message.idempotencyKey),
      };
      const body = config.bodyTemplate.replace(/\{\{(\w+)\}\}/gu, (_all, name: string) =>
        escapeFor(config.contentType, slots[name] ?? ''),
      );
      const reply = await postToProvider(
        config.url,
        {
          headers: {
            'content-type': config.contentType,
            'idempotency-key': slots['requestId'] ?? '',
            ...(config.authorization ? { authorization: config.authorization } : {}),
          },
          body,
        },
        config.timeoutMs,
      );
      if (!reply.ok) return reply.failure;
      const answer = reply.text;
      let id: string | null = null;
      if (config.messageIdField) {
        try {
          const value = (JSON.parse(answer) as Record<string, unknown>)[config.messageIdField];
          // A gateway's message id is a string or a number; anything else is not an id.
          id = typeof value === 'string' || typeof value === 'number' ? String(value) : null;
        } catch {
          id = null;
        }
      }
      return { ok: true, providerMessageId: id };
    },
  };
}
