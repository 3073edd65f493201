import type { NotificationChannel } from './notification.schema.js';

/**
 * What a commune's administrator fills in per channel (issue 15): the keys the server's adapters
 * read (apps/server `channel-config.ts`), with their Vietnamese labels. `secret` fields are
 * credentials: stored, never returned, so the page shows them empty.
 */
export interface ChannelSettingField {
  readonly key: string;
  readonly label: string;
  readonly kind: 'text' | 'number' | 'boolean';
  readonly hint?: string;
}
export interface ChannelSettingFields {
  readonly settings: readonly ChannelSettingField[];
  readonly secret: readonly ChannelSettingField[];
}

export const CHANNEL_SETTING_FIELDS = {
  'zalo-zns': {
    settings: [
      {
        key: 'templates',
        label: 'Mã mẫu ZNS theo loại tin (JSON)',
        kind: 'text',
        hint: 'Ví dụ {"answer-extended": "412345"} — mẫu đã được Zalo duyệt.',
      },
      { key: 'url', label: 'Địa chỉ API (để trống: địa chỉ của Zalo)', kind: 'text' },
    ],
    secret: [{ key: 'accessToken', label: 'Access token của Official Account', kind: 'text' }],
  },
  sms: {
    settings: [
      { key: 'url', label: 'Địa chỉ API của nhà cung cấp SMS', kind: 'text' },
      { key: 'brandname', label: 'Tên thương hiệu (brandname)', kind: 'text' },
      {
        key: 'bodyTemplate',
        label: 'Mẫu nội dung gửi đi',
        kind: 'text',
        hint: 'Dùng {{phone}}, {{text}}, {{brandname}}, {{requestId}}.',
      },
      { key: 'unaccented', label: 'Gửi tiếng Việt không dấu', kind: 'boolean' },
      { key: 'maxSegments', label: 'Số phần tin tối đa', kind: 'number' },
    ],
    secret: [{ key: 'authorization', label: 'Chuỗi xác thực (Authorization)', kind: 'text' }],
  },
  email: {
    settings: [
      { key: 'host', label: 'Máy chủ SMTP', kind: 'text' },
      { key: 'port', label: 'Cổng', kind: 'number' },
      { key: 'secure', label: 'Kết nối mã hóa (TLS)', kind: 'boolean' },
      { key: 'from', label: 'Địa chỉ người gửi', kind: 'text' },
    ],
    secret: [
      { key: 'user', label: 'Tên đăng nhập SMTP', kind: 'text' },
      { key: 'password', label: 'Mật khẩu SMTP', kind: 'text' },
    ],
  },
  'in-app': { settings: [], secret: [] },
} as const satisfies Record<NotificationChannel, ChannelSettingFields>;

/** Where a channel's configuration comes from, as the administrator's page says it. */
export const CHANNEL_SOURCES = ['database', 'environment', 'sink', 'always', 'off'] as const;
export type ChannelSource = (typeof CHANNEL_SOURCES)[number];
export const CHANNEL_SOURCE_LABELS = {
  database: 'Đang bật — cấu hình của xã',
  environment: 'Đang bật — cấu hình chung của máy chủ',
  sink: 'Dữ liệu mẫu: tin nhắn vào hộp thư thử, không gửi thật',
  always: 'Luôn bật',
  off: 'Đang tắt — chưa cấu hình',
} as const satisfies Record<ChannelSource, string>;
