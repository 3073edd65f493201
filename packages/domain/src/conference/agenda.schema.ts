import { z } from 'zod';
import { requiredText } from '../common/text.js';

/**
 * The programme of a dialogue conference, after seed 002 §4.2 ("Chương trình tiếp xúc, đối
 * thoại"). `situation-report` is the leaders' briefing on the socio-economic situation that
 * seeds 000, 001 and 004 add; it is not in seed 002's list, so not in the default.
 */
export const AGENDA_ITEM_KINDS = [
  'opening',
  'chair-briefing',
  'situation-report',
  'citizens-speak',
  'leaders-answer',
  'chair-concludes',
  'minutes',
  'other',
] as const;
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS, {
  error: 'Loại nội dung chương trình không hợp lệ.',
});
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;
export const AGENDA_ITEM_KIND_LABELS = {
  opening: 'Tuyên bố lý do, giới thiệu thành phần',
  'chair-briefing': 'Người chủ trì quán triệt nội dung, phương pháp',
  'situation-report': 'Thông tin tình hình kinh tế - xã hội',
  'citizens-speak': 'Công dân phát biểu',
  'leaders-answer': 'Lãnh đạo trả lời, giải thích',
  'chair-concludes': 'Người chủ trì kết luận',
  minutes: 'Lập biên bản',
  other: 'Nội dung khác',
} as const satisfies Record<AgendaItemKind, string>;

export const AgendaItemSchema = z.object({
  order: z
    .number({ error: 'Thứ tự phải là số.' })
    .int('Thứ tự phải là số nguyên.')
    .positive('Thứ tự phải lớn hơn 0.'),
  kind: AgendaItemKindSchema,
  title: requiredText('Nội dung chương trình', 1000),
  responsible: requiredText('Người thực hiện', 300),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** Seed 002 §4.2, item by item, in its order. */
export const DEFAULT_AGENDA: readonly AgendaItem[] = Object.freeze([
  {
    order: 1,
    kind: 'opening',
    title: 'Tuyên bố lý do, giới thiệu thành phần tham dự',
    responsible: 'Lãnh đạo Văn phòng Đảng ủy hoặc Văn phòng HĐND và UBND',
  },
  {
    order: 2,
    kind: 'chair-briefing',
    title:
      'Quán triệt, thống nhất nội dung, phương pháp thực hiện buổi đối thoại; tổ chức ký tiếp nhận, tổng hợp ý kiến và đăng ký phát biểu',
    responsible: 'Người chủ trì',
  },
  {
    order: 3,
    kind: 'citizens-speak',
    title:
      'Công dân phát biểu ý kiến theo thứ tự, nội dung đã đăng ký và theo sự điều hành của người chủ trì',
    responsible: 'Công dân',
  },
  {
    order: 4,
    kind: 'leaders-answer',
    title:
      'Đại diện lãnh đạo các cơ quan, đơn vị được phân công trả lời, giải thích ý kiến, kiến nghị theo chức năng, nhiệm vụ và thẩm quyền',
    responsible: 'Lãnh đạo cơ quan, đơn vị được phân công',
  },
  {
    order: 5,
    kind: 'chair-concludes',
    title:
      'Kết luận những nội dung đối thoại; chỉ đạo cơ quan, đơn vị có trách nhiệm giải quyết, trả lời bằng văn bản những nội dung chưa được giải quyết',
    responsible: 'Người chủ trì',
  },
  {
    order: 6,
    kind: 'minutes',
    title: 'Lập biên bản kết thúc buổi đối thoại',
    responsible: 'Tổ thư ký',
  },
]);
