import type { ConferenceChange } from './conference-changes.js';

/**
 * A queued or refused change in words, for the banner and the list of refusals.
 *
 * @example describeChange({ kind: 'start' }) // 'Bắt đầu hội nghị'
 */
export function describeChange(change: ConferenceChange): string {
  switch (change.kind) {
    case 'start':
      return 'Bắt đầu hội nghị';
    case 'end':
      return 'Kết thúc hội nghị';
    case 'agenda':
      return 'Chương trình hội nghị';
    case 'attendance':
      return 'Thành phần tham dự';
    case 'minutes':
      return 'Biên bản';
    case 'outcome':
      return `Kết quả kiến nghị của ${change.speaker}`;
    case 'floor':
      return `Ý kiến tại hội nghị của ${change.request.petitioner.fullName}`;
  }
}
