import { randomUUID } from 'node:crypto';
import {
  claimDueNotifications,
  countSentToRecipient,
  markNotification,
  optedOutChannels,
  type Database,
  type DialectName,
  type NotificationOutboxRow,
} from '@doithoai/db';
import {
  afterFailure,
  capDayOf,
  DEFAULT_DELIVERY_POLICY,
  LABELS,
  sendDecision,
  type DeliveryPolicy,
  type NotificationChannel,
  type NotificationKind,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { SendResult } from './channel-adapter.js';
import type { AdapterResolver } from './channel-config.js';

export interface DispatcherOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  now: () => Date;
  adapters: AdapterResolver;
  policy?: DeliveryPolicy;
  /** Identifies this process's claims; a fresh id per dispatcher. */
  dispatcherId?: string;
  /** How long a claim holds: longer than a provider's timeout, so only the dead lose theirs. */
  leaseMs?: number;
  batchSize?: number;
  /** Errors of the loop itself (the database went away); a send's failure is marked, not thrown. */
  onError?: (error: unknown) => void;
  /** Runs before each pass (the daily digests' schedule). */
  beforePass?: () => Promise<unknown>;
}

export interface Dispatcher {
  readonly id: string;
  /** Claims and sends one batch; returns how many messages it handled. */
  runOnce(): Promise<number>;
  /** Runs batches until none is left, then waits `intervalMs` and looks again. */
  start(intervalMs: number): void;
  /** Stops after the batch in flight. */
  stop(): Promise<void>;
}

const EXTERNAL: NotificationChannel[] = ['zalo-zns', 'sms', 'email'];
const DAY_MS = 86_400_000;

/** The instants a Vietnamese day runs between (UTC+7), for the daily cap's count. */
function vietnamDayBounds(day: string): [string, string] {
  const start = Date.parse(`${day}T00:00:00+07:00`);
  return [new Date(start).toISOString(), new Date(start + DAY_MS).toISOString()];
}

/**
 * The outbox's dispatcher (issue 15): claims due messages (`FOR UPDATE SKIP LOCKED` on
 * PostgreSQL, so several server processes share the work; on SQLite the server runs one), then
 * for each: an opt-out since it was written cancels it; the quiet hours and the recipient's daily
 * cap put it back for the morning; otherwise its channel's adapter sends it and the row is
 * marked sent, failed (the provider's answer, retried on the backoff schedule) or given up.
 * If the process dies between the provider's acceptance and the marking, the claim's lease runs
 * out and another dispatcher sends it again with the same idempotency key — a provider that
 * deduplicates on it (the sink, ZNS `tracking_id`) shows the recipient one message.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const id = options.dispatcherId ?? `dispatcher-${randomUUID()}`;
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const leaseMs = options.leaseMs ?? 120_000;
  const { db, now } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const mark = (row: NotificationOutboxRow, outcome: Parameters<typeof markNotification>[3]) =>
    markNotification(db, row.id, id, outcome, now());

  async function handle(row: NotificationOutboxRow): Promise<void> {
    const channel = row.channel as NotificationChannel;
    const refused = await optedOutChannels(db, row.admin_unit_code, row.recipient_key);
    if (refused.includes(channel)) {
      await mark(row, { status: 'cancelled', error: 'Người nhận đã từ chối kênh này.' });
      return;
    }
    const at = now();
    const [from, to] = vietnamDayBounds(capDayOf(at));
    const sentToday = await countSentToRecipient(
      db,
      row.recipient_key,
      policy.dailyCap.channels,
      from,
      to,
    );
    const decision = sendDecision(channel, at, sentToday, policy);
    if (decision.outcome === 'wait') {
      const note =
        decision.why === 'quiet-hours'
          ? 'Chờ hết giờ nghỉ (21:00–07:00)'
          : `Đã đủ ${policy.dailyCap.perRecipient} tin trong ngày cho người nhận này`;
      await mark(row, {
        status: 'pending',
        retryAt: decision.until.toISOString(),
        note,
        refundAttempt: true,
      });
      return;
    }
    const adapter = await options.adapters(row.admin_unit_code, channel);
    if (!adapter || !row.recipient_address) {
      await mark(row, {
        status: 'given-up',
        error: adapter
          ? 'Không có địa chỉ người nhận.'
          : `Kênh "${LABELS.notificationChannel[channel]}" chưa được cấu hình.`,
      });
      return;
    }
    let result: SendResult;
    try {
      result = await adapter.send({
        adminUnitCode: row.admin_unit_code,
        idempotencyKey: row.idempotency_key,
        channel,
        kind: row.kind as NotificationKind,
        address: row.recipient_address,
        title: row.title,
        body: row.body,
        params: JSON.parse(row.params_json) as Record<string, string>,
        link: row.link,
      });
    } catch (error) {
      result = {
        ok: false,
        retryable: true,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    if (result.ok) {
      await mark(row, { status: 'sent', providerMessageId: result.providerMessageId });
      return;
    }
    const next = afterFailure(
      row.attempts,
      now(),
      result.retryable,
      result.retryAfterSeconds ?? null,
      policy,
    );
    await mark(
      row,
      next.outcome === 'retry'
        ? { status: 'failed', error: result.error, retryAt: next.at.toISOString() }
        : { status: 'given-up', error: result.error },
    );
  }

  async function runOnce(): Promise<number> {
    const rows = await claimDueNotifications(db, {
      dialect: options.dialect,
      dispatcherId: id,
      now: now(),
      leaseMs,
      limit: options.batchSize ?? 20,
      channels: EXTERNAL,
    });
    for (const row of rows) await handle(row);
    return rows.length;
  }

  async function loop(intervalMs: number): Promise<void> {
    if (stopped) return;
    try {
      await options.beforePass?.();
      while (!stopped && (await runOnce()) > 0);
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped)
      timer = setTimeout(() => {
        running = loop(intervalMs);
      }, intervalMs);
  }

  return {
    id,
    runOnce,
    start(intervalMs) {
      stopped = false;
      running = loop(intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
