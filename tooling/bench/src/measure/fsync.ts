import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.js';

/**
 * The disk's flush latency in a folder: the median of `count` 4 KiB writes each followed by
 * `fdatasync`, in milliseconds. With `synchronous=FULL` every commit waits for one such flush
 * of the WAL, and SQLite commits one at a time, so 1000 ÷ this bounds durable commits a second.
 *
 * @example const ms = flushLatencyMs(workDir); // 4.3 on a busy virtual disk
 */
export function flushLatencyMs(folder: string, count = 200): number {
  const file = join(folder, 'fsync-probe');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(4096, 1);
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      writeSync(fd, block);
      fdatasyncSync(fd);
      times.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  return median(times);
}
