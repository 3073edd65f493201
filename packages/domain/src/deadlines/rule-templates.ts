import type { AnchorEvent, Direction, RuleId } from './rule.schema.js';

export interface RuleTemplate {
  label: string;
  anchor: AnchorEvent;
  direction: Direction;
  responsible: string;
}

/**
 * What each rule id means whatever the profile: used to label a plan's override of a rule its
 * profile does not have (seed 000 sets a registration cut-off the national law does not).
 */
export const RULE_TEMPLATES = {
  'public-notice': {
    label:
      'Thông báo công khai thời gian, địa điểm, nội dung đối thoại / gửi giấy mời kèm phiếu đăng ký',
    anchor: 'dialogue-held',
    direction: 'before',
    responsible: 'Văn phòng HĐND và UBND xã / Văn phòng Đảng ủy',
  },
  'registration-cutoff': {
    label: 'Hạn các thôn, người dân đăng ký câu hỏi, nội dung phát biểu',
    anchor: 'dialogue-held',
    direction: 'before',
    responsible: 'Các thôn, bản, tổ dân phố',
  },
  'front-compilation': {
    label:
      'Ủy ban MTTQ gửi phiếu đăng ký phát biểu và tổng hợp ý kiến của Nhân dân cho người chủ trì',
    anchor: 'dialogue-held',
    direction: 'before',
    responsible: 'Ủy ban MTTQ Việt Nam xã',
  },
  'internal-review': {
    label: 'Đánh giá rút kinh nghiệm nội bộ, phân công giải quyết sau đối thoại',
    anchor: 'dialogue-held',
    direction: 'after',
    responsible: 'Người chủ trì đối thoại',
  },
  'conclusion-notice': {
    label: 'Ban hành, công bố thông báo kết luận / kết quả hội nghị đối thoại',
    anchor: 'dialogue-held',
    direction: 'after',
    responsible: 'Người chủ trì đối thoại (Văn phòng tham mưu)',
  },
  'results-publication': {
    label: 'Công bố kết quả đối thoại cho Nhân dân',
    anchor: 'conclusion-issued',
    direction: 'after',
    responsible: 'UBND xã',
  },
  'written-answer': {
    label: 'Trả lời bằng văn bản kiến nghị chưa được trả lời tại hội nghị',
    anchor: 'dialogue-held',
    direction: 'after',
    responsible: 'Cơ quan được phân công giải quyết',
  },
  'written-answer-complex': {
    label: 'Trả lời bằng văn bản kiến nghị phức tạp',
    anchor: 'dialogue-held',
    direction: 'after',
    responsible: 'Cơ quan được phân công giải quyết',
  },
} as const satisfies Record<RuleId, RuleTemplate>;
