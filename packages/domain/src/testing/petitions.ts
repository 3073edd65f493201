import type { Consent } from '../petitions/consent.schema.js';
import type { Petition } from '../petitions/petition.schema.js';
import { ADMIN_UNITS, BAN_MY, CHO_MOI_FIRST_VILLAGE, SON_TAY_HA_VILLAGES } from './admin-units.js';
import { present } from './present.js';
import { SEED_PLANS } from './seed-plans.js';

// Names are invented; phone numbers are well-formed (10 digits, 09x) but made up.

/** Consent to handle the petition and to be called back, given on the paper form. */
function paperConsents(givenAt: string): Consent[] {
  return [
    { purpose: 'handle-petition', givenAt, channel: 'paper-form' },
    { purpose: 'contact-by-phone', givenAt, channel: 'paper-form' },
  ];
}

/**
 * A registration from bản Mỳ for the Khoen On dialogue (seed 001), sent through the Front's
 * compilation: a landslide on the concrete road to the fields.
 *
 * @example aPetitionFromBanMy().petitioner.villageId // 'village-khoen-on-my'
 */
export function aPetitionFromBanMy(overrides: Partial<Petition> = {}): Petition {
  return {
    id: 'petition-ban-my-001',
    planId: SEED_PLANS.khoenOn2025.id,
    adminUnitCode: ADMIN_UNITS.khoenOn.code,
    trackingCode: 'BMY2-K7QX',
    kind: 'request',
    petitioner: {
      fullName: 'Lò Văn Sướng',
      phone: '0912000101',
      address: 'Bản Mỳ, xã Khoen On, tỉnh Lai Châu',
      villageId: BAN_MY.id,
    },
    content:
      'Đoạn đường bê tông từ trung tâm bản Mỳ ra khu ruộng Nà Lốc bị sạt lở sau đợt mưa lũ tháng 7/2025, xe máy chở lúa không đi qua được. Đề nghị xã khảo sát, hỗ trợ xi măng để bà con góp công sửa chữa trước vụ gặt.',
    field: 'infrastructure',
    wantsToSpeak: true,
    channel: 'front-compilation',
    receivedOn: '2025-08-11',
    isLate: false,
    status: 'received',
    consents: paperConsents('2025-08-11T09:00:00+07:00'),
    ...overrides,
  };
}

/**
 * A registration from bản Mỳ that arrived after the Front had sent its compilation: kept, flagged late.
 *
 * @example aLatePetitionFromBanMy().isLate // true
 */
export function aLatePetitionFromBanMy(overrides: Partial<Petition> = {}): Petition {
  return aPetitionFromBanMy({
    id: 'petition-ban-my-002',
    trackingCode: 'BMY3-P4RT',
    kind: 'question',
    petitioner: {
      fullName: 'Hoàng Thị Xuân',
      phone: '0912000102',
      address: 'Bản Mỳ, xã Khoen On, tỉnh Lai Châu',
      villageId: BAN_MY.id,
    },
    content:
      'Gia đình tôi thuộc hộ cận nghèo năm 2025 nhưng đến nay chưa nhận được thẻ bảo hiểm y tế. Đề nghị xã cho biết khi nào được cấp thẻ và cần bổ sung giấy tờ gì.',
    field: 'social-policy',
    wantsToSpeak: false,
    receivedOn: '2025-08-27',
    isLate: true,
    consents: paperConsents('2025-08-27T15:30:00+07:00'),
    ...overrides,
  });
}

/**
 * A question a Chợ Mới village registered before the 04/12/2025 cut-off (seed 000 §IV.5):
 * a land certificate (sổ đỏ) delayed and a boundary never re-surveyed.
 *
 * @example aLandPetitionInChoMoi().field // 'land-environment'
 */
export function aLandPetitionInChoMoi(overrides: Partial<Petition> = {}): Petition {
  return {
    id: 'petition-cho-moi-001',
    planId: SEED_PLANS.choMoi2025.id,
    adminUnitCode: ADMIN_UNITS.choMoi.code,
    trackingCode: 'CMX4-D8LA',
    kind: 'question',
    petitioner: {
      fullName: 'Nông Văn Thắng',
      phone: '0987000201',
      address: 'Thôn 01, xã Chợ Mới, tỉnh Thái Nguyên',
      villageId: CHO_MOI_FIRST_VILLAGE.id,
    },
    content:
      'Gia đình tôi nộp hồ sơ cấp Giấy chứng nhận quyền sử dụng đất (sổ đỏ) cho thửa đất ở từ tháng 3/2025 nhưng đến nay chưa được cấp. Ranh giới giữa thửa đất nhà tôi và hộ liền kề chưa được đo đạc lại nên hai bên còn tranh chấp khoảng 20 m². Đề nghị xã cho biết tiến độ giải quyết hồ sơ và cử cán bộ địa chính xuống đo đạc, hòa giải.',
    field: 'land-environment',
    wantsToSpeak: true,
    channel: 'village-paper-form',
    receivedOn: '2025-12-01',
    isLate: false,
    status: 'received',
    consents: paperConsents('2025-12-01T08:30:00+07:00'),
    ...overrides,
  };
}

/**
 * A security concern from a Chợ Mới village: night-time motorbike racing on the inter-village road.
 *
 * @example aSecurityPetitionInChoMoi().field // 'security-order'
 */
export function aSecurityPetitionInChoMoi(overrides: Partial<Petition> = {}): Petition {
  return aLandPetitionInChoMoi({
    id: 'petition-cho-moi-002',
    trackingCode: 'CMX5-H3NW',
    kind: 'report',
    petitioner: {
      fullName: 'Ma Thị Hoa',
      phone: '0987000202',
      address: 'Thôn 01, xã Chợ Mới, tỉnh Thái Nguyên',
      villageId: CHO_MOI_FIRST_VILLAGE.id,
    },
    content:
      'Thời gian gần đây một số thanh thiếu niên tụ tập, đua xe máy vào ban đêm trên tuyến đường liên thôn, gây mất an ninh trật tự và nguy cơ tai nạn giao thông. Đề nghị Công an xã tăng cường tuần tra, xử lý.',
    field: 'security-order',
    wantsToSpeak: false,
    receivedOn: '2025-12-02',
    consents: paperConsents('2025-12-02T10:00:00+07:00'),
    ...overrides,
  });
}

/**
 * A registration form (seed 004's Phiếu đăng ký) handed in at the Sơn Tây Hạ office: a road repair.
 *
 * @example aRoadPetitionInSonTayHa().channel // 'office-paper-form'
 */
export function aRoadPetitionInSonTayHa(overrides: Partial<Petition> = {}): Petition {
  const village = present(SON_TAY_HA_VILLAGES[0], 'the first village of Sơn Tây Hạ');
  return {
    id: 'petition-son-tay-ha-001',
    planId: SEED_PLANS.sonTayHa2025.id,
    adminUnitCode: ADMIN_UNITS.sonTayHa.code,
    trackingCode: 'STH6-R2VE',
    kind: 'request',
    petitioner: {
      fullName: 'Đinh Văn Bốc',
      phone: '0905000301',
      address: 'Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
      villageId: village.id,
    },
    content:
      'Tuyến đường từ thôn ra trung tâm xã xuống cấp, nhiều ổ gà, mùa mưa học sinh đi lại rất khó khăn. Đề nghị UBND xã đưa tuyến đường vào kế hoạch sửa chữa năm 2026.',
    field: 'infrastructure',
    wantsToSpeak: true,
    channel: 'office-paper-form',
    receivedOn: '2025-10-06',
    isLate: false,
    status: 'received',
    consents: paperConsents('2025-10-06T14:00:00+07:00'),
    ...overrides,
  };
}
