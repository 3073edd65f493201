import { availableParallelism } from 'node:os';
import type { IssuerContext } from '../kinds/common.js';
import { DOCX_KINDS, type DocxKind, type DocxRecords } from '../kinds/index.js';
import type { PetitionRegisterRecord } from '../spreadsheets/petition-register.js';
import { BoundedQueue } from './bounded-queue.js';
import { DocxPool } from './docx-pool.js';
import { DocumentRenderError } from './errors.js';
import { convertDocxToPdf, findSoffice } from './pdf-converter.js';

export type DocumentKind = DocxKind | 'petition-register';
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';
export type DocumentRecords = DocxRecords & { 'petition-register': PetitionRegisterRecord };

export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const satisfies Record<DocumentFormat, string>;

export interface RenderedDocument {
  bytes: Buffer;
  format: DocumentFormat;
  contentType: string;
  /** ASCII file name without diacritics: "ke-hoach.pdf". */
  fileName: string;
}

export interface RendererOptions {
  /** Worker threads building .docx/.xlsx (default: CPUs − 1, between 1 and 2). */
  workers?: number;
  /** Conversions at a time (default 1: LibreOffice takes a core and ~150 MB each). */
  pdfConcurrency?: number;
  /** Jobs allowed to wait before refusing (default 100). */
  queueCapacity?: number;
  /** Per-conversion limit (default 60 s). */
  pdfTimeoutMs?: number;
  /** The converter; `null` to run without PDF; default `findSoffice()`. */
  sofficePath?: string | null;
}

/** A renderer: the server keeps one; tests and the benchmark make their own. */
export interface DocumentRenderer {
  /** True when a converter is installed, so PDF can be offered. */
  readonly pdfAvailable: boolean;
  render<K extends DocumentKind>(
    kind: K,
    record: DocumentRecords[K],
    options?: { format?: DocumentFormat; context?: IssuerContext },
  ): Promise<RenderedDocument>;
  close(): Promise<void>;
  /** Builds and PDF conversions running and waiting (the server's `/metrics`). */
  queues?(): { build: QueueSize; pdf: QueueSize };
}

export interface QueueSize {
  running: number;
  waiting: number;
}

/** The file name of a kind (ASCII, so every browser and mail client keeps it). */
export function fileNameOf(kind: DocumentKind, format: DocumentFormat): string {
  const base = kind === 'petition-register' ? 'so-theo-doi-kien-nghi' : DOCX_KINDS[kind].fileName;
  return `${base}.${format}`;
}

/**
 * Builds documents off the event loop (a worker pool for .docx/.xlsx, a child process for
 * LibreOffice), with a bounded queue in front of each.
 *
 * @example const renderer = createDocumentRenderer(); await renderer.render('plan', record, { format: 'pdf' })
 */
export function createDocumentRenderer(options: RendererOptions = {}): DocumentRenderer {
  const capacity = options.queueCapacity ?? 100;
  // One core stays with the event loop (requests keep their latency while documents build).
  const workers = options.workers ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const pool = new DocxPool(workers);
  const buildQueue = new BoundedQueue(workers, capacity);
  const pdfQueue = new BoundedQueue(options.pdfConcurrency ?? 1, capacity);
  const soffice = options.sofficePath === undefined ? findSoffice() : options.sofficePath;
  const timeoutMs = options.pdfTimeoutMs ?? 60_000;

  return {
    pdfAvailable: soffice !== null,
    async render(
      kind,
      record,
      { format = kind === 'petition-register' ? 'xlsx' : 'docx', context = {} } = {},
    ) {
      if ((kind === 'petition-register') !== (format === 'xlsx'))
        throw new DocumentRenderError(
          'DOCUMENT_BUILD_FAILED',
          kind === 'petition-register'
            ? 'Sổ theo dõi chỉ xuất ra Excel (.xlsx).'
            : // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the ternary does not narrow the generic K
              `Văn bản "${DOCX_KINDS[kind as DocxKind].label}" xuất ra Word (.docx) hoặc PDF.`,
        );
      if (format === 'pdf' && soffice === null)
        throw new DocumentRenderError(
          'PDF_CONVERTER_MISSING',
          'Máy chủ chưa cài LibreOffice nên chưa tạo được PDF; hãy tải bản Word (.docx).',
        );
      const built = await buildQueue.run(() => pool.build(kind, record, context));
      const bytes =
        format === 'pdf' && soffice !== null
          ? await pdfQueue.run(() => convertDocxToPdf(soffice, built, timeoutMs))
          : built;
      return {
        bytes,
        format,
        contentType: CONTENT_TYPES[format],
        fileName: fileNameOf(kind, format),
      };
    },
    close: () => pool.close(),
    queues: () => ({ build: buildQueue.size, pdf: pdfQueue.size }),
  };
}

let shared: DocumentRenderer | undefined;

/**
 * The process's renderer's queues, or null while no document was asked for (reading them must
 * not start the worker pool).
 */
export function sharedDocumentQueues(): { build: QueueSize; pdf: QueueSize } | null {
  return shared?.queues?.() ?? null;
}

/** The process's renderer, made on first use. */
export function sharedDocumentRenderer(): DocumentRenderer {
  shared ??= createDocumentRenderer();
  return shared;
}

/**
 * Renders one document with the process's renderer.
 *
 * @example const { bytes } = await renderDocument('plan', planRecord, { format: 'docx' })
 */
export function renderDocument<K extends DocumentKind>(
  kind: K,
  record: DocumentRecords[K],
  options: { format?: DocumentFormat; context?: IssuerContext } = {},
): Promise<RenderedDocument> {
  return sharedDocumentRenderer().render(kind, record, options);
}
