import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IssuerContext } from '../kinds/common.js';
import type { BuildJob } from './docx-worker.js';
import { DocumentRenderError } from './errors.js';

/**
 * The compiled worker. From the sources (vitest) the sibling `.js` does not exist, so the
 * package's build output is used (`pnpm --filter @doithoai/documents test` builds first).
 */
function workerUrl(): URL {
  const sibling = new URL('./docx-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/render/docx-worker.js', import.meta.url);
}

interface Pending {
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/** A small fixed pool of worker threads building .docx/.xlsx files off the event loop. */
export class DocxPool {
  private workers: Worker[] = [];
  private next = 0;
  private jobId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly size: number) {}

  private start(): Worker[] {
    if (this.workers.length > 0) return this.workers;
    for (let i = 0; i < this.size; i += 1) {
      const worker = new Worker(workerUrl());
      worker.on('message', (message: { id: number; bytes?: Uint8Array; error?: string }) => {
        const job = this.pending.get(message.id);
        if (!job) return;
        this.pending.delete(message.id);
        if (message.bytes) job.resolve(Buffer.from(message.bytes));
        else
          job.reject(new DocumentRenderError('DOCUMENT_BUILD_FAILED', message.error ?? 'unknown'));
      });
      worker.on('error', (error) => this.failAll(error));
      // A worker that dies (out of memory, a crash in a native module) fails its jobs instead of
      // leaving their requests waiting forever; the next job starts fresh workers.
      worker.on('exit', (code) => {
        if (code !== 0 && this.workers.includes(worker))
          this.failAll(new Error(`Tiến trình tạo văn bản dừng bất thường (mã ${code}).`));
      });
      // Idle workers must not keep the process (or a test run) alive.
      worker.unref();
      this.workers.push(worker);
    }
    return this.workers;
  }

  private failAll(error: Error) {
    for (const job of this.pending.values())
      job.reject(new DocumentRenderError('DOCUMENT_BUILD_FAILED', error.message));
    this.pending.clear();
    void this.close();
  }

  build(kind: BuildJob['kind'], record: unknown, context: IssuerContext): Promise<Buffer> {
    const workers = this.start();
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- start() returns the pool's workers, at least one
    const worker = workers[this.next++ % workers.length]!;
    const id = ++this.jobId;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      const done = () => {
        if (![...this.pending.keys()].length) for (const w of this.workers) w.unref();
      };
      const job: BuildJob = { id, kind, record, context };
      // Records from the API are plain JSON; structured clone copies them to the worker.
      worker.postMessage(job);
      this.pending.set(id, {
        resolve: (bytes) => (resolve(bytes), done()),
        reject: (error) => (reject(error), done()),
      });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
