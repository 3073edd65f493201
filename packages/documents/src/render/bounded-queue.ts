import { DocumentRenderError } from './errors.js';

/**
 * Runs at most `concurrency` tasks at a time and keeps at most `capacity` waiting; a task
 * beyond that is refused at once (DOCUMENT_QUEUE_FULL) instead of piling up memory and latency.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly capacity: number,
  ) {}

  get size() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.capacity)
        throw new DocumentRenderError(
          'DOCUMENT_QUEUE_FULL',
          'Máy chủ đang tạo quá nhiều văn bản; vui lòng thử lại sau ít phút.',
        );
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
