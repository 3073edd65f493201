// What the server answers when a handler throws (Hono's `onError`): a lost or busy database is a
// retryable 503 with Retry-After (PostgreSQL restarting: the pool reconnects on the next request);
// anything else is logged with the time and the request id, and the client gets a plain sentence.
import { unavailableStorage } from '@doithoai/api/http';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorFields, type Logger } from '../logging/logger.js';
import { wantsHtml } from './not-found.js';

const INTERNAL =
  'Máy chủ gặp lỗi ngoài dự kiến, yêu cầu chưa được thực hiện. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị hệ thống.';

function reply(c: Context, status: 500 | 503, code: string, message: string): Response {
  if (wantsHtml(c)) {
    return c.html(
      `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi — Đối thoại</title><main><h1>Chưa thực hiện được</h1><p>${message}</p></main></html>`,
      status,
    );
  }
  return c.json(
    { error: { message, data: { code, httpStatus: status, domainCode: code } } },
    status,
  );
}

/** @example app.onError(errorHandler(logger)) */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    const storage = unavailableStorage(error);
    if (storage) {
      const seconds = storage.details['retryAfterSeconds'];
      c.header('retry-after', String(typeof seconds === 'number' ? seconds : 5));
      return reply(c, 503, storage.code, storage.message);
    }
    logger.log('error', 'unexpected error', {
      method: c.req.method,
      path: c.req.path,
      requestId: c.get('requestId'),
      ...errorFields(error),
    });
    return reply(c, 500, 'INTERNAL_SERVER_ERROR', INTERNAL);
  };
}
