// Each command's help (`doithoai <lệnh> --help`, `doithoai help <lệnh>`): what it does, its
// options, what it needs and an example — an operator reads it before running the command, so
// asking for help never runs anything (issue 20: `migrate --help` used to migrate).
import { ADD_UNIT_USAGE } from './add-unit.command.js';
import { CREATE_ADMIN_USAGE } from './create-admin.command.js';
import { CREATE_USER_USAGE } from './create-user.command.js';

export interface CommandHelp {
  usage: string;
  /** One line, for the list of commands. */
  does: string;
  /** The full help, line by line. */
  details: readonly string[];
}

const DATABASE_LINE =
  'Cơ sở dữ liệu: biến DATABASE_URL (như máy chủ); không đặt → data/doithoai.db trong thư mục cài đặt.';

export const COMMAND_HELP = {
  migrate: {
    usage: 'doithoai migrate',
    does: 'cập nhật cấu trúc cơ sở dữ liệu',
    details: [
      'Chạy mọi migration còn thiếu, trong một giao dịch (dừng giữa chừng thì giữ nguyên cấu trúc cũ).',
      'Máy chủ cũng tự chạy khi khởi động. Migration chỉ đi tới: muốn quay lại phiên bản trước,',
      'hãy khôi phục bản sao lưu đã tạo trước khi nâng cấp (docs/operations.md, "Nâng cấp").',
    ],
  },
  'seed-demo': {
    usage: 'doithoai seed-demo',
    does: 'tạo dữ liệu minh họa (chỉ trên cơ sở dữ liệu trống)',
    details: [
      'Tạo bốn xã minh họa, tài khoản (mật khẩu chung DoiThoai@2025), kế hoạch và kiến nghị,',
      'trong một giao dịch. Từ chối nếu cơ sở dữ liệu đã có dữ liệu. Không dùng cho bản cài thật.',
    ],
  },
  'add-unit': {
    usage: ADD_UNIT_USAGE,
    does: 'thêm tỉnh hoặc xã',
    details: [
      'Thêm một tỉnh (--level province) hoặc một xã (--level commune, cần --parent <mã tỉnh>),',
      'theo mã đơn vị hành chính chính thức (QĐ 19/2025/QĐ-TTg). Ghi nhật ký kiểm tra.',
      'Ví dụ: doithoai add-unit --level commune --code 02086 --name "Chợ Mới" --parent 19',
    ],
  },
  'create-admin': {
    usage: CREATE_ADMIN_USAGE,
    does: 'tạo quản trị hệ thống đầu tiên (bản cài không có dữ liệu minh họa)',
    details: [
      'Tạo tài khoản quản trị hệ thống (đơn vị Toàn quốc) — người đầu tiên, từ đó tạo tỉnh, xã và',
      'người quản trị của chúng trong /admin/. Từ chối khi đã có quản trị hệ thống đang hoạt động:',
      'người sau do người đầu tiên tạo trong /admin/. Thiếu --username, --full-name thì hỏi.',
      'Mật khẩu: biến DOITHOAI_PASSWORD, hoặc nhập hai lần (không hiện chữ); ít nhất 12 ký tự hoặc',
      '4 từ trở lên; không phải mật khẩu phổ biến, tên đăng nhập hay mật khẩu minh họa.',
      'Ví dụ: doithoai create-admin --username quantri.hethong --full-name "Trần Thị Mai"',
    ],
  },
  'create-user': {
    usage: CREATE_USER_USAGE,
    does: 'tạo tài khoản (mật khẩu từ DOITHOAI_PASSWORD hoặc nhập khi được hỏi)',
    details: [
      'Tạo tài khoản cho một vai trò ở một đơn vị. Mật khẩu: biến DOITHOAI_PASSWORD, hoặc nhập',
      '(không hiện chữ) khi chạy trong cửa sổ dòng lệnh. Ít nhất 12 ký tự hoặc 4 từ trở lên.',
      'Ví dụ: doithoai create-user --username admin.chomoi --role admin --unit 02086 --full-name "Nguyễn Văn An"',
    ],
  },
  backup: {
    usage: 'doithoai backup <tệp>',
    does: 'sao lưu SQLite khi đang chạy',
    details: [
      'Sao lưu trực tuyến cơ sở dữ liệu SQLite (máy chủ không cần dừng), kiểm tra bằng',
      'integrity_check; tệp chỉ chủ sở hữu đọc được (quyền 0600); không ghi đè tệp đã có.',
      'PostgreSQL: dùng pg_dump (docs/operations.md, "Sao lưu").',
      'Ví dụ: doithoai backup /var/backups/doithoai/doithoai-2026-12-07.db',
    ],
  },
  restore: {
    usage: 'doithoai restore <tệp>',
    does: 'khôi phục SQLite từ bản sao lưu (dừng máy chủ trước)',
    details: [
      'Kiểm tra bản sao lưu, từ chối nếu máy chủ còn mở cơ sở dữ liệu, rồi thay cơ sở dữ liệu',
      'bằng bản sao lưu; tệp bị thay được giữ lại bên cạnh. PostgreSQL: dùng pg_restore.',
      'Ví dụ: systemctl stop doithoai && doithoai restore /var/backups/doithoai/doithoai-2026-12-07.db',
    ],
  },
} as const satisfies Record<string, CommandHelp>;

export type CommandName = keyof typeof COMMAND_HELP;

/** The full help of one command. @example commandHelp('backup')[0] // 'Cách dùng: doithoai backup <tệp>' */
export function commandHelp(name: CommandName): string[] {
  const help: CommandHelp = COMMAND_HELP[name];
  return [`Cách dùng: ${help.usage}`, '', ...help.details, '', DATABASE_LINE];
}

/** The list of commands (`doithoai help`). */
export function usage(): string[] {
  return [
    'Cách dùng: doithoai <lệnh> [tùy chọn]   (doithoai <lệnh> --help: hướng dẫn của một lệnh)',
    DATABASE_LINE,
    ...Object.values(COMMAND_HELP).map((c: CommandHelp) => `  ${c.usage}\n      ${c.does}`),
  ];
}
