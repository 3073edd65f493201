import { appendAudit, findAdminUnit, insertAdminUnit } from '@doithoai/db';
import { CommuneCodeSchema, ProvinceCodeSchema, requiredText } from '@doithoai/domain';
import { CommandError, parseCommandArgs, withDatabase, type Command } from './command.js';
import { checked } from './validate.js';

export const ADD_UNIT_USAGE =
  'doithoai add-unit --level province|commune --code <mã> --name "<tên>" [--parent <mã tỉnh>] [--kind xã|phường|đặc khu|tỉnh|thành phố]';

/**
 * `doithoai add-unit`: a province or a commune (official code, QĐ 19/2025/QĐ-TTg), so that a
 * fresh installation without demo data can receive its first accounts.
 */
export const addUnitCommand: Command = async ({ args, io, databaseUrl, now }) => {
  const { options } = parseCommandArgs(args, ['level', 'code', 'name', 'parent', 'kind']);
  const level = options['level'];
  if (level !== 'province' && level !== 'commune') {
    throw new CommandError(
      `--level phải là province hoặc commune.\nCách dùng: ${ADD_UNIT_USAGE}`,
      2,
    );
  }
  const code = checked(
    level === 'province' ? ProvinceCodeSchema : CommuneCodeSchema,
    options['code'],
    '--code',
  );
  const name = checked(requiredText('Tên đơn vị', 100), options['name'], '--name');
  const parent = options['parent'];
  if (level === 'commune' && !parent) throw new CommandError('Xã cần --parent (mã tỉnh).', 2);
  const kind = options['kind'] ?? (level === 'province' ? 'tỉnh' : 'xã');

  return withDatabase(databaseUrl, async ({ db }) => {
    if (await findAdminUnit(db, code)) throw new CommandError(`Mã ${code} đã có.`);
    if (parent) {
      const province = await findAdminUnit(db, parent);
      if (province?.level !== 'province') {
        throw new CommandError(`Không có tỉnh mã ${parent}: tạo tỉnh trước.`);
      }
    }
    const at = now().toISOString();
    await db.transaction().execute(async (trx) => {
      const unit = { code, name, level, kind, parentCode: parent ?? null } as const;
      await insertAdminUnit(trx, unit, at);
      await appendAudit(trx, {
        at,
        actor: null,
        adminUnitCode: code,
        action: 'admin-unit.create',
        entityType: 'admin-unit',
        entityId: code,
        after: unit,
        reason: 'Tạo bằng lệnh doithoai add-unit',
      });
    });
    io.out(`Đã thêm ${kind} ${name} (${code}).`);
    return 0;
  });
};
