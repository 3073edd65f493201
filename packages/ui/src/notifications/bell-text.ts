/**
 * The bell's accessible name: what it is and how many messages are unread, so a screen reader
 * says the number with the button (the badge itself is hidden from it).
 *
 * @example bellLabel(3) // 'Thông báo: 3 chưa đọc'
 */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Thông báo: ${unread} chưa đọc` : 'Thông báo: không có thông báo chưa đọc';
}

/**
 * What the live region says when the count changes.
 *
 * @example unreadAnnouncement(0) // 'Không có thông báo chưa đọc.'
 */
export function unreadAnnouncement(unread: number): string {
  return unread > 0 ? `Có ${unread} thông báo chưa đọc.` : 'Không có thông báo chưa đọc.';
}
