#!/usr/bin/env node
// `doithoai <command>`: the operator's command line (see `doithoai help`).
import { createInterface } from 'node:readline';
import { cliDatabaseUrl, passwordFromEnvironment } from './config.js';
import type { CliIo } from './commands/command.js';
import { runCli } from './commands/run.js';

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

const io: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  askSecret,
};

process.exitCode = await runCli(process.argv.slice(2), {
  io,
  databaseUrl: cliDatabaseUrl(),
  password: passwordFromEnvironment(),
  now: () => new Date(),
});
