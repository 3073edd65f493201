// What an operator reads when the server or a command cannot start (issue 20, "What an operator
// trips over"): in Vietnamese, what is wrong and what to do — never a stack trace. The driver's
// and the system's codes are stable; their English messages are kept only as the last clue.
import { dirname, resolve } from 'node:path';
import { dialectOf } from '@doithoai/db';
import { ConfigError } from '../config.js';

export interface StartupSettings {
  databaseUrl: string;
  port?: number;
  host?: string;
}

/** The PostgreSQL host, port and database a URL names (for the message; no password). */
function postgresTarget(url: string): { host: string; port: string; database: string } {
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname || 'localhost',
      port: parsed.port || '5432',
      database: decodeURIComponent(parsed.pathname.replace(/^\//u, '')) || '(không ghi)',
    };
  } catch {
    return { host: '?', port: '5432', database: '?' };
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The error, or the first error in its `cause` chain (or an AggregateError's list) with a code. */
function withCode(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if (codeOf(current)) return current;
    const inner = (current as { errors?: unknown[] }).errors?.find((e) => codeOf(e));
    if (inner) return inner;
    current = (current as { cause?: unknown }).cause;
  }
  return error;
}

/**
 * The Vietnamese explanation of a failure to start, or null when it is not one we recognise
 * (then the caller prints the error's own message, still without a stack trace).
 *
 * @example describeStartupFailure(Object.assign(new Error(), { code: 'EADDRINUSE' }), { databaseUrl: 'x.db', port: 3000 })
 * // 'Cổng 3000 đang được một chương trình khác sử dụng…'
 */
export function describeStartupFailure(error: unknown, settings: StartupSettings): string | null {
  if (error instanceof ConfigError) return error.message;
  const found = withCode(error);
  const code = codeOf(found);
  const message = (found as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(found);
  const postgres = dialectOf(settings.databaseUrl) === 'postgres';
  const pg = postgresTarget(settings.databaseUrl);
  const sqliteFile = postgres ? '' : resolve(settings.databaseUrl.replace(/^file:/u, ''));

  switch (code) {
    case 'EADDRINUSE':
      return (
        `Cổng ${settings.port ?? '?'} đang được một chương trình khác sử dụng (có thể là một máy chủ ` +
        `Đối thoại khác đang chạy). Hãy dừng chương trình đó (xem: ss -ltnp | grep :${settings.port ?? ''}) ` +
        'hoặc đặt biến PORT sang cổng khác. Cơ sở dữ liệu chưa bị thay đổi.'
      );
    case 'EADDRNOTAVAIL':
      return `Máy này không có địa chỉ ${settings.host ?? '?'}: kiểm tra biến HOST (mặc định 0.0.0.0 — mọi giao diện mạng; 127.0.0.1 khi chưa đặt DEMO_DATA).`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_CANTOPEN':
      if ((found as { syscall?: unknown }).syscall === 'listen') {
        return (
          `Không được phép mở cổng ${settings.port ?? '?'}: các cổng dưới 1024 cần quyền quản trị. ` +
          'Hãy dùng cổng từ 1024 trở lên (mặc định 3000) sau một reverse proxy (docs/operations.md).'
        );
      }
      return (
        `Không ghi được cơ sở dữ liệu SQLite ${sqliteFile}: thư mục ${dirname(sqliteFile)} hoặc tệp ` +
        'chỉ cho đọc, hoặc tài khoản chạy máy chủ không có quyền ghi. Hãy cấp quyền ghi cho tài khoản ' +
        `này (ví dụ: chown -R doithoai: ${dirname(sqliteFile)}) hoặc đặt DATABASE_URL sang một thư mục ghi được.`
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return (
        `Không tìm thấy máy chủ PostgreSQL "${pg.host}" (tên máy không phân giải được). ` +
        'Kiểm tra tên máy trong DATABASE_URL và DNS của máy này.'
      );
    case 'ECONNREFUSED':
      return (
        `PostgreSQL tại ${pg.host}:${pg.port} từ chối kết nối: PostgreSQL chưa chạy hoặc không nghe ở ` +
        'cổng này. Kiểm tra: systemctl status postgresql; listen_addresses và port trong ' +
        'postgresql.conf; rồi khởi động lại Đối thoại.'
      );
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return (
        `Không kết nối được tới PostgreSQL tại ${pg.host}:${pg.port} (hết thời gian hoặc không có đường ` +
        'mạng). Kiểm tra mạng, tường lửa (cổng 5432) và địa chỉ trong DATABASE_URL.'
      );
    case '3D000':
      return (
        `Cơ sở dữ liệu PostgreSQL "${pg.database}" chưa được tạo trên ${pg.host}. Tạo nó (ví dụ: ` +
        `sudo -u postgres createdb --owner=doithoai ${pg.database}) rồi khởi động lại; ` +
        'các bảng được tạo tự động.'
      );
    case '28P01':
    case '28000':
      return (
        `PostgreSQL tại ${pg.host} từ chối đăng nhập (sai người dùng hoặc mật khẩu, hoặc pg_hba.conf ` +
        'không cho phép). Kiểm tra người dùng và mật khẩu trong DATABASE_URL.'
      );
    case '42501':
      return (
        `Người dùng PostgreSQL trong DATABASE_URL không có quyền tạo bảng trong "${pg.database}". ` +
        'Cho người dùng này làm chủ cơ sở dữ liệu (ALTER DATABASE … OWNER TO …).'
      );
    case '57P03':
      return `PostgreSQL tại ${pg.host} đang khởi động hoặc chuyển máy: chờ ít giây rồi khởi động lại Đối thoại.`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return (
        `Tệp ${sqliteFile} không phải cơ sở dữ liệu SQLite hợp lệ (hỏng hoặc tệp khác). ` +
        'Khôi phục bản sao lưu gần nhất: doithoai restore <tệp>.'
      );
    default:
      break;
  }
  // Kysely's migrator, on a database migrated by a later release than this one.
  const newer = /previously executed migration (\S+) is missing/u.exec(text);
  if (newer) {
    return (
      `Cơ sở dữ liệu đã được nâng cấp bởi một phiên bản Đối thoại mới hơn bản này (có migration ` +
      `${newer[1]} mà bản này không biết). Hãy chạy phiên bản mới hơn đó, hoặc — nếu đang quay lại ` +
      'phiên bản cũ — khôi phục bản sao lưu đã tạo trước khi nâng cấp (docs/operations.md, "Nâng cấp").'
    );
  }
  if (/password authentication failed|SASL/u.test(text)) {
    return `PostgreSQL từ chối mật khẩu: kiểm tra mật khẩu trong DATABASE_URL.`;
  }
  return null;
}

/**
 * The lines printed for a failed start: the explanation, or the error's message (never the stack).
 *
 * @example startupFailureLines(new Error('boom'), { databaseUrl: 'x.db' }) // ['Không khởi động được: boom', …]
 */
export function startupFailureLines(error: unknown, settings: StartupSettings): string[] {
  const described = describeStartupFailure(error, settings);
  if (described) return [described];
  const message = error instanceof Error ? error.message : String(error);
  return [
    `Không khởi động được: ${message}`,
    'Lỗi ngoài dự kiến: hãy gửi dòng trên cho người hỗ trợ kỹ thuật kèm phiên bản (doithoai --version).',
  ];
}
