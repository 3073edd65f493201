import { deliverToSink, type Database } from '@doithoai/db';
import type { Kysely } from 'kysely';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel-adapter.js';

/**
 * The demo's local "provider": with the demo data on and no provider configured, a message is
 * delivered into `notification_sink`, which the administrator reads at `/admin/`. It keeps one
 * copy per idempotency key, as a provider that deduplicates would.
 */
export function createSinkAdapter(db: Kysely<Database>, now: () => Date): ChannelAdapter {
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const id = await deliverToSink(
        db,
        {
          adminUnitCode: message.adminUnitCode,
          idempotencyKey: message.idempotencyKey,
          channel: message.channel,
          address: message.address,
          title: message.title,
          body: message.link ? `${message.body}\n${message.link}` : message.body,
        },
        now().toISOString(),
      );
      return { ok: true, providerMessageId: `sink:${id}` };
    },
  };
}
