// Unexpected failures as one JSON line on stderr with the time (issue 20: they went to stderr
// as bare stack traces, without a timestamp). The same shape as the server's request log
// (apps/server/src/logging), so one `journalctl -o cat | jq` reads both.

/** Where the lines go; tests and the server may replace it (`setErrorLogSink`). */
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

/** Sends the api's error lines elsewhere (the server's logger; a test's buffer). */
export function setErrorLogSink(write: (line: string) => void): void {
  sink = write;
}

/**
 * Logs an unexpected error: `scope` (api, documents), the fields that locate it, the error's
 * message and stack (for the operator's log only; the client never sees them).
 *
 * @example logUnexpectedError('api', error, { procedure: 'petitions.register', requestId })
 */
export function logUnexpectedError(
  scope: string,
  error: unknown,
  fields: Record<string, unknown> = {},
): void {
  const err = error instanceof Error ? error : new Error(String(error));
  sink(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'error',
      scope,
      msg: err.message,
      ...fields,
      error: { name: err.name, code: (err as { code?: unknown }).code, stack: err.stack },
    }),
  );
}
