import { z } from 'zod';

/**
 * Notifications (issue 15): what the system tells people, through which channel, and how far a
 * message got. Seed 002 §4.3 and seed 004 §II.4 oblige the commune to tell the citizen when a
 * petition goes elsewhere or its answer needs more time (and why); seed 000 asks the office to
 * "theo dõi, kiểm tra, đôn đốc" the bodies — the reminders.
 */
export const NOTIFICATION_KINDS = [
  // — to the citizen, by the channels they consented to —
  'registration-received', // đã tiếp nhận đăng ký (kèm mã tra cứu)
  'petition-forwarded', // đã chuyển cấp có thẩm quyền
  'petition-guided', // đã hướng dẫn đến cơ quan khác
  'answer-extended', // gia hạn trả lời (hạn mới, lý do)
  'written-answer-ready', // đã có văn bản trả lời (kèm đường dẫn tra cứu)
  'conclusion-published', // đã ban hành thông báo kết luận hội nghị
  // — to officials, in the app —
  'petition-assigned', // kiến nghị được giao cho cơ quan
  'answer-awaiting-approval', // dự thảo trả lời chờ duyệt
  'plan-awaiting-approval', // kế hoạch chờ phê duyệt
  'front-escalation', // Mặt trận kiến nghị Bí thư chỉ đạo
  'deadline-digest', // nhắc hạn hằng ngày của một cơ quan
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS, {
  error: 'Loại thông báo không hợp lệ.',
});
export type NotificationKind = z.infer<typeof NotificationKindSchema>;
export const NOTIFICATION_KIND_LABELS = {
  'registration-received': 'Đã tiếp nhận đăng ký',
  'petition-forwarded': 'Đã chuyển cấp có thẩm quyền',
  'petition-guided': 'Đã hướng dẫn đến cơ quan khác',
  'answer-extended': 'Gia hạn trả lời',
  'written-answer-ready': 'Đã có văn bản trả lời',
  'conclusion-published': 'Đã ban hành thông báo kết luận',
  'petition-assigned': 'Kiến nghị được giao',
  'answer-awaiting-approval': 'Dự thảo trả lời chờ duyệt',
  'plan-awaiting-approval': 'Kế hoạch chờ phê duyệt',
  'front-escalation': 'Mặt trận kiến nghị chỉ đạo',
  'deadline-digest': 'Nhắc hạn xử lý hằng ngày',
} as const satisfies Record<NotificationKind, string>;

/** Each channel is an adapter behind one interface (the server's dispatcher). */
export const NOTIFICATION_CHANNELS = ['zalo-zns', 'sms', 'email', 'in-app'] as const;
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS, {
  error: 'Kênh thông báo không hợp lệ.',
});
export type NotificationChannel = z.infer<typeof NotificationChannelSchema>;
export const NOTIFICATION_CHANNEL_LABELS = {
  'zalo-zns': 'Zalo (ZNS)',
  sms: 'Tin nhắn SMS',
  email: 'Thư điện tử',
  'in-app': 'Thông báo trong ứng dụng',
} as const satisfies Record<NotificationChannel, string>;

/**
 * How far a message got. `failed` keeps the provider's answer and waits for its next attempt;
 * `given-up` is final (the backoff schedule ran out, or the provider refused for good);
 * `cancelled` is final too (the recipient opted out of the channel before it left).
 */
export const NOTIFICATION_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'given-up',
  'cancelled',
] as const;
export const NotificationStatusSchema = z.enum(NOTIFICATION_STATUSES, {
  error: 'Trạng thái thông báo không hợp lệ.',
});
export type NotificationStatus = z.infer<typeof NotificationStatusSchema>;
export const NOTIFICATION_STATUS_LABELS = {
  pending: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi, sẽ thử lại',
  'given-up': 'Đã ngừng gửi',
  cancelled: 'Đã hủy (người nhận từ chối kênh này)',
} as const satisfies Record<NotificationStatus, string>;

/** Who a message is addressed to: a citizen by phone, an account, or every account of a body. */
export type NotificationRecipient =
  { kind: 'phone'; phone: string } | { kind: 'account'; accountId: string; email?: string | null };

/**
 * The recipient as the outbox keys it: `phone:0912345678`, `account:<id>`. The same person on
 * the same channel for the same event is one message (the idempotency key).
 *
 * @example recipientKey({ kind: 'phone', phone: '0912345678' }) // 'phone:0912345678'
 */
export function recipientKey(recipient: NotificationRecipient): string {
  return recipient.kind === 'phone' ? `phone:${recipient.phone}` : `account:${recipient.accountId}`;
}

/**
 * One message per (event, recipient, channel): the outbox's unique key, also passed to providers
 * that deduplicate (ZNS `tracking_id`, an SMS gateway's request id), so a dispatcher that dies
 * after the provider accepted and before marking the row cannot make the recipient see it twice.
 *
 * @example notificationKey('extension:ext-1', 'phone:0912345678', 'sms') // 'extension:ext-1|phone:0912345678|sms'
 */
export function notificationKey(
  eventId: string,
  recipient: string,
  channel: NotificationChannel,
): string {
  return `${eventId}|${recipient}|${channel}`;
}
