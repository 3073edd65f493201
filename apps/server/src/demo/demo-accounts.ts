import { ROLE_LABELS, type Role } from '@doithoai/domain';
import {
  BODY_OF_ROLE,
  DEMO_COMMUNES,
  DEPARTMENT_BODIES,
  demoBodies,
  type CommuneRole,
  type DemoBody,
  type DemoCommune,
  type DepartmentBody,
} from './demo-communes.js';

/**
 * The one password of every demo account, printed at start. It exists only in demo data: the
 * domain's password policy (where it is defined) refuses it for every other account.
 */
import { DEMO_PASSWORD } from '@doithoai/domain';

export { DEMO_PASSWORD };

/** The username scheme: `<what the office is called>.<commune>`, e.g. `bithu.chomoi`. */
export const DEMO_USERNAME_PREFIX: Record<CommuneRole, string> = {
  'party-secretary': 'bithu', // Bí thư Đảng ủy
  'party-office': 'vpdu', // Văn phòng Đảng ủy
  'commune-chair': 'chutich', // Chủ tịch UBND xã
  'government-office': 'vpub', // Văn phòng HĐND và UBND xã
  department: 'phongkt', // Phòng Kinh tế
  'front-chair': 'mttq', // Chủ tịch Ủy ban MTTQ
  'front-officer': 'canbomttq', // cán bộ Ủy ban MTTQ
  village: 'thon', // Trưởng thôn, bản
  citizen: 'congdan', // công dân
  admin: 'admin', // quản trị hệ thống của xã
};

/** The other departments' accounts: `congan.chomoi` (Công an xã), `vhxh.chomoi`, `dichvucong.chomoi`. */
export const DEMO_DEPARTMENT_PREFIX: Record<DepartmentBody, string> = {
  police: 'congan',
  cultureSocietyDepartment: 'vhxh',
  publicServiceCentre: 'dichvucong',
};

export interface DemoAccount {
  username: string;
  fullName: string;
  role: Role;
  /** The commune's code, or the province's for a province viewer. */
  adminUnitCode: string;
  /** "Chợ Mới" or "Thái Nguyên", for the printed list. */
  unitName: string;
  /** The body the account works for, if any. */
  body: DemoBody | null;
  /** Set on the extra department accounts (police, culture-society, service centre). */
  departmentBody?: DepartmentBody;
}

/** @example demoUsername('party-secretary', DEMO_COMMUNES[0]!) // 'bithu.chomoi' */
export function demoUsername(role: CommuneRole, commune: DemoCommune): string {
  return `${DEMO_USERNAME_PREFIX[role]}.${commune.slug}`;
}

/**
 * Every demo account: one per role in each commune, the other departments' own accounts
 * (`congan.chomoi`…), and one province viewer per province (`tinh.thainguyen`), in a stable order.
 *
 * @example listDemoAccounts().find((a) => a.username === 'chutich.sontayha')?.fullName // 'Nguyễn Thị Tình'
 */
export function listDemoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  for (const commune of DEMO_COMMUNES) {
    for (const role of Object.keys(DEMO_USERNAME_PREFIX) as CommuneRole[]) {
      accounts.push({
        username: demoUsername(role, commune),
        fullName: commune.people[role],
        role,
        adminUnitCode: commune.unit.code,
        unitName: commune.unit.name,
        body: BODY_OF_ROLE[role],
      });
    }
    for (const body of DEPARTMENT_BODIES) {
      accounts.push({
        username: `${DEMO_DEPARTMENT_PREFIX[body]}.${commune.slug}`,
        fullName: commune.departmentPeople[body],
        role: 'department',
        adminUnitCode: commune.unit.code,
        unitName: commune.unit.name,
        body,
        departmentBody: body,
      });
    }
    accounts.push({
      username: `tinh.${commune.provinceSlug}`,
      fullName: `Cán bộ theo dõi tỉnh ${commune.province.name}`,
      role: 'province-viewer',
      adminUnitCode: commune.province.code,
      unitName: commune.province.name,
      body: null,
    });
  }
  return accounts;
}

/**
 * The printed list for the console at start: who to sign in as, and the shared password.
 *
 * @example formatDemoAccounts().at(-1) // '  Mật khẩu chung: DoiThoai@2025'
 */
export function formatDemoAccounts(): string[] {
  const lines = ['Tài khoản minh họa (DEMO_DATA=0 khi triển khai thật):'];
  for (const account of listDemoAccounts()) {
    const commune = DEMO_COMMUNES.find((c) => c.unit.code === account.adminUnitCode);
    // "Công an xã Chợ Mới" → "Công an xã": the commune is in the last column.
    const body =
      account.departmentBody && commune ? demoBodies(commune)[account.departmentBody] : null;
    const label =
      body && commune ? body.name.replace(` ${commune.unit.name}`, '') : ROLE_LABELS[account.role];
    lines.push(`  ${account.username.padEnd(20)} ${label.padEnd(32)} ${account.unitName}`);
  }
  lines.push(`  Mật khẩu chung: ${DEMO_PASSWORD}`);
  return lines;
}
