import { BoundedQueue } from '@doithoai/documents';
import { domainError } from '@doithoai/domain';
import { TRPCError } from '@trpc/server';

/** How long a client refused by a full queue should wait: a few hashes' time. */
export const PASSWORD_WORK_RETRY_AFTER_SECONDS = 5;

/**
 * 503 with Retry-After: too many password checks are already running or waiting. The request
 * changed nothing (no password was checked), so sending it again later is safe.
 */
export function passwordWorkBusyError(): TRPCError {
  const cause = domainError('SERVER_BUSY', {
    retryable: true,
    retryAfterSeconds: PASSWORD_WORK_RETRY_AFTER_SECONDS,
  });
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause });
}

/**
 * Every scrypt hash and check of the server goes through this queue: 32 MiB and ~0.1 s of CPU
 * each, so a batch of 60 logins cannot starve everything else (issue 17). Two at a time leave
 * the other cores to the rest of the server; 32 waiting is a few seconds at most.
 */
export const PASSWORD_WORK = new BoundedQueue(2, 32, passwordWorkBusyError);
