import nodemailer from 'nodemailer';
import {
  providerRequestId,
  type ChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from './channel-adapter.js';

export interface EmailConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  timeoutMs: number;
}

interface SmtpError {
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * E-mail over SMTP with nodemailer (a well-kept implementation of SMTP, its TLS and its
 * authentication beats our own). The Message-ID is derived from the idempotency key, so a
 * message sent again after a crash is the same message to the recipient's mail client. A 5xx
 * reply is final; 4xx and connection failures are retried.
 */
export function createEmailAdapter(config: EmailConfig): ChannelAdapter {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    // A commune's mail server may use a self-signed certificate on the LAN; STARTTLS still encrypts.
    tls: { rejectUnauthorized: false },
  });
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const id = providerRequestId(message.idempotencyKey);
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.address,
          subject: message.title,
          text: message.link ? `${message.body}\n\n${message.link}` : message.body,
          messageId: `<${id}@doithoai>`,
          headers: { 'X-Doithoai-Key': id },
        });
        return { ok: true, providerMessageId: info.messageId ?? null };
      } catch (error) {
        const smtp = error as SmtpError;
        const code = smtp.responseCode;
        return {
          ok: false,
          retryable: code === undefined || code < 500,
          error: code
            ? `SMTP ${code}: ${smtp.response ?? ''}`
            : `SMTP: ${smtp.message ?? String(error)}`,
        };
      }
    },
  };
}
