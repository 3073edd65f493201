import type { NotificationKind } from './notification.schema.js';

/**
 * What each message says: rules as data, one entry per kind. `{name}` slots are filled from the
 * message's parameters, every one of them named in `params` (a Zalo ZNS template is approved by
 * Zalo with exactly these named parameters, so the same names travel to the provider).
 *
 * Personal data: a citizen's message carries their tracking code and the bodies' names — what
 * the citizen already holds — never their name, address or the petition's content (Luật
 * 91/2025/QH15, minimisation). An official's message carries what the body already sees in its
 * app: the tracking code and the field.
 */
export interface NotificationTemplate {
  readonly audience: 'citizen' | 'officials';
  readonly params: readonly string[];
  /** The short line of the bell's list and the e-mail's subject. */
  readonly title: string;
  /** The message itself: SMS, e-mail body, the in-app text; the ZNS template's wording. */
  readonly text: string;
}

export const NOTIFICATION_TEMPLATES = {
  'registration-received': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'dialogueDate'],
    title: 'Đã tiếp nhận đăng ký',
    text: '{communeName} đã tiếp nhận ý kiến của Ông/Bà gửi Hội nghị đối thoại (thời gian: {dialogueDate}). Mã tra cứu: {trackingCode}.',
  },
  'petition-forwarded': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'referredTo'],
    title: 'Kiến nghị đã được chuyển cấp có thẩm quyền',
    text: 'Kiến nghị {trackingCode} vượt thẩm quyền của xã nên {communeName} đã chuyển đến {referredTo} để giải quyết.',
  },
  'petition-guided': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'referredTo'],
    title: 'Hướng dẫn gửi kiến nghị đến cơ quan khác',
    text: 'Kiến nghị {trackingCode} thuộc thẩm quyền của {referredTo}; {communeName} hướng dẫn Ông/Bà liên hệ cơ quan này để được giải quyết.',
  },
  'answer-extended': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'newDueOn', 'reason'],
    title: 'Gia hạn trả lời kiến nghị',
    text: '{communeName} gia hạn trả lời kiến nghị {trackingCode} đến ngày {newDueOn}. Lý do: {reason}',
  },
  'written-answer-ready': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'trackingUrl'],
    title: 'Đã có văn bản trả lời',
    text: '{communeName} đã có văn bản trả lời kiến nghị {trackingCode}. Xem tại: {trackingUrl}',
  },
  'conclusion-published': {
    audience: 'citizen',
    params: ['communeName', 'trackingCode', 'trackingUrl'],
    title: 'Đã có thông báo kết luận hội nghị đối thoại',
    text: '{communeName} đã ban hành thông báo kết luận Hội nghị đối thoại. Việc giải quyết kiến nghị {trackingCode} xem tại: {trackingUrl}',
  },
  'petition-assigned': {
    audience: 'officials',
    params: ['trackingCode', 'fieldLabel', 'bodyName'],
    title: 'Kiến nghị mới được giao',
    text: 'Kiến nghị {trackingCode} (lĩnh vực {fieldLabel}) đã được giao cho {bodyName} chuẩn bị nội dung trả lời.',
  },
  'answer-awaiting-approval': {
    audience: 'officials',
    params: ['trackingCode', 'bodyName'],
    title: 'Dự thảo trả lời chờ duyệt',
    text: '{bodyName} đã dự thảo trả lời kiến nghị {trackingCode}; dự thảo đang chờ duyệt.',
  },
  'plan-awaiting-approval': {
    audience: 'officials',
    params: ['planTitle'],
    title: 'Kế hoạch chờ phê duyệt',
    text: 'Kế hoạch "{planTitle}" đã được trình và đang chờ phê duyệt.',
  },
  'front-escalation': {
    audience: 'officials',
    params: ['subject', 'note'],
    title: 'Mặt trận kiến nghị chỉ đạo',
    text: 'Ủy ban MTTQ xã kiến nghị Bí thư chỉ đạo việc quá hạn: {subject}. {note}',
  },
  'deadline-digest': {
    audience: 'officials',
    params: ['bodyName', 'date', 'summary', 'items'],
    title: 'Nhắc hạn xử lý ngày {date}',
    text: '{bodyName} — việc cần xử lý ngày {date}: {summary}.\n{items}',
  },
} as const satisfies Record<NotificationKind, NotificationTemplate>;

export type NotificationParams<K extends NotificationKind> = Record<
  (typeof NOTIFICATION_TEMPLATES)[K]['params'][number],
  string
>;

export interface RenderedNotification {
  title: string;
  text: string;
}

const fill = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/gu, (_whole, name: string) => params[name] ?? '');

/**
 * The message of one kind with its parameters. A parameter the template names and the caller
 * did not give is a programming error (the outbox row would carry a hole), so it throws.
 *
 * @example renderNotification('answer-extended', { communeName: 'UBND xã Sơn Tây Hạ', trackingCode: 'ST-7K2M9Q', newDueOn: '06/02/2026', reason: 'Cần đo đạc lại ranh giới thửa đất.' }).title // 'Gia hạn trả lời kiến nghị'
 */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  params: NotificationParams<K>,
): RenderedNotification {
  const template: NotificationTemplate = NOTIFICATION_TEMPLATES[kind];
  const given = params as Readonly<Record<string, string>>;
  const missing = template.params.filter((name) => typeof given[name] !== 'string');
  if (missing.length > 0)
    throw new Error(`Thông báo "${kind}" thiếu tham số: ${missing.join(', ')}`);
  return { title: fill(template.title, given), text: fill(template.text, given).trim() };
}
