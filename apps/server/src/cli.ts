#!/usr/bin/env node
// `doithoai <command>`: the operator's command line (see `doithoai help`).
import { createInterface } from 'node:readline';
import {
  cliDatabaseUrl,
  ConfigError,
  DEFAULT_DATABASE_URL,
  passwordFromEnvironment,
} from './config.js';
import type { CliIo } from './commands/command.js';
import { asksForHelp, runCli } from './commands/run.js';
import { startupFailureLines } from './startup/startup-errors.js';
import { VERSION } from './version.js';

/** Reads a line from the terminal without echoing it; null when stdin is not a terminal. */
function askSecret(prompt: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const terminal = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
    });
    process.stdout.write(prompt);
    // Echo nothing while the secret is typed.
    (terminal as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
    terminal.question('', (answer) => {
      terminal.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

/** Reads a line from the terminal (echoed); null when stdin is not a terminal. */
function ask(prompt: string): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    terminal.question(prompt, (answer) => {
      terminal.close();
      resolve(answer);
    });
  });
}

const io: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  askSecret,
  ask,
};

const argv = process.argv.slice(2);

/** `DATABASE_URL`, or the exit: a typo (`postgre://…`) is refused — unless only help is asked. */
function databaseUrl(): string {
  try {
    return cliDatabaseUrl();
  } catch (error) {
    if (!(error instanceof ConfigError) || asksForHelp(argv)) return DEFAULT_DATABASE_URL;
    console.error(error.message);
    process.exit(1);
  }
}

if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') {
  console.log(`Đối thoại ${VERSION}`);
} else {
  const url = databaseUrl();
  try {
    process.exitCode = await runCli(argv, {
      io,
      databaseUrl: url,
      password: passwordFromEnvironment(),
      now: () => new Date(),
    });
  } catch (error) {
    // A database the command cannot reach or use: what is wrong and what to do, no stack trace.
    for (const line of startupFailureLines(error, { databaseUrl: url })) console.error(line);
    process.exitCode = 1;
  }
}
