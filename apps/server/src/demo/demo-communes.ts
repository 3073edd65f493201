import type { AdminUnit, OrganisationKind, Role, Village, VillageKind } from '@doithoai/domain';
import {
  ADMIN_UNITS,
  BAN_MY,
  CHO_MOI_VILLAGES,
  SON_TAY_HA_VILLAGES,
  VINH_BAO_VILLAGES,
} from '@doithoai/domain/testing';

// The demo's four communes — those of the seed plans — with their villages, bodies and one
// person per role. People's names are invented, except those the seeds print (Triệu Tiên Trình,
// Phạm Văn Bốn, Bùi Thị Lý, Nguyễn Thị Tình sign or chair the seed plans).

export type DemoCommuneKey = 'choMoi' | 'khoenOn' | 'vinhBao' | 'sonTayHa';

/** The bodies of a commune after the 2025 reorganisation, as the seeds' "Tổ chức thực hiện" names them. */
export type DemoBody =
  | 'partyCommittee'
  | 'partyOffice'
  | 'peoplesCommittee'
  | 'governmentOffice'
  | 'economicDepartment'
  | 'cultureSocietyDepartment'
  | 'police'
  | 'military'
  | 'publicServiceCentre'
  | 'front';

/** The roles a commune has one demo account for (the province viewer belongs to the province). */
export type CommuneRole = Exclude<Role, 'province-viewer'>;

/**
 * The bodies besides the Phòng Kinh tế that get their own department account, so that the
 * police, the culture-society office and the service centre can draft their answers and report
 * their tasks (the domain lets only the assigned body do so).
 */
export type DepartmentBody = 'police' | 'cultureSocietyDepartment' | 'publicServiceCentre';
export const DEPARTMENT_BODIES: readonly DepartmentBody[] = [
  'police',
  'cultureSocietyDepartment',
  'publicServiceCentre',
];

/** ILLUSTRATIVE villages the seeds do not name, added to the domain's own so petitions spread. */
function moreVillages(
  communeCode: string,
  idPrefix: string,
  first: number,
  kind: VillageKind,
  names: readonly string[],
): Village[] {
  return names.map((name, index) => ({
    id: `${idPrefix}-${String(first + index).padStart(2, '0')}`,
    communeCode,
    name,
    kind,
    active: true,
  }));
}

export interface DemoCommune {
  key: DemoCommuneKey;
  unit: AdminUnit & { level: 'commune' };
  province: AdminUnit & { level: 'province' };
  /** The commune in usernames: `bithu.chomoi`. */
  slug: string;
  /** The province in the province viewer's username: `tinh.thainguyen`. */
  provinceSlug: string;
  villages: readonly Village[];
  publicServiceCentreName: string;
  people: Record<CommuneRole, string>;
  /** The heads of the bodies with their own department account. */
  departmentPeople: Record<DepartmentBody, string>;
}

export const DEMO_COMMUNES: readonly DemoCommune[] = [
  {
    key: 'choMoi',
    unit: ADMIN_UNITS.choMoi,
    province: ADMIN_UNITS.thaiNguyen,
    slug: 'chomoi',
    provinceSlug: 'thainguyen',
    villages: CHO_MOI_VILLAGES,
    // Seed 000: "giao Trung tâm dịch vụ tổng hợp làm công tác truyền thông".
    publicServiceCentreName: 'Trung tâm Dịch vụ tổng hợp xã Chợ Mới',
    people: {
      'party-secretary': 'Triệu Tiên Trình',
      'party-office': 'Hoàng Thị Lan',
      'commune-chair': 'Ma Văn Hùng',
      'government-office': 'Nông Thị Thu',
      department: 'Lý Văn Toàn',
      'front-chair': 'Hà Thị Nga',
      'front-officer': 'Dương Văn Khánh',
      village: 'Lục Văn Sinh',
      citizen: 'Nông Văn Thắng',
      admin: 'Trần Minh Đức',
    },
    departmentPeople: {
      police: 'Hoàng Văn Quân',
      cultureSocietyDepartment: 'Ma Thị Huyền',
      publicServiceCentre: 'Lục Thị Thơm',
    },
  },
  {
    key: 'khoenOn',
    unit: ADMIN_UNITS.khoenOn,
    province: ADMIN_UNITS.laiChau,
    slug: 'khoenon',
    provinceSlug: 'laichau',
    villages: [
      BAN_MY,
      ...moreVillages('03640', 'village-khoen-on', 2, 'hamlet', [
        'Khoen',
        'Nà Phát',
        'Ít Chom',
        'Co Muông',
        'Hua Chăng',
      ]),
    ],
    publicServiceCentreName: 'Trung tâm Phục vụ hành chính công xã Khoen On',
    people: {
      'party-secretary': 'Lò Văn Xôm',
      'party-office': 'Tòng Thị Hiền',
      'commune-chair': 'Phạm Văn Bốn',
      'government-office': 'Lường Thị Mai',
      department: 'Hoàng Văn Chiến',
      'front-chair': 'Lò Thị Phương',
      'front-officer': 'Điêu Văn Hải',
      village: 'Lò Văn Ngoan',
      citizen: 'Hoàng Thị Xuân',
      admin: 'Nguyễn Văn Tuấn',
    },
    departmentPeople: {
      police: 'Lường Văn Thắng',
      cultureSocietyDepartment: 'Tòng Thị Lả',
      publicServiceCentre: 'Vì Thị Hoa',
    },
  },
  {
    key: 'vinhBao',
    unit: ADMIN_UNITS.vinhBao,
    province: ADMIN_UNITS.haiPhong,
    slug: 'vinhbao',
    provinceSlug: 'haiphong',
    villages: [
      ...VINH_BAO_VILLAGES,
      ...moreVillages('11824', 'village-vinh-bao', 3, 'village', [
        'Nam',
        'Bắc',
        'Trung Hưng',
        'Cao Hải',
        'Tân Hòa',
        'Liên Am',
      ]),
    ],
    publicServiceCentreName: 'Trung tâm Phục vụ hành chính công xã Vĩnh Bảo',
    people: {
      'party-secretary': 'Bùi Thị Lý',
      'party-office': 'Phạm Thị Hương',
      'commune-chair': 'Vũ Văn Hưng',
      'government-office': 'Nguyễn Thị Hạnh',
      department: 'Đỗ Văn Thành',
      'front-chair': 'Trần Thị Hoa',
      'front-officer': 'Lê Văn Nam',
      village: 'Bùi Văn Quý',
      citizen: 'Vũ Thị Lan',
      admin: 'Phạm Minh Tuấn',
    },
    departmentPeople: {
      police: 'Nguyễn Đức Mạnh',
      cultureSocietyDepartment: 'Đặng Thị Thu',
      publicServiceCentre: 'Ngô Thị Yến',
    },
  },
  {
    key: 'sonTayHa',
    unit: ADMIN_UNITS.sonTayHa,
    province: ADMIN_UNITS.quangNgai,
    slug: 'sontayha',
    provinceSlug: 'quangngai',
    villages: [
      ...SON_TAY_HA_VILLAGES,
      ...moreVillages('21343', 'village-son-tay-ha', 3, 'village', [
        'Tà Dô',
        'Đắk Lang',
        'Ra Manh',
        'Huy Em',
      ]),
    ],
    // Seed 004: "Trung tâm Cung ứng Dịch vụ công: Thông báo rộng rãi về việc tổ chức đối thoại".
    publicServiceCentreName: 'Trung tâm Cung ứng Dịch vụ công xã Sơn Tây Hạ',
    people: {
      'party-secretary': 'Đinh Văn Lâm',
      'party-office': 'Đinh Thị Nhung',
      'commune-chair': 'Nguyễn Thị Tình',
      'government-office': 'Phạm Văn Long',
      department: 'Đinh Văn Hơn',
      'front-chair': 'Đinh Thị Bé',
      'front-officer': 'Hồ Văn Tài',
      village: 'Đinh Văn Ui',
      citizen: 'Đinh Văn Bốc',
      admin: 'Lê Quang Vinh',
    },
    departmentPeople: {
      police: 'Võ Văn Hùng',
      cultureSocietyDepartment: 'Đinh Thị Thanh',
      publicServiceCentre: 'Huỳnh Thị Diệu',
    },
  },
];

/** Seed 002's issuer: a district abolished on 01/07/2025, kept for its plan's records. */
export const DEMO_LEGACY_DISTRICT = ADMIN_UNITS.thanUyen;

/**
 * The bodies of one commune, by kind and name.
 *
 * @example demoBodies(DEMO_COMMUNES[0]!).police // { kind: 'police', name: 'Công an xã Chợ Mới' }
 */
export function demoBodies(
  commune: DemoCommune,
): Record<DemoBody, { kind: OrganisationKind; name: string }> {
  const name = commune.unit.name;
  return {
    partyCommittee: { kind: 'party-committee', name: `Đảng ủy xã ${name}` },
    partyOffice: { kind: 'party-office', name: `Văn phòng Đảng ủy xã ${name}` },
    peoplesCommittee: { kind: 'peoples-committee', name: `Ủy ban nhân dân xã ${name}` },
    governmentOffice: { kind: 'government-office', name: `Văn phòng HĐND và UBND xã ${name}` },
    economicDepartment: { kind: 'department', name: `Phòng Kinh tế xã ${name}` },
    cultureSocietyDepartment: { kind: 'department', name: `Phòng Văn hóa - Xã hội xã ${name}` },
    police: { kind: 'police', name: `Công an xã ${name}` },
    military: { kind: 'military', name: `Ban Chỉ huy Quân sự xã ${name}` },
    publicServiceCentre: { kind: 'public-service-centre', name: commune.publicServiceCentreName },
    front: { kind: 'fatherland-front', name: `Ủy ban MTTQ Việt Nam xã ${name}` },
  };
}

/** The body each role's demo account works for (none for a village head, a citizen, the admin). */
export const BODY_OF_ROLE: Record<CommuneRole, DemoBody | null> = {
  'party-secretary': 'partyCommittee',
  'party-office': 'partyOffice',
  'commune-chair': 'peoplesCommittee',
  'government-office': 'governmentOffice',
  department: 'economicDepartment',
  'front-chair': 'front',
  'front-officer': 'front',
  village: null,
  citizen: null,
  admin: null,
};
