// The request an audit row was written for (issue 20: "a request id carried into the audit
// rows"): the server runs each request inside `withRequestId`, and `appendAudit` reads it here,
// so every row a request writes — through any procedure, any repository — carries the id the
// request log printed, without threading it through every call. Rows written outside a request
// (the command line, the demo) have none.
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

/** Runs `work` as request `requestId`. @example await withRequestId(id, () => next()) */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return scope.run(requestId, work);
}

/** The id of the request being served, or null outside one. */
export function currentRequestId(): string | null {
  return scope.getStore() ?? null;
}
