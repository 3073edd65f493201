import type { RegulationProfile } from '../profile.schema.js';

const REGULATION =
  'Quy chế ban hành kèm theo Quyết định số 29/2022/QĐ-UBND ngày 04/8/2022 của UBND tỉnh Quảng Ngãi';
// The regulation's text is not in our library; its periods are taken as seed 004 restates them.
const AS_IN_SEED_004 = 'như Kế hoạch của UBND xã Sơn Tây Hạ năm 2025 thực hiện Quy chế trích dẫn';

/** Quảng Ngãi: seed 004 (People's Committee of Sơn Tây Hạ commune, 2025). */
export const QUANG_NGAI_PROFILE: RegulationProfile = {
  id: 'quang-ngai-29-2022-qd-ubnd',
  name: 'Quảng Ngãi — Quyết định 29/2022/QĐ-UBND',
  document: REGULATION,
  extends: 'national-default',
  rules: [
    {
      id: 'public-notice',
      label:
        'Thông báo công khai hình thức, thời gian, địa điểm, thành phần, nội dung đối thoại cho Nhân dân',
      anchor: 'dialogue-held',
      direction: 'before',
      offset: 7,
      unit: 'working-days',
      responsible: 'Văn phòng HĐND và UBND xã',
      source: `${REGULATION} (${AS_IN_SEED_004}, mục IV.2: "ít nhất 07 ngày làm việc trước khi tổ chức đối thoại")`,
    },
    {
      id: 'conclusion-notice',
      label: 'Người chủ trì xem xét, ban hành Thông báo kết luận',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 7,
      unit: 'working-days',
      responsible: 'Chủ tịch UBND xã (Văn phòng HĐND và UBND xã dự thảo)',
      source: `${REGULATION} (${AS_IN_SEED_004}, mục II.4: "trong thời hạn 07 ngày làm việc kể từ khi kết thúc cuộc đối thoại")`,
    },
    {
      id: 'written-answer',
      label:
        'Trả lời bằng văn bản kết quả giải quyết kiến nghị, phản ánh (cần thêm thời gian thì thông báo rõ lý do)',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 30,
      unit: 'calendar-days',
      responsible: 'Cơ quan, đơn vị được phân công',
      source: `${REGULATION} (${AS_IN_SEED_004}, mục II.4: "chậm nhất là 30 ngày sau khi kết thúc đối thoại")`,
    },
  ],
};
