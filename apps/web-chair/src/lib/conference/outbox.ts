// A persistent, ordered outbox for a screen that must keep working when the network drops:
// every change is written to storage *before* it is sent, carries an idempotency key made when
// it was typed, and leaves storage only once the server has answered it. Generic: it knows
// nothing of conferences; the caller's `send` does the talking and says what happened.

/** Pick of `Storage` the outbox needs (localStorage in the browser, a Map in unit tests). */
export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface OutboxEntry<P = unknown> {
  /** The idempotency key: made once, when the change was typed, and sent with every attempt. */
  key: string;
  payload: P;
  /** Entries with the same `coalesce` replace one another while not yet sent (the minutes' text). */
  coalesce?: string | undefined;
  createdAt: string;
  attempts: number;
  /** Why the last attempt did not go through (network down, server busy). */
  lastError?: string | undefined;
}

/** A change the server refused for good: kept and shown, never silently dropped. */
export interface RejectedEntry<P = unknown> extends OutboxEntry<P> {
  message: string;
  fieldErrors: Record<string, string[]>;
}

/**
 * What sending one entry came to: `done` (the server has it; `rejected` when it refused it for a
 * reason re-sending cannot fix) or `retry` (network or server unavailable: keep it, stop here,
 * so later changes never overtake it).
 */
export type SendResult =
  | { kind: 'done' }
  | { kind: 'retry'; reason: string }
  | { kind: 'rejected'; message: string; fieldErrors?: Record<string, string[]> };

export interface OutboxOptions<P> {
  storage: OutboxStorage;
  /** One outbox per screen and record, e.g. `doithoai.chair.conference.<planId>`. */
  storageKey: string;
  send: (entry: OutboxEntry<P>) => Promise<SendResult>;
  newKey?: () => string;
  now?: () => Date;
  /** Called after every change of the queue (to redraw the "N changes waiting" banner). */
  onchange?: () => void;
}

interface Stored<P> {
  pending: OutboxEntry<P>[];
  rejected: RejectedEntry<P>[];
}

/**
 * The queue. `enqueue` stores the change at once (a reload, a closed tab or a dead battery after
 * that keeps it); `flush` sends the queue head first, one at a time, and stops at the first
 * entry that must wait, so the server sees the changes in the order they were made.
 *
 * @example
 * const outbox = new Outbox({ storage: localStorage, storageKey: 'doithoai.chair.conference.p1', send });
 * outbox.enqueue({ kind: 'minutes', minutes }, 'minutes');
 * await outbox.flush();
 */
export class Outbox<P> {
  private state: Stored<P>;
  private sending: Promise<void> | null = null;
  /** The key of the entry on the wire: it may already be stored server-side, so never replaced. */
  private inFlight: string | null = null;
  lastError: string | null = null;

  constructor(private readonly options: OutboxOptions<P>) {
    this.state = this.read();
  }

  get pending(): readonly OutboxEntry<P>[] {
    return this.state.pending;
  }

  get rejected(): readonly RejectedEntry<P>[] {
    return this.state.rejected;
  }

  /**
   * Stores a change (before anything is sent). With `coalesce`, it replaces a queued entry of the
   * same name that has never been attempted — an attempted one may have reached the server, so
   * the new one goes behind it with its own key.
   */
  enqueue(payload: P, coalesce?: string): OutboxEntry<P> {
    const entry: OutboxEntry<P> = {
      key: this.options.newKey?.() ?? crypto.randomUUID(),
      payload,
      coalesce,
      createdAt: (this.options.now?.() ?? new Date()).toISOString(),
      attempts: 0,
    };
    const replaceable =
      coalesce === undefined
        ? -1
        : this.state.pending.findIndex(
            (e) => e.coalesce === coalesce && e.attempts === 0 && e.key !== this.inFlight,
          );
    if (replaceable >= 0) this.state.pending.splice(replaceable, 1, entry);
    else this.state.pending.push(entry);
    this.write();
    return entry;
  }

  /** Forgets a refused change once the user has seen it (and copied what they needed). */
  dismiss(key: string): void {
    this.state.rejected = this.state.rejected.filter((e) => e.key !== key);
    this.write();
  }

  /**
   * Sends what is queued, in order, until the queue is empty or an entry must wait. Concurrent
   * calls share one run, so an entry is never sent twice at once by this page.
   */
  flush(): Promise<void> {
    this.sending ??= this.run().finally(() => (this.sending = null));
    return this.sending;
  }

  private async run(): Promise<void> {
    // Another tab of the same screen may have queued or sent changes meanwhile.
    this.state = this.read();
    for (let head = this.state.pending[0]; head; head = this.state.pending[0]) {
      this.inFlight = head.key;
      head.attempts += 1;
      this.write();
      let result: SendResult;
      try {
        result = await this.options.send(head);
      } catch (error) {
        result = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
      } finally {
        this.inFlight = null;
      }
      if (result.kind === 'retry') {
        head.lastError = result.reason;
        this.lastError = result.reason;
        this.write();
        return;
      }
      this.lastError = null;
      this.state.pending = this.state.pending.filter((e) => e.key !== head.key);
      if (result.kind === 'rejected')
        this.state.rejected.push({
          ...head,
          message: result.message,
          fieldErrors: result.fieldErrors ?? {},
        });
      this.write();
    }
  }

  private read(): Stored<P> {
    try {
      const raw = this.options.storage.getItem(this.options.storageKey);
      const parsed = raw ? (JSON.parse(raw) as Partial<Stored<P>>) : {};
      return { pending: parsed.pending ?? [], rejected: parsed.rejected ?? [] };
    } catch {
      return { pending: [], rejected: [] };
    }
  }

  private write(): void {
    const { pending, rejected } = this.state;
    if (pending.length === 0 && rejected.length === 0)
      this.options.storage.removeItem(this.options.storageKey);
    else this.options.storage.setItem(this.options.storageKey, JSON.stringify(this.state));
    this.options.onchange?.();
  }
}
