import { DocumentRenderError } from './errors.js';

/** The refusal of a full document queue: the server is making too many documents at once. */
function documentQueueFull(): Error {
  return new DocumentRenderError(
    'DOCUMENT_QUEUE_FULL',
    'Máy chủ đang tạo quá nhiều văn bản; vui lòng thử lại sau ít phút.',
  );
}

/**
 * Runs at most `concurrency` tasks at a time and keeps at most `capacity` waiting (first come,
 * first served); a task beyond that is refused at once with `refuse()` instead of piling up
 * memory and latency. The documents' renderers use it, and so does the api's password hashing.
 *
 * @example const queue = new BoundedQueue(2, 32, () => busyError()); await queue.run(task);
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly capacity: number,
    private readonly refuse: () => Error = documentQueueFull,
  ) {}

  get size() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.capacity) throw this.refuse();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next task; only when none waits is it freed.
      if (next) next();
      else this.running -= 1;
    }
  }
}
