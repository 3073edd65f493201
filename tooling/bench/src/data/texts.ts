import {
  aLandPetitionInChoMoi,
  aLatePetitionFromBanMy,
  aPetitionFromBanMy,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
} from '@doithoai/domain/testing';
import type { PetitionField, PetitionKind } from '@doithoai/domain';

// Realistic Vietnamese text for generated petitions: the seeds' petitions (the domain's test
// builders), and what commune offices hear every year, by field. Names are invented.

export interface PetitionText {
  content: string;
  field: PetitionField;
  kind: PetitionKind;
}

const fromSeeds: PetitionText[] = [
  aPetitionFromBanMy(),
  aLatePetitionFromBanMy(),
  aLandPetitionInChoMoi(),
  aSecurityPetitionInChoMoi(),
  aRoadPetitionInSonTayHa(),
].map((p) => ({ content: p.content, field: p.field ?? 'other', kind: p.kind }));

export const PETITION_TEXTS: readonly PetitionText[] = [
  ...fromSeeds,
  {
    content:
      'Hệ thống nước sinh hoạt tập trung của thôn thường xuyên mất nước vào mùa khô, nhiều hộ phải mua nước bình. Đề nghị xã kiểm tra, sửa chữa đường ống và bố trí lịch cấp nước hợp lý.',
    field: 'infrastructure',
    kind: 'request',
  },
  {
    content:
      'Gia đình tôi thuộc diện hộ cận nghèo nhưng năm nay chưa được cấp thẻ bảo hiểm y tế. Đề nghị xã rà soát, hướng dẫn thủ tục để gia đình được hưởng chính sách.',
    field: 'social-policy',
    kind: 'question',
  },
  {
    content:
      'Thủ tục chứng thực hợp đồng chuyển nhượng quyền sử dụng đất tại Trung tâm phục vụ hành chính công xã còn chậm, người dân phải đi lại nhiều lần. Đề nghị xã công khai thời gian giải quyết và niêm yết đầy đủ hồ sơ mẫu.',
    field: 'administrative-procedures',
    kind: 'report',
  },
  {
    content:
      'Đề nghị xã hỗ trợ giống cây trồng và tập huấn kỹ thuật chăm sóc chè cho các hộ trồng chè trong thôn, giúp bà con nâng cao năng suất và chất lượng sản phẩm.',
    field: 'economy',
    kind: 'request',
  },
  {
    content:
      'Trường mầm non điểm thôn xuống cấp, mái tôn bị dột, sân chơi lầy lội khi trời mưa. Đề nghị xã sớm bố trí kinh phí sửa chữa trước năm học mới.',
    field: 'culture-education-health',
    kind: 'request',
  },
  {
    content:
      'Một số cán bộ thôn chưa công khai các khoản đóng góp xây dựng nhà văn hóa. Đề nghị xã chỉ đạo thôn công khai thu chi theo quy định để bà con được biết.',
    field: 'party-building',
    kind: 'opinion',
  },
];

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Lò',
  'Đặng',
  'Bùi',
  'Vũ',
  'Ma',
  'Triệu',
  'Hà',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc'];
const GIVEN = [
  'Sướng',
  'Xuân',
  'Hùng',
  'Lan',
  'Thắng',
  'Hoa',
  'Dũng',
  'Mai',
  'Tùng',
  'Hạnh',
  'Phúc',
];

/** A made-up Vietnamese full name from a number. @example personName(0) // 'Nguyễn Văn Sướng' */
export function personName(n: number): string {
  return `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n >> 5) % GIVEN.length]}`;
}

export const VILLAGE_NAMES = [
  'Bản Mỳ',
  'Bản Khoen',
  'Thôn Đồng Tâm',
  'Thôn Nà Cà',
  'Thôn Bản Chang',
  'Thôn Khuổi Đăm',
  'Thôn Nà Lốc',
  'Thôn Tân Lập',
] as const;

export const BODY_NAMES = [
  ['party-office', 'Văn phòng Đảng ủy xã'],
  ['government-office', 'Văn phòng HĐND và UBND xã'],
  ['department', 'Phòng Kinh tế (đất đai, tài nguyên và môi trường)'],
  ['police', 'Công an xã'],
  ['fatherland-front', 'Ủy ban MTTQ Việt Nam xã'],
] as const;
