import { describe, expect, it } from 'vitest';
import { SAMPLE_RECORDS } from '../testing/fixtures.js';
import { readDocx } from '../testing/read-docx.js';
import { DocumentRenderError } from './errors.js';
import { createDocumentRenderer, type DocumentKind } from './render-document.js';

const KINDS = Object.keys(SAMPLE_RECORDS) as DocumentKind[];

describe('the renderer (worker threads, bounded queue)', () => {
  it('builds every kind in worker threads: Word for documents, Excel for the register', async () => {
    const renderer = createDocumentRenderer({ sofficePath: null });
    try {
      for (const kind of KINDS) {
        const rendered = await renderer.render(kind, SAMPLE_RECORDS[kind]);
        expect(rendered.bytes.subarray(0, 2).toString()).toBe('PK');
        if (kind === 'petition-register') {
          expect(rendered.contentType).toBe(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          );
          expect(rendered.fileName).toBe('so-theo-doi-kien-nghi.xlsx');
        } else {
          expect(rendered.contentType).toBe(
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          );
          expect(readDocx(rendered.bytes).text).toContain('Sơn Tây Hạ');
        }
      }
    } finally {
      await renderer.close();
    }
  });

  it('says PDF is unavailable, with a structured error, when no converter is installed', async () => {
    const renderer = createDocumentRenderer({ sofficePath: null });
    expect(renderer.pdfAvailable).toBe(false);
    await expect(
      renderer.render('plan', SAMPLE_RECORDS.plan, { format: 'pdf' }),
    ).rejects.toMatchObject({
      name: 'DocumentRenderError',
      code: 'PDF_CONVERTER_MISSING',
    });
    await renderer.close();
  });

  it('refuses a register as Word and a plan as Excel', async () => {
    const renderer = createDocumentRenderer({ sofficePath: null });
    await expect(
      renderer.render('plan', SAMPLE_RECORDS.plan, { format: 'xlsx' }),
    ).rejects.toBeInstanceOf(DocumentRenderError);
    await expect(
      renderer.render('petition-register', SAMPLE_RECORDS['petition-register'], { format: 'docx' }),
    ).rejects.toBeInstanceOf(DocumentRenderError);
    await renderer.close();
  });

  it('refuses work beyond its queue at once instead of piling it up', async () => {
    const renderer = createDocumentRenderer({ sofficePath: null, workers: 1, queueCapacity: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => renderer.render('plan', SAMPLE_RECORDS.plan)),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(refused).toHaveLength(2);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'DOCUMENT_QUEUE_FULL',
    });
    await renderer.close();
  });

  it('keeps the event loop free while 20 documents are built', async () => {
    const renderer = createDocumentRenderer({ sofficePath: null });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    await Promise.all(
      Array.from({ length: 20 }, () => renderer.render('plan', SAMPLE_RECORDS.plan)),
    );
    clearInterval(timer);
    await renderer.close();
    // A loop blocked by packing would tick a handful of times at most; this is a liveness
    // check, not a timing target (the benchmark measures latency).
    expect(ticks).toBeGreaterThan(3);
  });
});
