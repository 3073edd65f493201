import { addUnitCommand } from './add-unit.command.js';
import { backupCommand } from './backup.command.js';
import { CommandError, type Command, type CommandContext } from './command.js';
import { commandHelp, usage, type CommandName } from './command-help.js';
import { createAdminCommand } from './create-admin.command.js';
import { createUserCommand } from './create-user.command.js';
import { migrateCommand } from './migrate.command.js';
import { restoreCommand } from './restore.command.js';
import { seedDemoCommand } from './seed-demo.command.js';

export { usage } from './command-help.js';

const COMMANDS: Record<CommandName, Command> = {
  migrate: migrateCommand,
  'seed-demo': seedDemoCommand,
  'add-unit': addUnitCommand,
  'create-admin': createAdminCommand,
  'create-user': createUserCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
const HELP = new Set(['--help', '-h', 'help']);

/** True when the command line only asks for help (nothing is run, no setting is needed). */
export function asksForHelp(argv: readonly string[]): boolean {
  return (
    argv[0] === undefined || HELP.has(argv[0]) || argv.includes('--help') || argv.includes('-h')
  );
}

/**
 * Runs one command line and returns its exit code; refusals are printed, never thrown.
 *
 * @example await runCli(['backup', '/srv/backups/2025-12-01.db'], { io, databaseUrl, password: undefined, now: () => new Date() }) // 0
 */
export async function runCli(
  argv: string[],
  context: Omit<CommandContext, 'args'>,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || HELP.has(name)) {
    // `doithoai help backup` as well as `doithoai backup --help`.
    const about = args[0];
    const lines = about && isCommand(about) ? commandHelp(about) : usage();
    for (const line of lines) context.io.out(line);
    return name ? 0 : 2;
  }
  if (!isCommand(name)) {
    context.io.err(`Không có lệnh "${name}".`);
    for (const line of usage()) context.io.err(line);
    return 2;
  }
  // Asking for help never runs the command, wherever `--help` stands among its arguments.
  if (asksForHelp(argv)) {
    for (const line of commandHelp(name)) context.io.out(line);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    return await command({ ...context, args });
  } catch (error) {
    if (error instanceof CommandError) {
      context.io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
