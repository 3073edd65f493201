import { BoundedQueue } from '@doithoai/documents';
import { describe, expect, it } from 'vitest';
import { passwordWorkBusyError } from './password-work.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the bounded queue around password hashing', () => {
  it('runs at most `concurrency` tasks, queues `capacity`, refuses the next with a 503', async () => {
    const queue = new BoundedQueue(2, 3, passwordWorkBusyError);
    const gates = Array.from({ length: 5 }, deferred);
    let running = 0;
    let most = 0;
    const tasks = gates.map((gate) =>
      queue.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
      }),
    );
    expect(queue.size).toEqual({ running: 2, waiting: 3 });
    await expect(queue.run(() => Promise.resolve('trop'))).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      cause: { code: 'SERVER_BUSY', details: { retryAfterSeconds: 5 } },
    });
    for (const gate of gates) gate.resolve();
    await Promise.all(tasks);
    expect(most).toBe(2);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
    expect(await queue.run(() => Promise.resolve('ok'))).toBe('ok');
  });

  it('frees its slot when a task fails', async () => {
    const queue = new BoundedQueue(1, 0, passwordWorkBusyError);
    await expect(queue.run(() => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    expect(await queue.run(() => Promise.resolve(1))).toBe(1);
  });
});
