import { villageDisplayName, type Village } from '@doithoai/domain';
import type { DemoCommune, DemoCommuneKey } from './demo-communes.js';
import type { DemoRandom } from './demo-random.js';

// Invented people for the demo's petitions: family names as they are common in each region
// (Tày and Nùng in Chợ Mới, Thái in Khoen On, Kinh in Vĩnh Bảo, Hrê and Kinh in Sơn Tây Hạ),
// Vietnamese given names, and well-formed but made-up mobile numbers.

const FAMILY_NAMES: Record<DemoCommuneKey, readonly string[]> = {
  choMoi: [
    'Hoàng',
    'Nông',
    'Ma',
    'Lục',
    'Hà',
    'Dương',
    'Triệu',
    'Lý',
    'Đàm',
    'Nguyễn',
    'Trần',
    'Lê',
  ],
  khoenOn: ['Lò', 'Lường', 'Tòng', 'Điêu', 'Cầm', 'Vì', 'Quàng', 'Hoàng', 'Lò', 'Lường', 'Nguyễn'],
  vinhBao: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Vũ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Ngô',
    'Nguyễn',
    'Phạm',
  ],
  sonTayHa: ['Đinh', 'Hồ', 'Phạm', 'Nguyễn', 'Trần', 'Lê', 'Võ', 'Huỳnh', 'Đinh', 'Đinh'],
};

/** Middle names: Văn and Thị above all in the highland communes, more varied among the Kinh. */
const MIDDLE_NAMES: Record<
  'highland' | 'lowland',
  { male: readonly string[]; female: readonly string[] }
> = {
  highland: {
    male: ['Văn', 'Văn', 'Văn', 'Văn', 'Đức'],
    female: ['Thị', 'Thị', 'Thị', 'Thị', 'Hồng'],
  },
  lowland: {
    male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu'],
    female: ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng'],
  },
};
const MALE_GIVEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Thắng',
  'Sơn',
  'Hải',
  'Long',
  'Bình',
  'Cường',
  'Hòa',
  'Khánh',
  'Lâm',
  'Mạnh',
  'Nam',
  'Phong',
  'Tài',
  'Thành',
  'Trung',
  'Việt',
  'Chiến',
  'Toàn',
  'Quý',
  'Hưng',
  'Kiên',
  'Lợi',
  'Thái',
  'Vinh',
];
/** Given names heard among the Thái of Khoen On, beside the common ones. */
const THAI_MALE_GIVEN = ['Sướng', 'Ún', 'Pánh', 'Khăm', 'Xiêng', 'Inh'];
const FEMALE_GIVEN = [
  'Lan',
  'Hương',
  'Hoa',
  'Mai',
  'Thu',
  'Hà',
  'Hạnh',
  'Liên',
  'Nga',
  'Nhung',
  'Phương',
  'Thảo',
  'Trang',
  'Yến',
  'Xuân',
  'Dung',
  'Hiền',
  'Lụa',
  'Ngoan',
  'Bích',
  'Tươi',
  'Duyên',
];

/** Mobile prefixes in use since the 2018 renumbering (Viettel, VinaPhone, MobiFone). */
const MOBILE_PREFIXES = [
  '091',
  '094',
  '088',
  '098',
  '097',
  '096',
  '086',
  '038',
  '037',
  '035',
  '090',
  '093',
  '070',
  '079',
  '083',
];

/** Enterprises and cooperatives that register questions (seed 000 invites them). */
const ORGANISATIONS = [
  'Hợp tác xã Nông nghiệp {commune}',
  'Hợp tác xã Chè an toàn {commune}',
  'Công ty TNHH Vật liệu xây dựng {commune}',
  'Tổ hợp tác nuôi cá lồng {commune}',
  'Hợp tác xã Dịch vụ môi trường {commune}',
];

export interface DemoPerson {
  fullName: string;
  phone?: string;
  address: string;
  villageId: string;
  villageName: string;
  organisationName?: string;
}

/**
 * "tỉnh Thái Nguyên", "thành phố Hải Phòng".
 *
 * @example provinceLabel(DEMO_COMMUNES[2]!) // 'thành phố Hải Phòng'
 */
export function provinceLabel(commune: DemoCommune): string {
  return `${commune.province.kind === 'municipality' ? 'thành phố' : 'tỉnh'} ${commune.province.name}`;
}

/**
 * A made-up 10-digit mobile number (`0912…`, `0387…`).
 *
 * @example demoPhone(random) // '0987412305'
 */
export function demoPhone(random: DemoRandom): string {
  let digits = random.pick(MOBILE_PREFIXES);
  while (digits.length < 10) digits += String(random.int(0, 9));
  return digits;
}

/**
 * One invented resident of a village of `commune`: a name of the region, most with a phone,
 * the address the registration form asks for; now and then, where the matter suits one
 * (`mayBeOrganisation`), speaking for a cooperative or an enterprise.
 *
 * @example demoPerson(random, commune, village).address // 'Thôn 05, xã Chợ Mới, tỉnh Thái Nguyên'
 */
export function demoPerson(
  random: DemoRandom,
  commune: DemoCommune,
  village: Village,
  mayBeOrganisation = false,
): DemoPerson {
  const female = random.chance(0.45);
  const middle = MIDDLE_NAMES[commune.key === 'vinhBao' ? 'lowland' : 'highland'];
  const fullName = [
    random.pick(FAMILY_NAMES[commune.key]),
    random.pick(female ? middle.female : middle.male),
    random.pick(
      female
        ? FEMALE_GIVEN
        : commune.key === 'khoenOn'
          ? [...MALE_GIVEN, ...THAI_MALE_GIVEN]
          : MALE_GIVEN,
    ),
  ].join(' ');
  const villageName = villageDisplayName(village);
  const person: DemoPerson = {
    fullName,
    address: `${villageName}, xã ${commune.unit.name}, ${provinceLabel(commune)}`,
    villageId: village.id,
    villageName,
  };
  if (random.chance(0.85)) person.phone = demoPhone(random);
  if (mayBeOrganisation && random.chance(0.15))
    person.organisationName = random.pick(ORGANISATIONS).replace('{commune}', commune.unit.name);
  return person;
}
