import type { ErrorCode } from './error-codes.js';

/**
 * How a failure should be treated by callers. The API maps each category to a transport
 * code (tRPC/HTTP) once; the domain never knows about transports.
 */
export type DomainErrorCategory =
  | 'invalid' // the input breaks a rule (400)
  | 'forbidden' // the role may not do this (403)
  | 'not-found' // the thing does not exist for this caller (404)
  | 'conflict' // the state does not allow it now, or a duplicate (409)
  | 'precondition'; // something must happen first (412)

/**
 * A typed domain error: a stable `code` of the catalogue (`error-codes.ts`) for programs, a
 * Vietnamese `message` for people, and `details` for the specifics (which state, which field).
 * Build one with `domainError(code, details)`, which takes the category and the message from the
 * catalogue; the constructor is for the few callers that choose the category themselves.
 *
 * @example
 * new DomainError('TRANSITION_NOT_ALLOWED', 'conflict', 'Không thể phê duyệt khi kế hoạch đang ở trạng thái "Dự thảo".', { state: 'draft', event: 'approve' })
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    readonly category: DomainErrorCategory,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The outcome of a pure operation that may be refused: no exceptions for expected refusals. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E = DomainError>(error: E): Result<never, E> => ({ ok: false, error });

/** Returns the value or throws the domain error, for callers that prefer exceptions. @example unwrap(ok(1)) // 1 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
