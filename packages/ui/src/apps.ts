import type { Role } from '@doithoai/domain';

/** One role app served on the shared origin. */
export interface RoleApp {
  id: 'party' | 'chair' | 'front' | 'admin';
  name: string;
  /** Path on the server, with its trailing slash. */
  path: string;
  description: string;
  roles: readonly Role[];
  /** False while the app is still being built (issue 7). */
  available: boolean;
}

/** The apps, in the order the home page lists them. */
export const ROLE_APPS: readonly RoleApp[] = [
  {
    id: 'party',
    name: 'Đảng ủy xã',
    path: '/party/',
    description: 'Xây dựng, phê duyệt và chỉ đạo kế hoạch đối thoại; tổng quan tình hình.',
    roles: ['party-secretary', 'party-office'],
    available: true,
  },
  {
    id: 'chair',
    name: 'Chủ tịch UBND xã',
    path: '/chair/',
    description:
      'Tiếp nhận, phân loại kiến nghị; cơ quan chuyên môn dự thảo trả lời, Chủ tịch duyệt.',
    roles: ['commune-chair', 'government-office', 'department'],
    available: true,
  },
  {
    id: 'front',
    name: 'Ủy ban MTTQ xã',
    path: '/front/',
    description: 'Tổng hợp ý kiến, giám sát việc thực hiện kết luận.',
    roles: ['front-chair', 'front-officer'],
    available: true,
  },
  {
    id: 'admin',
    name: 'Quản trị',
    path: '/admin/',
    description: 'Thiết lập đơn vị: tài khoản, thôn, bản, tổ dân phố, cơ quan.',
    roles: ['admin'],
    available: true,
  },
];

/**
 * The apps a role may use.
 *
 * @example appsForRole('party-office').map((a) => a.id) // ['party']
 */
export function appsForRole(role: Role): RoleApp[] {
  return ROLE_APPS.filter((app) => app.roles.includes(role));
}

/**
 * True when `role` may use the app `id`.
 *
 * @example mayUseApp('commune-chair', 'party') // false
 */
export function mayUseApp(role: Role, id: RoleApp['id']): boolean {
  return ROLE_APPS.some((app) => app.id === id && app.roles.includes(role));
}

/**
 * Where the guard of an app sends a role that may not use it: home, with the reason.
 *
 * @example refusalUrl('Đảng ủy xã') // '/?thongbao=…'
 */
export function refusalUrl(appName: string): string {
  const message = `Tài khoản của bạn không được dùng ứng dụng ${appName}.`;
  return `/?thongbao=${encodeURIComponent(message)}`;
}
