import { parentPort } from 'node:worker_threads';
import { packDocx, type DocxKind, type DocxRecords } from '../kinds/index.js';
import type { IssuerContext } from '../kinds/common.js';
import type { PetitionRegisterRecord } from '../spreadsheets/petition-register.js';

/** A job for the worker: build one file. */
export interface BuildJob {
  id: number;
  kind: DocxKind | 'petition-register';
  record: unknown;
  context: IssuerContext;
}

// Builds documents off the server's event loop: docx's object tree and zip packing, and
// exceljs's workbook, are CPU-bound (tens of milliseconds a document).
parentPort?.on('message', (job: BuildJob) => {
  const work =
    job.kind === 'petition-register'
      ? // exceljs is loaded only by the worker that first builds a workbook.
        import('../spreadsheets/petition-register.js').then(({ petitionRegisterWorkbook }) =>
          petitionRegisterWorkbook(job.record as PetitionRegisterRecord),
        )
      : packDocx(job.kind, job.record as DocxRecords[DocxKind], job.context);
  work.then(
    (bytes) => {
      const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      parentPort?.postMessage({ id: job.id, bytes: view });
    },
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
  );
});
