// The server's log: one JSON object per line (time, level, msg, fields), on stdout for
// information and stderr for errors — journald (systemd) keeps both, `jq` reads them
// (docs/operations.md, "Logs"). No library: a line of JSON is all an operator's tools need.

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
}

/**
 * The JSON-lines logger. `write` receives each line (with its level) — the process's streams by
 * default; tests pass a buffer.
 *
 * @example jsonLogger().log('info', 'request', { method: 'GET', path: '/healthz', status: 200 })
 */
export function jsonLogger(
  write: (line: string, level: LogLevel) => void = (line, level) =>
    (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`),
): Logger {
  return {
    log(level, msg, fields = {}) {
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }), level);
    },
  };
}

/** A logger that drops everything: the default of `startServer` in tests. */
export const silentLogger: Logger = { log: () => undefined };

/** An error as log fields: name, driver code, message and stack (never sent to a client). */
export function errorFields(error: unknown): Record<string, unknown> {
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    error: {
      name: err.name,
      code: (err as { code?: unknown }).code,
      message: err.message,
      stack: err.stack,
    },
  };
}
