import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@doithoai/db';

/** Where a command talks to its operator (the terminal; a test's buffer). */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret without echoing it; null when there is no terminal to ask on. */
  askSecret(prompt: string): Promise<string | null>;
  /** Asks for a line (echoed); null when there is no terminal to ask on. */
  ask?(prompt: string): Promise<string | null>;
}

/** What every command gets: its own arguments and the settings read by src/config.ts. */
export interface CommandContext {
  args: string[];
  io: CliIo;
  databaseUrl: string;
  /** `DOITHOAI_PASSWORD`, if set. */
  password: string | undefined;
  now: () => Date;
}

/** A command's outcome is its exit code: 0 done, 1 refused or failed, 2 used wrongly. */
export type Command = (context: CommandContext) => Promise<number>;

/** A refusal with a message for the operator (exit code 1, or 2 for a usage mistake). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * `--name value` options and positional arguments, refusing unknown options.
 *
 * @example parseCommandArgs(['--username', 'admin.chomoi'], ['username']).options.username // 'admin.chomoi'
 */
export function parseCommandArgs(args: string[], names: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    });
    return { options: values as Record<string, string | undefined>, positionals };
  } catch (error) {
    throw new CommandError((error as Error).message, 2);
  }
}

/** Opens the database and brings its schema up to date, then runs `work` and closes it. */
export async function withDatabase<T>(
  databaseUrl: string,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const handle = createDatabase({ url: databaseUrl });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * The SQLite file a database URL names (as `createDatabase` reads it), as an absolute path so
 * the operator sees which file, or null for PostgreSQL.
 *
 * @example sqlitePathOf('file:/srv/doithoai/data/doithoai.db') // '/srv/doithoai/data/doithoai.db'
 */
export function sqlitePathOf(databaseUrl: string): string | null {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return null;
  const path = databaseUrl.replace(/^file:/, '');
  return path === ':memory:' ? path : resolve(path);
}
