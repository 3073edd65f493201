import { DomainError, type DomainErrorCategory } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
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
  throw toTrpcError(
    new DomainError('NOT_FOUND', 'not-found', `Không tìm thấy ${what} (${id}).`, { id }),
  );
}

export function staleVersion(what: string): never {
  throw toTrpcError(
    new DomainError(
      'STALE_VERSION',
      'conflict',
      `${what} vừa được người khác cập nhật; hãy tải lại để xem thay đổi trước khi lưu.`,
      {},
    ),
  );
}

export interface ErrorShapeData {
  /** The domain's stable code (e.g. TRANSITION_NOT_ALLOWED), or VALIDATION_FAILED for bad input. */
  domainCode: string | null;
  details: Record<string, unknown> | null;
  /** Field path → Vietnamese messages, for forms. */
  fieldErrors: Record<string, string[]> | null;
}

/** What the error formatter adds to `error.data`. */
export function describeCause(cause: unknown): ErrorShapeData {
  if (cause instanceof DomainError)
    return { domainCode: cause.code, details: { ...cause.details }, fieldErrors: null };
  if (cause instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      const path = issue.path.map(String).join('.') || '(input)';
      (fieldErrors[path] ??= []).push(issue.message);
    }
    return { domainCode: 'VALIDATION_FAILED', details: null, fieldErrors };
  }
  return { domainCode: null, details: null, fieldErrors: null };
}
