import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDatabase } from '@doithoai/db';
import { backupSqlite, checkSqliteFile } from '../sqlite/sqlite-files.js';
import { CommandError, parseCommandArgs, sqlitePathOf, type Command } from './command.js';

/**
 * `doithoai backup <file>`: an online copy of the SQLite database, safe while the server runs
 * and writes; checked with `integrity_check` before it is reported done.
 */
export const backupCommand: Command = async ({ args, io, databaseUrl }) => {
  const { positionals } = parseCommandArgs(args, []);
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined)
    throw new CommandError('Cách dùng: doithoai backup <tệp>', 2);
  const source = sqlitePathOf(databaseUrl);
  if (source === null) {
    throw new CommandError(
      'Lệnh backup chỉ dùng cho SQLite. Với PostgreSQL, hãy dùng pg_dump, ví dụ: ' +
        'pg_dump --format=custom --file=doithoai.dump "$DATABASE_URL"',
    );
  }
  if (source === ':memory:' || !existsSync(source)) {
    throw new CommandError(`Không có cơ sở dữ liệu tại ${source}.`);
  }
  const target = resolve(file);
  if (existsSync(target)) {
    throw new CommandError(`Tệp ${target} đã có: chọn tên khác (bản sao lưu cũ không bị ghi đè).`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const handle = createDatabase({ url: databaseUrl });
  try {
    // createDatabase opens a SQLite URL (checked above) with its raw connection.
    if (!handle.sqlite) throw new CommandError('Lệnh backup chỉ dùng cho SQLite.');
    await backupSqlite(handle.sqlite, target);
  } finally {
    await handle.close();
    // Kysely closes its driver only if it ever ran a query; this command used the raw handle.
    if (handle.sqlite?.open) handle.sqlite.close();
  }
  const report = checkSqliteFile(target);
  if (!report.ok) {
    throw new CommandError(`Bản sao lưu ${target} không toàn vẹn: ${report.messages.join('; ')}`);
  }
  io.out(
    `Đã sao lưu ${source} vào ${target} (${statSync(target).size} byte; integrity_check: ok).`,
  );
  return 0;
};
