import { DocumentRenderError, type RenderedDocument } from '@doithoai/documents';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import type { Context as HonoContext } from 'hono';
import { DomainError } from '@doithoai/domain';
import { STORAGE_RETRY_AFTER_SECONDS, unavailableStorage } from '../errors.js';
import { logUnexpectedError } from './error-log.js';

/** "Kế hoạch 215-KH-UBND" → "Ke-hoach-215-KH-UBND": the ASCII fallback name. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, (d) => (d === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/**
 * `Content-Disposition` with both names: an ASCII `filename` every client understands and the
 * Vietnamese `filename*` (RFC 6266 §4.3, RFC 5987 UTF-8 percent-encoding), so a browser saves
 * "Kế hoạch 215-KH-UBND.docx".
 *
 * @example contentDisposition('Kế hoạch.docx') // `attachment; filename="Ke-hoach.docx"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.docx`
 */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}

/** The file as a download: its type, its names, never cached by a shared cache. */
export function fileResponse(document: RenderedDocument, displayName: string): Response {
  return new Response(new Uint8Array(document.bytes), {
    status: 200,
    headers: {
      'content-type': document.contentType,
      'content-length': String(document.bytes.length),
      'content-disposition': contentDisposition(`${displayName}.${document.format}`),
      // Documents carry personal data: neither a proxy nor the browser's shared cache keeps them.
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** A structured error in the API's shape (`error.message`, `error.code`, `error.data`). */
export function errorResponse(
  c: HonoContext,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  return c.json(
    { error: { message, code, data: { httpStatus: status, domainCode: code, ...extra } } },
    status as 400,
  );
}

/** A refusal of the read procedure, a domain error or a rendering failure, as HTTP. */
export function failureResponse(c: HonoContext, error: unknown, docxUrl: string | null) {
  if (error instanceof DocumentRenderError) {
    if (error.code === 'PDF_CONVERTER_MISSING')
      return errorResponse(c, 503, error.code, error.message, { pdfAvailable: false, docxUrl });
    if (error.code === 'DOCUMENT_QUEUE_FULL') {
      c.header('retry-after', '10');
      return errorResponse(c, 503, error.code, error.message);
    }
    if (error.code === 'PDF_CONVERSION_TIMEOUT' || error.code === 'PDF_CONVERSION_FAILED') {
      logUnexpectedError('documents', error);
      return errorResponse(c, 502, error.code, error.message, { docxUrl });
    }
    logUnexpectedError('documents', error);
    return errorResponse(c, 500, error.code, 'Không tạo được văn bản; vui lòng thử lại.');
  }
  if (error instanceof TRPCError) {
    const cause = error.cause instanceof DomainError ? error.cause : null;
    return errorResponse(
      c,
      getHTTPStatusCodeFromError(error),
      cause?.code ?? error.code,
      error.message,
    );
  }
  if (error instanceof DomainError) return errorResponse(c, 400, error.code, error.message);
  // The database busy, full or unreachable (PostgreSQL restarting): retryable, not a failure.
  const storage = unavailableStorage(error);
  if (storage) {
    c.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
    return errorResponse(c, 503, storage.code, storage.message);
  }
  logUnexpectedError('documents', error);
  return errorResponse(
    c,
    500,
    'INTERNAL_SERVER_ERROR',
    'Không tạo được văn bản; vui lòng thử lại.',
  );
}
