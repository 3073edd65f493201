import { domainError } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';

/** How long a client refused by a full queue should wait: a few hashes' time. */
export const PASSWORD_WORK_RETRY_AFTER_SECONDS = 5;

/**
 * 503 with Retry-After: too many password checks are already running or waiting. The request
 * changed nothing (no password was checked), so sending it again later is safe.
 */
export function passwordWorkBusyError(): TRPCError {
  const cause = domainError('SERVER_BUSY', {
    retryable: true,
    retryAfterSeconds: PASSWORD_WORK_RETRY_AFTER_SECONDS,
  });
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause });
}

/**
 * A semaphore with a bounded queue: at most `concurrency` tasks run, at most `maxWaiting` wait
 * their turn (first come, first served), and a task beyond that is refused at once instead of
 * making everybody wait longer.
 *
 * @example const queue = new WorkQueue(2, 32); await queue.run(() => derive(password, salt));
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  /** Tasks running and waiting now. */
  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) throw passwordWorkBusyError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (the running count stays), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/**
 * Every scrypt hash and check of the server goes through this queue: 32 MiB and ~0.1 s of CPU
 * each, so a batch of 60 logins cannot starve everything else (issue 17). Two at a time leave
 * the other cores to the rest of the server; 32 waiting is a few seconds at most.
 */
export const PASSWORD_WORK = new WorkQueue(2, 32);
