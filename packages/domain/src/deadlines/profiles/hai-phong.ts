import type { RegulationProfile } from '../profile.schema.js';

/**
 * Hải Phòng: seed 003 (Party committee of Vĩnh Bảo commune, 2026) — a window (Quý III, finished
 * before 30/10/2026) rather than a date; villages register by allocated quota. Seed 003 states
 * no period of Quyết định 1155-QĐ/TU, so the national default applies until one is entered.
 */
export const HAI_PHONG_PROFILE: RegulationProfile = {
  id: 'hai-phong-1155-qd-tu-2023',
  name: 'Hải Phòng — Quyết định 1155-QĐ/TU (2023)',
  document:
    'Quy chế đối thoại giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân (sửa đổi, bổ sung), ban hành kèm theo Quyết định số 1155-QĐ/TU ngày 20/10/2023 của Ban Thường vụ Thành ủy Hải Phòng',
  extends: 'national-default',
  rules: [],
};
