import { createDatabase, migrateToLatest } from '@doithoai/db';
import type { Command } from './command.js';

/** `doithoai migrate`: runs every pending migration (the server also does at start). */
export const migrateCommand: Command = async ({ io, databaseUrl }) => {
  const handle = createDatabase({ url: databaseUrl });
  try {
    const { results = [] } = await migrateToLatest(handle.db);
    const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
    io.out(
      applied.length === 0
        ? `Cơ sở dữ liệu (${handle.location}) đã ở phiên bản mới nhất.`
        : `Đã cập nhật cơ sở dữ liệu (${handle.location}): ${applied.join(', ')}.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
};
