import { hashPassword, newPasswordProblem } from '@doithoai/api/server';
import {
  appendAudit,
  findAccountByUsername,
  findAccountSummary,
  findAdminUnit,
  findOrganisationOfUnit,
  insertAccount,
} from '@doithoai/db';
import {
  NewPasswordSchema,
  PASSPHRASE_MIN_WORDS,
  PASSWORD_MIN_LENGTH,
  requiredText,
  ROLE_LABELS,
  accountTitle,
  adminScopeOf,
  ROLES,
  RoleSchema,
  UsernameSchema,
} from '@doithoai/domain';
import {
  CommandError,
  parseCommandArgs,
  withDatabase,
  type CliIo,
  type Command,
} from './command.js';
import { checked } from './validate.js';

export const CREATE_USER_USAGE =
  'doithoai create-user --username <tên> --role <vai trò> --unit <mã đơn vị> --full-name "<họ và tên>" [--organisation <mã cơ quan>]';

/** Asks for a new password twice, without echo; refuses when there is no terminal. */
export async function askPassword(io: CliIo): Promise<string> {
  const first = await io.askSecret(
    `Mật khẩu (ít nhất ${PASSWORD_MIN_LENGTH} ký tự, hoặc ${PASSPHRASE_MIN_WORDS} từ trở lên): `,
  );
  if (first === null) {
    throw new CommandError(
      'Không có cửa sổ dòng lệnh để nhập mật khẩu: hãy đặt biến môi trường DOITHOAI_PASSWORD.',
    );
  }
  checked(NewPasswordSchema, first, 'Mật khẩu');
  if ((await io.askSecret('Nhập lại mật khẩu: ')) !== first) {
    throw new CommandError('Hai lần nhập mật khẩu không khớp.');
  }
  return first;
}

/** The password policy (issue 14) on the command line: its Vietnamese message, exit code 2. */
export function checkedPassword(secret: string, username: string): void {
  checked(NewPasswordSchema, secret, 'Mật khẩu');
  const problem = newPasswordProblem(secret, username);
  if (problem) throw new CommandError(`Mật khẩu: ${problem.message}`, 2);
}

/**
 * `doithoai create-user`: an account of any role — the first administrator of a commune, or a
 * province viewer (whose unit is the province). Password from `DOITHOAI_PASSWORD` or asked.
 */
export const createUserCommand: Command = async ({ args, io, databaseUrl, password, now }) => {
  const { options } = parseCommandArgs(args, [
    'username',
    'role',
    'unit',
    'full-name',
    'organisation',
  ]);
  const missing = ['username', 'role', 'unit', 'full-name'].filter((name) => !options[name]);
  const unitCode = options['unit'];
  if (missing.length > 0 || !unitCode) {
    throw new CommandError(
      `Thiếu ${missing.map((name) => `--${name}`).join(', ')}.\nCách dùng: ${CREATE_USER_USAGE}`,
      2,
    );
  }
  const username = checked(UsernameSchema, options['username'], '--username');
  const role = checked(RoleSchema, options['role'], `--role (một trong: ${ROLES.join(', ')})`);
  const fullName = checked(requiredText('Họ và tên', 200), options['full-name'], '--full-name');
  const organisationId = options['organisation'];
  if (role === 'department' && !organisationId) {
    throw new CommandError('Tài khoản phòng, ban chuyên môn cần --organisation (mã cơ quan).', 2);
  }
  const secret = password ?? (await askPassword(io));
  checkedPassword(secret, username);

  return withDatabase(databaseUrl, async ({ db }) => {
    const unit = await findAdminUnit(db, unitCode);
    if (!unit) {
      throw new CommandError(
        `Không có đơn vị hành chính mã ${unitCode}: tạo trước bằng "doithoai add-unit".`,
      );
    }
    const level = role === 'province-viewer' ? 'province' : 'commune';
    if (unit.level !== level) {
      throw new CommandError(
        `Vai trò "${ROLE_LABELS[role]}" thuộc ${level === 'province' ? 'một tỉnh' : 'một xã'}; ${unit.name} (${unit.code}) không phải.`,
      );
    }
    if (organisationId && !(await findOrganisationOfUnit(db, organisationId, unit.code))) {
      throw new CommandError(`Không có cơ quan mã ${organisationId} thuộc ${unit.name}.`);
    }
    if (await findAccountByUsername(db, username)) {
      throw new CommandError(`Tên đăng nhập "${username}" đã được dùng.`);
    }
    const passwordHash = await hashPassword(secret);
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      const id = await insertAccount(
        trx,
        {
          username,
          fullName,
          role,
          adminUnitCode: unit.code,
          organisationId: organisationId ?? null,
          passwordHash,
        },
        at,
      );
      await appendAudit(trx, {
        at,
        actor: null,
        adminUnitCode: unit.code,
        action: 'account.create',
        entityType: 'account',
        entityId: id,
        after: await findAccountSummary(trx, id),
        reason: 'Tạo bằng lệnh doithoai create-user',
      });
    });
    io.out(
      `Đã tạo tài khoản ${username} (${accountTitle(role, adminScopeOf(unit.level))}, ${unit.name}).`,
    );
    return 0;
  });
};
