import { domainError } from '@doithoai/domain';
import type { Context as HonoContext } from 'hono';
import { appRouter } from '../root.js';

import { MAX_BATCH_CALLS, travelsAlone } from './batch-limits.js';

/** Whether a procedure path names a call that must travel alone (`travelsAlone`). */
function isUnbatchable(path: string): boolean {
  const procedures = appRouter._def.procedures as Record<string, { _def?: { type?: string } }>;
  return travelsAlone(procedures[path]?._def?.type ?? '', path);
}

export type BatchRefusal =
  { code: 'BATCH_TOO_LARGE'; message: string } | { code: 'BATCH_NOT_ALLOWED'; message: string };

/**
 * Why a tRPC request's batch is refused, or null: more than `MAX_BATCH_CALLS` calls, or a call
 * that must travel alone inside a batch of any size (`?batch=1` is a batch even with one call).
 *
 * @example batchRefusal('/trpc/auth.login,auth.login', true) // { code: 'BATCH_NOT_ALLOWED', … }
 */
export function batchRefusal(pathname: string, batched: boolean): BatchRefusal | null {
  if (!batched) return null;
  const joined = decodeURIComponent(pathname.replace(/^.*?\/trpc\/?/u, ''));
  const paths = joined.split(',');
  if (paths.length > MAX_BATCH_CALLS) {
    const { message } = domainError('BATCH_TOO_LARGE', {
      max: MAX_BATCH_CALLS,
      count: paths.length,
    });
    return { code: 'BATCH_TOO_LARGE', message };
  }
  const alone = paths.find(isUnbatchable);
  if (alone) {
    return {
      code: 'BATCH_NOT_ALLOWED',
      message: domainError('BATCH_NOT_ALLOWED', { path: alone }).message,
    };
  }
  return null;
}

/** The refusal for a Hono request to `/trpc/*`, or null. */
export function batchRefusalOf(c: HonoContext): BatchRefusal | null {
  // tRPC treats a request as a batch exactly when `batch=1`.
  return batchRefusal(c.req.path, c.req.query('batch') === '1');
}
