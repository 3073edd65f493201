import { describe, expect, it } from 'vitest';
import { bellLabel, unreadAnnouncement } from './bell-text.js';

describe("the bell's words for a screen reader", () => {
  it('says the unread count in the button name and the announcement', () => {
    expect(bellLabel(3)).toBe('Thông báo: 3 chưa đọc');
    expect(unreadAnnouncement(3)).toBe('Có 3 thông báo chưa đọc.');
  });

  it('says there is nothing unread rather than "0"', () => {
    expect(bellLabel(0)).toBe('Thông báo: không có thông báo chưa đọc');
    expect(unreadAnnouncement(0)).toBe('Không có thông báo chưa đọc.');
  });
});
