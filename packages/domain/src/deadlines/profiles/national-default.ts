import type { RegulationProfile } from '../profile.schema.js';

const LAW = 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025, Điều 43';

/**
 * The national default (docs/domain.md): the Law on the Organisation of Local Government 2025,
 * art. 43 — notice on the mass media at least 7 days before; results announced to the People
 * within 10 days of the conference. The law sets no period for written answers; the system's
 * default (30 days, the longest period used by the provincial regulations in the seeds) is a
 * policy choice, labelled as such, that a plan or province can override.
 */
export const NATIONAL_DEFAULT_PROFILE: RegulationProfile = {
  id: 'national-default',
  name: 'Mặc định toàn quốc (Luật Tổ chức chính quyền địa phương 2025)',
  document: LAW,
  rules: [
    {
      id: 'public-notice',
      label:
        'Thông báo trên phương tiện thông tin đại chúng thời gian, địa điểm, nội dung và cách thức tham dự hội nghị đối thoại',
      anchor: 'dialogue-held',
      direction: 'before',
      offset: 7,
      unit: 'calendar-days',
      responsible: 'UBND xã (Văn phòng HĐND và UBND xã)',
      source: `${LAW}: thông báo chậm nhất 07 ngày trước ngày tổ chức hội nghị`,
    },
    {
      id: 'conclusion-notice',
      label:
        'Thông báo kết quả hội nghị đối thoại đến Nhân dân (niêm yết tại trụ sở, gửi Trưởng thôn, Tổ trưởng tổ dân phố)',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 10,
      unit: 'calendar-days',
      responsible: 'UBND xã',
      source: `${LAW}: kết quả hội nghị phải được thông báo chậm nhất 10 ngày kể từ ngày tổ chức hội nghị`,
    },
    {
      id: 'written-answer',
      label: 'Trả lời bằng văn bản kiến nghị chưa được trả lời tại hội nghị',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 30,
      unit: 'calendar-days',
      responsible: 'Cơ quan được phân công giải quyết',
      source:
        // The 30 days come from the longest provincial period in the seeds (Quảng Ngãi's
        // 29/2022/QĐ-UBND); the source a citizen reads names no other province's decision.
        `Mặc định của hệ thống: ${LAW} không quy định thời hạn trả lời bằng văn bản; hệ thống áp dụng 30 ngày kể từ ngày tổ chức hội nghị (kế hoạch có thể quy định khác)`,
    },
  ],
};
