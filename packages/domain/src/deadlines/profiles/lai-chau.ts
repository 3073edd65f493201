import type { RegulationProfile } from '../profile.schema.js';

const REGULATION = 'Quy chế số 06-QC/TU ngày 04/4/2019 của Tỉnh ủy Lai Châu';
// The regulation's text is not in our library; its periods are taken as the seeds restate them.
const AS_IN_SEED_002 = 'như Kế hoạch của Huyện ủy Than Uyên năm 2023 thực hiện Quy chế trích dẫn';
const AS_IN_SEED_001 = 'như Kế hoạch của UBND xã Khoen On năm 2025 thực hiện Quy chế trích dẫn';

/** Lai Châu: seeds 001 (commune chair, 2025) and 002 (district Party committee, 2023). */
export const LAI_CHAU_PROFILE: RegulationProfile = {
  id: 'lai-chau-06-qc-tu-2019',
  name: 'Lai Châu — Quy chế 06-QC/TU (2019)',
  document: REGULATION,
  extends: 'national-default',
  rules: [
    {
      id: 'public-notice',
      label:
        'Thông báo công khai trên phương tiện thông tin đại chúng hoặc gửi giấy mời kèm phiếu đăng ký nội dung phát biểu',
      anchor: 'dialogue-held',
      direction: 'before',
      offset: 7,
      unit: 'working-days',
      responsible: 'Văn phòng cấp ủy, Văn phòng HĐND và UBND',
      source: `${REGULATION} (${AS_IN_SEED_002}, mục II.4.1: "ít nhất 7 ngày làm việc trước khi tiến hành tiếp xúc, đối thoại")`,
    },
    {
      id: 'front-compilation',
      label:
        'Ủy ban MTTQ gửi phiếu đăng ký phát biểu và tổng hợp ý kiến của Nhân dân cho người chủ trì',
      anchor: 'dialogue-held',
      direction: 'before',
      offset: 7,
      unit: 'calendar-days',
      responsible: 'Ủy ban MTTQ Việt Nam xã (Ban công tác Mặt trận thôn, bản)',
      source: `${REGULATION} (${AS_IN_SEED_001}, mục III.1: "chậm nhất trước 7 ngày diễn ra hội nghị đối thoại")`,
    },
    {
      id: 'internal-review',
      label: 'Đánh giá rút kinh nghiệm nội bộ về kết quả đối thoại, phân công giải quyết',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 5,
      unit: 'working-days',
      responsible: 'Người chủ trì đối thoại',
      source: `${REGULATION} (${AS_IN_SEED_002}, mục II.4.3: "chậm nhất 5 ngày làm việc sau hội nghị")`,
    },
    {
      id: 'conclusion-notice',
      label: 'Thông báo ý kiến kết luận của người chủ trì buổi tiếp xúc, đối thoại',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 5,
      unit: 'working-days',
      responsible: 'Người chủ trì đối thoại (Văn phòng tham mưu)',
      source: `${REGULATION} (${AS_IN_SEED_002}, mục II.4.3: việc giao trong 5 ngày làm việc sau hội nghị gồm thông báo ý kiến kết luận)`,
    },
    {
      id: 'written-answer',
      label: 'Trả lời trực tiếp bằng văn bản kiến nghị chưa được trả lời tại hội nghị',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 15,
      unit: 'working-days',
      responsible: 'Cơ quan được phân công giải quyết',
      source: `${REGULATION} (${AS_IN_SEED_002}, mục II.4.3: "chậm nhất trong thời gian 15 ngày làm việc")`,
    },
    {
      id: 'written-answer-complex',
      label: 'Trả lời bằng văn bản kiến nghị phức tạp',
      anchor: 'dialogue-held',
      direction: 'after',
      offset: 30,
      unit: 'working-days',
      responsible: 'Cơ quan được phân công giải quyết',
      source: `${REGULATION} (${AS_IN_SEED_002}, mục II.4.3: "những việc phức tạp, không quá 30 ngày làm việc")`,
    },
  ],
};
