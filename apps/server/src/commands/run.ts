import { addUnitCommand, ADD_UNIT_USAGE } from './add-unit.command.js';
import { backupCommand } from './backup.command.js';
import { CommandError, type Command, type CommandContext } from './command.js';
import { createUserCommand, CREATE_USER_USAGE } from './create-user.command.js';
import { migrateCommand } from './migrate.command.js';
import { restoreCommand } from './restore.command.js';
import { seedDemoCommand } from './seed-demo.command.js';

const COMMANDS: Record<string, { run: Command; usage: string; does: string }> = {
  migrate: {
    run: migrateCommand,
    usage: 'doithoai migrate',
    does: 'cập nhật cấu trúc cơ sở dữ liệu',
  },
  'seed-demo': {
    run: seedDemoCommand,
    usage: 'doithoai seed-demo',
    does: 'tạo dữ liệu minh họa (chỉ trên cơ sở dữ liệu trống)',
  },
  'add-unit': { run: addUnitCommand, usage: ADD_UNIT_USAGE, does: 'thêm tỉnh hoặc xã' },
  'create-user': {
    run: createUserCommand,
    usage: CREATE_USER_USAGE,
    does: 'tạo tài khoản (mật khẩu từ DOITHOAI_PASSWORD hoặc nhập khi được hỏi)',
  },
  backup: {
    run: backupCommand,
    usage: 'doithoai backup <tệp>',
    does: 'sao lưu SQLite khi đang chạy',
  },
  restore: {
    run: restoreCommand,
    usage: 'doithoai restore <tệp>',
    does: 'khôi phục SQLite từ bản sao lưu (dừng máy chủ trước)',
  },
};

export function usage(): string[] {
  return [
    'Cách dùng: doithoai <lệnh> [tùy chọn]   (cơ sở dữ liệu: DATABASE_URL, mặc định ./data/doithoai.db)',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.does}`),
  ];
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
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    for (const line of usage()) context.io.out(line);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    context.io.err(`Không có lệnh "${name}".`);
    for (const line of usage()) context.io.err(line);
    return 2;
  }
  try {
    return await command.run({ ...context, args });
  } catch (error) {
    if (error instanceof CommandError) {
      context.io.err(error.message);
      return error.exitCode;
    }
    throw error;
  }
}
