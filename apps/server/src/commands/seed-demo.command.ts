import { hashPassword } from '@doithoai/api/server';
import { DEMO_PASSWORD, formatDemoAccounts } from '../demo/demo-accounts.js';
import { isDatabaseEmpty, seedDemoData } from '../demo/seed-demo.js';
import { CommandError, withDatabase, type Command } from './command.js';

/** `doithoai seed-demo`: the demo communes, accounts, plans and petitions, on an empty database only. */
export const seedDemoCommand: Command = ({ io, databaseUrl, now }) =>
  withDatabase(databaseUrl, async ({ db, location }) => {
    if (!(await isDatabaseEmpty(db))) {
      throw new CommandError(
        `Cơ sở dữ liệu (${location}) đã có dữ liệu: dữ liệu minh họa chỉ được tạo trên cơ sở dữ liệu trống.`,
      );
    }
    await seedDemoData(db, {
      now: now(),
      passwordHash: await hashPassword(DEMO_PASSWORD),
      progress: (line) => io.out(line),
    });
    io.out(`Đã tạo dữ liệu minh họa trong ${location}.`);
    for (const line of formatDemoAccounts()) io.out(line);
    return 0;
  });
