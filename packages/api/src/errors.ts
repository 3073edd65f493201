import {
  DomainError,
  domainError,
  type DomainErrorCategory,
  type ErrorCode,
  VALIDATION_FAILED,
} from '@doithoai/domain';
import { TRPCError, type TRPCDefaultErrorData, type TRPCDefaultErrorShape } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

/** One place maps the domain's categories to transport codes. */
export const CATEGORY_TO_TRPC = {
  invalid: 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  'not-found': 'NOT_FOUND',
  conflict: 'CONFLICT',
  precondition: 'PRECONDITION_FAILED',
} as const satisfies Record<DomainErrorCategory, TRPC_ERROR_CODE_KEY>;

/** Wraps a DomainError for tRPC, keeping the original as `cause` for the formatter. */
export function toTrpcError(error: DomainError): TRPCError {
  return new TRPCError({
    code: CATEGORY_TO_TRPC[error.category],
    message: error.message,
    cause: error,
  });
}

/** Throws a domain error as the matching tRPC error. */
export function fail(error: DomainError): never {
  throw toTrpcError(error);
}

export function notFound(what: string, id: string): never {
  throw toTrpcError(domainError('NOT_FOUND', { what, id }));
}

export function staleVersion(what: string): never {
  throw toTrpcError(domainError('STALE_VERSION', { what }));
}

/** A refusal's stable code: one of the domain's catalogue, or VALIDATION_FAILED for bad input. */
export type ApiErrorCode = ErrorCode | typeof VALIDATION_FAILED;

export interface ErrorShapeData {
  /** The domain's stable code (e.g. TRANSITION_NOT_ALLOWED), or VALIDATION_FAILED for bad input. */
  domainCode: ApiErrorCode | null;
  details: Record<string, unknown> | null;
  /** Field path → Vietnamese messages, for forms. */
  fieldErrors: Record<string, string[]> | null;
}

/**
 * An error's `data` as every client reads it (`TRPCClientError<AppRouter>['data']`): tRPC's code
 * and HTTP status, plus what the formatter adds. Refusals by the HTTP layer itself (body limit,
 * CSRF, batch limits) carry the same fields, `domainCode` null where no domain rule spoke.
 */
export interface ApiErrorData extends TRPCDefaultErrorData, ErrorShapeData {}

/** The whole error shape the formatter (trpc.ts) returns; tRPC infers the clients' type from it. */
export interface ApiErrorShape extends TRPCDefaultErrorShape {
  data: ApiErrorData;
}

/** What the error formatter adds to `error.data`. */
export function describeCause(cause: unknown): ErrorShapeData {
  if (cause instanceof DomainError) {
    // A refusal about one field of a form (`field` and `problem` in its details) is shown under it.
    const { field, problem } = cause.details;
    const fieldErrors =
      typeof field === 'string' && typeof problem === 'string' ? { [field]: [problem] } : null;
    return { domainCode: cause.code, details: { ...cause.details }, fieldErrors };
  }
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const path = issue.path.map(String).join('.') || '(input)';
      (fieldErrors[path] ??= []).push(issue.message);
    }
    return { domainCode: VALIDATION_FAILED, details: null, fieldErrors };
  }
  return { domainCode: null, details: null, fieldErrors: null };
}

/**
 * The one-line Vietnamese message of an input the schema refused: the first problem and how many
 * more (each is in `fieldErrors`), instead of tRPC's default JSON dump of the issues.
 *
 * @example validationMessage(zodErrorWith(['Ngày không hợp lệ.'])) // 'Thông tin gửi lên chưa hợp lệ: Ngày không hợp lệ.'
 */
export function validationMessage(error: ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'Thông tin gửi lên chưa hợp lệ.';
  const more = rest.length > 0 ? ` (và ${rest.length} lỗi khác)` : '';
  return `Thông tin gửi lên chưa hợp lệ: ${first.message.replace(/\.$/u, '')}${more}.`;
}

/** How long a client should wait before retrying a refusal caused by a busy or full database. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

/** The error codes the storage drivers use for "try again later" conditions. */
function storageErrorCode(error: unknown): string | null {
  if (error === null || typeof error !== 'object') return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/**
 * PostgreSQL codes of a connection the server lost: class 08 (connection exception), 57P01
 * admin_shutdown (`pg_terminate_backend`, a restart), 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, failing over); and the socket's own codes.
 */
const CONNECTION_CODES =
  /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/u;

/** node-postgres reports a dropped socket without a code, only with these sentences. */
const CONNECTION_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/u;

/**
 * The database connection was lost or cannot be opened now (PostgreSQL restarting, failing over,
 * its backends terminated, the network dropped): the pool opens a new connection on the next
 * request, so the request may be sent again. Looks through `cause` chains (Kysely and pg wrap).
 *
 * @example lostDatabaseConnection(Object.assign(new Error('terminating connection'), { code: '57P01' })) // true
 */
export function lostDatabaseConnection(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 3) return false;
  const code = storageErrorCode(error);
  if (code !== null && CONNECTION_CODES.test(code)) return true;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  return lostDatabaseConnection((error as { cause?: unknown }).cause, depth + 1);
}

/**
 * A storage failure that is not the request's fault and goes away by itself: the database held
 * by another writer past the 5 s busy timeout (SQLite `SQLITE_BUSY`/`SQLITE_LOCKED`, PostgreSQL
 * `55P03` lock_not_available), the disk full (SQLite `SQLITE_FULL`, PostgreSQL `53100`), or the
 * connection to PostgreSQL lost (`lostDatabaseConnection`: DATABASE_UNAVAILABLE).
 * Nothing was stored (the transaction rolled back), so the client may safely send the same
 * request again — with the same Idempotency-Key. Null for any other error.
 *
 * @example unavailableStorage(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))?.code // 'DATABASE_BUSY'
 */
export function unavailableStorage(error: unknown): DomainError | null {
  const details = { retryable: true, retryAfterSeconds: STORAGE_RETRY_AFTER_SECONDS };
  if (lostDatabaseConnection(error)) return domainError('DATABASE_UNAVAILABLE', details);
  const code = storageErrorCode(error);
  if (code === null) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03') {
    return domainError('DATABASE_BUSY', details);
  }
  if (code === 'SQLITE_FULL' || code === '53100') {
    return domainError('STORAGE_FULL', details);
  }
  return null;
}

/** A busy or full database as tRPC's 503 SERVICE_UNAVAILABLE, the DomainError as its cause. */
export function storageUnavailableError(cause: DomainError): TRPCError {
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause });
}
