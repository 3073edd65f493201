import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkSqliteFile, isSqliteInUse, restoreSqlite } from '../sqlite/sqlite-files.js';
import {
  CommandError,
  parseCommandArgs,
  sqlitePathOf,
  type Command,
  type CommandContext,
} from './command.js';

/**
 * `doithoai restore <file>`: puts a backup in place of the SQLite database, after checking the
 * backup's integrity and that no server has the database open; the replaced file is kept.
 */
export const restoreCommand: Command = (context) =>
  // The restore only copies SQLite files (synchronous); a refusal still reaches the caller as a
  // rejected promise, like every other command's.
  new Promise((resolve) => resolve(restore(context)));

function restore({ args, io, databaseUrl, now }: CommandContext): number {
  const { positionals } = parseCommandArgs(args, []);
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined)
    throw new CommandError('Cách dùng: doithoai restore <tệp>', 2);
  const target = sqlitePathOf(databaseUrl);
  if (target === null) {
    throw new CommandError(
      'Lệnh restore chỉ dùng cho SQLite. Với PostgreSQL, hãy khôi phục bản pg_dump bằng pg_restore, ' +
        'ví dụ: pg_restore --clean --dbname="$DATABASE_URL" doithoai.dump',
    );
  }
  if (target === ':memory:')
    throw new CommandError('Không thể khôi phục vào cơ sở dữ liệu tạm (:memory:).');
  const backup = resolve(file);
  if (!existsSync(backup)) throw new CommandError(`Không có tệp ${backup}.`);
  const report = checkSqliteFile(backup);
  if (!report.ok) {
    throw new CommandError(`Bản sao lưu ${backup} không toàn vẹn: ${report.messages.join('; ')}`);
  }
  if (!report.isDoithoaiDatabase) {
    throw new CommandError(`Tệp ${backup} không phải cơ sở dữ liệu của Đối thoại.`);
  }
  if (existsSync(target) && isSqliteInUse(target)) {
    throw new CommandError(
      `Cơ sở dữ liệu ${target} đang được sử dụng (máy chủ đang chạy?): hãy dừng máy chủ rồi chạy lại lệnh.`,
    );
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const { keptAs } = restoreSqlite(backup, target, now());
  const restored = checkSqliteFile(target);
  if (!restored.ok) {
    throw new CommandError(
      `Cơ sở dữ liệu sau khôi phục không toàn vẹn: ${restored.messages.join('; ')}`,
    );
  }
  io.out(`Đã khôi phục ${target} từ ${backup} (integrity_check: ok).`);
  if (keptAs) io.out(`Cơ sở dữ liệu trước khi khôi phục được giữ lại tại ${keptAs}.`);
  return 0;
}
