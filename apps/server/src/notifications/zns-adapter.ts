import type { NotificationKind } from '@doithoai/domain';
import {
  internationalPhone,
  postToProvider,
  providerRequestId,
  type ChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from './channel-adapter.js';

/** Zalo's endpoint for a template message to a phone number (ZNS). */
export const ZNS_DEFAULT_URL = 'https://business.openapi.zalo.me/message/template';

export interface ZnsConfig {
  url: string;
  /** The Official Account's access token (sent as the `access_token` header). */
  accessToken: string;
  /** The approved ZNS template of each kind of message: Zalo approves each template in advance. */
  templates: Partial<Record<NotificationKind, string>>;
  timeoutMs: number;
}

/**
 * Zalo's answers that retrying cannot fix: an invalid phone number, a number with no Zalo
 * account, a template not approved or not matching its parameters. Others (an expired token,
 * quota, Zalo's own errors) are retried with backoff while the administrator fixes them.
 */
const ZNS_FINAL_ERRORS = new Set([-108, -118, -119, -131, -133, -1102]);

interface ZnsAnswer {
  error?: number;
  message?: string;
  data?: { msg_id?: string };
}

/**
 * Zalo Notification Service: `POST {url}` with header `access_token`, body `{ phone: "84…",
 * template_id, template_data: { name: value }, tracking_id }`; Zalo answers HTTP 200 with
 * `{ error: 0, data: { msg_id } }` or a negative error code and a message. The template's named
 * parameters are the message's own (`NOTIFICATION_TEMPLATES[kind].params`). `tracking_id` is the
 * message's idempotency key (hashed to fit), so a message sent again after a crash carries the
 * same id.
 */
export function createZnsAdapter(config: ZnsConfig): ChannelAdapter {
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const templateId = config.templates[message.kind];
      if (!templateId)
        return {
          ok: false,
          retryable: false,
          error: `Chưa khai báo mẫu ZNS (template_id) cho loại tin "${message.kind}".`,
        };
      const reply = await postToProvider(
        config.url,
        {
          headers: { 'content-type': 'application/json', access_token: config.accessToken },
          body: JSON.stringify({
            phone: internationalPhone(message.address),
            template_id: templateId,
            template_data: message.params,
            tracking_id: providerRequestId(message.idempotencyKey),
          }),
        },
        config.timeoutMs,
      );
      if (!reply.ok) return reply.failure;
      const text = reply.text;
      let answer: ZnsAnswer;
      try {
        answer = JSON.parse(text) as ZnsAnswer;
      } catch {
        return {
          ok: false,
          retryable: true,
          error: `Zalo trả lời không đọc được: ${text.slice(0, 200)}`,
        };
      }
      if (answer.error === 0) return { ok: true, providerMessageId: answer.data?.msg_id ?? null };
      const code = answer.error ?? NaN;
      return {
        ok: false,
        retryable: !ZNS_FINAL_ERRORS.has(code),
        error: `Zalo ${code}: ${answer.message ?? ''}`.trim(),
      };
    },
  };
}
