import type { RegulationProfile } from '../profile.schema.js';

/**
 * Thái Nguyên: seed 000 (Party committee of Chợ Mới commune, 2025). Seed 000 states no period
 * of Quyết định 357-QĐ/TU; it fixes its own registration cut-off (04/12/2025, a plan override).
 * Until the regulation's own periods are entered, the national default applies.
 */
export const THAI_NGUYEN_PROFILE: RegulationProfile = {
  id: 'thai-nguyen-357-qd-tu-2025',
  name: 'Thái Nguyên — Quyết định 357-QĐ/TU (2025)',
  document:
    'Quy chế đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân trên địa bàn tỉnh Thái Nguyên, ban hành kèm theo Quyết định số 357-QĐ/TU ngày 22/8/2025',
  extends: 'national-default',
  rules: [],
};
