#!/usr/bin/env node
// How much rendering documents costs the server's event loop: 20 plans built at once in the
// worker pool (and, with LibreOffice, 3 converted to PDF), with the loop's delay measured by
// perf_hooks meanwhile. Prints figures; asserts nothing (docs/testing.md, "Benchmarks").
//   pnpm --filter @doithoai/documents build && node scripts/bench-render.mjs
import { performance } from 'node:perf_hooks';
import { createDocumentRenderer } from '../dist/index.js';
import { SAMPLE_RECORDS } from '../dist/testing/index.js';

/** Runs `work` while a 1 ms timer records how late each tick came: the event loop's delay. */
async function measure(label, work) {
  const gaps = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last - 1);
    last = now;
  }, 1);
  const start = performance.now();
  await work();
  const elapsed = performance.now() - start;
  clearInterval(timer);
  gaps.push(performance.now() - last - 1);
  gaps.sort((a, b) => a - b);
  const at = (q) =>
    Math.max(0, gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0).toFixed(1);
  console.log(
    `${label}: ${elapsed.toFixed(0)} ms; event-loop delay p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
  );
}

const renderer = createDocumentRenderer();
await renderer.render('plan', SAMPLE_RECORDS.plan); // start the workers
await measure('20 plans (.docx) in worker threads', () =>
  Promise.all(Array.from({ length: 20 }, () => renderer.render('plan', SAMPLE_RECORDS.plan))),
);
const { packDocx } = await import('../dist/kinds/index.js');
await measure('20 plans (.docx) on the main thread, for comparison', async () => {
  for (let i = 0; i < 20; i += 1) await packDocx('plan', SAMPLE_RECORDS.plan);
});
if (renderer.pdfAvailable) {
  await measure('3 plans to PDF (LibreOffice, one at a time)', () =>
    Promise.all(
      Array.from({ length: 3 }, () =>
        renderer.render('plan', SAMPLE_RECORDS.plan, { format: 'pdf' }),
      ),
    ),
  );
} else console.log('LibreOffice not installed: no PDF figure');
await renderer.close();
