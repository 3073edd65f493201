import { hashPassword } from '@doithoai/api/server';
import {
  appendAudit,
  ensureNationalUnit,
  findAccountByUsername,
  findAccountSummary,
  insertAccount,
  listActiveSystemAdministrators,
} from '@doithoai/db';
import { ADMIN_SCOPE_LABELS, NATIONAL_UNIT, requiredText, UsernameSchema } from '@doithoai/domain';
import {
  CommandError,
  parseCommandArgs,
  withDatabase,
  type CliIo,
  type Command,
} from './command.js';
import { askPassword, checkedPassword } from './create-user.command.js';
import { checked } from './validate.js';

export const CREATE_ADMIN_USAGE =
  'doithoai create-admin [--username <tên>] [--full-name "<họ và tên>"]';

/** An option, or asked on the terminal when it is missing; a usage error when neither is there. */
async function optionOrAsked(
  io: CliIo,
  value: string | undefined,
  option: string,
  prompt: string,
): Promise<string> {
  if (value) return value;
  const answer = (await io.ask?.(prompt)) ?? null;
  if (answer === null || answer.trim() === '') {
    throw new CommandError(`Thiếu --${option}.\nCách dùng: ${CREATE_ADMIN_USAGE}`, 2);
  }
  return answer.trim();
}

/**
 * `doithoai create-admin`: the first system administrator (issue 14, "First run") — an `admin`
 * account bound to the national unit (inserted with it), from which every other administrator
 * is created in /admin/. Refused once an active system administrator exists: a second one is
 * created by the first in /admin/ (with the audit naming who), never by anyone with a shell.
 */
export const createAdminCommand: Command = async ({ args, io, databaseUrl, password, now }) => {
  const { options } = parseCommandArgs(args, ['username', 'full-name']);
  const username = checked(
    UsernameSchema,
    await optionOrAsked(io, options['username'], 'username', 'Tên đăng nhập: '),
    '--username',
  );
  const fullName = checked(
    requiredText('Họ và tên', 200),
    await optionOrAsked(io, options['full-name'], 'full-name', 'Họ và tên: '),
    '--full-name',
  );

  return withDatabase(databaseUrl, async ({ db }) => {
    // Checked before the password is asked: nobody types a password only to be refused.
    const existing = await listActiveSystemAdministrators(db);
    if (existing.length > 0) {
      throw new CommandError(
        `Đã có quản trị hệ thống (${existing.map((a) => a.username).join(', ')}): lệnh này chỉ tạo người đầu tiên. ` +
          'Hãy đăng nhập /admin/ bằng tài khoản đó để tạo thêm người quản trị.',
      );
    }
    if (await findAccountByUsername(db, username)) {
      throw new CommandError(`Tên đăng nhập "${username}" đã được dùng.`);
    }
    const secret = password ?? (await askPassword(io));
    checkedPassword(secret, username);
    const passwordHash = await hashPassword(secret);
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      await ensureNationalUnit(trx, at);
      const id = await insertAccount(
        trx,
        { username, fullName, role: 'admin', adminUnitCode: NATIONAL_UNIT.code, passwordHash },
        at,
      );
      await appendAudit(trx, {
        at,
        actor: null,
        adminUnitCode: NATIONAL_UNIT.code,
        action: 'account.create',
        entityType: 'account',
        entityId: id,
        after: await findAccountSummary(trx, id),
        reason: 'Tạo quản trị hệ thống đầu tiên bằng lệnh doithoai create-admin',
      });
    });
    io.out(
      `Đã tạo tài khoản ${username} (${ADMIN_SCOPE_LABELS.system}, ${NATIONAL_UNIT.name}). ` +
        'Đăng nhập tại /admin/ để thêm tỉnh, xã và người quản trị của chúng.',
    );
    return 0;
  });
};
