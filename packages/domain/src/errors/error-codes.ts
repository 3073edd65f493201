import { DomainError, type DomainErrorCategory } from './domain-error.js';

/**
 * The catalogue of stable error codes. A code never changes once shipped (the API, the apps
 * and the audit log key on it); the Vietnamese template may be reworded. `{name}` slots are
 * filled from `details`, so a message always names the record, the action and its state
 * ("Không thể phê duyệt khi kế hoạch đang ở trạng thái "Dự thảo"."), never a bare "lỗi".
 * Workflow messages share the slots `{subject}` (kế hoạch, kiến nghị, nhiệm vụ),
 * `{eventLabel}` (phê duyệt, phân loại…) and `{stateLabel}` (from the *_STATUS_LABELS records).
 */
export const ERROR_CATALOGUE = {
  // — the state machines themselves —
  UNKNOWN_EVENT: {
    category: 'invalid',
    template: 'Thao tác "{event}" không có trong quy trình xử lý {subject}.',
  },
  UNKNOWN_STATE: {
    category: 'invalid',
    template: 'Trạng thái "{state}" không có trong quy trình xử lý {subject}.',
  },
  TRANSITION_NOT_ALLOWED: {
    category: 'conflict',
    template: 'Không thể {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  ROLE_NOT_ALLOWED: {
    category: 'forbidden',
    template:
      'Vai trò "{roleLabel}" không được phép {eventLabel} ({subject} đang ở trạng thái "{stateLabel}").{hint}',
  },
  NOT_ASSIGNED_BODY: {
    category: 'forbidden',
    template:
      'Chỉ cơ quan được giao mới được {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}"; đơn vị của bạn không phải cơ quan được giao.',
  },
  SELF_VERIFICATION_NOT_ALLOWED: {
    category: 'forbidden',
    template:
      'Cơ quan thực hiện không được tự {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}"; việc xác nhận do Văn phòng hoặc người chủ trì thực hiện.',
  },
  // — texts a step must carry —
  REASON_REQUIRED: {
    category: 'invalid',
    template: 'Cần nêu lý do để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  COMMENT_REQUIRED: {
    category: 'invalid',
    template:
      'Cần ghi ý kiến (nội dung cần chỉnh sửa) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  ON_BEHALF_NOTE_REQUIRED: {
    category: 'invalid',
    template:
      'Khi thao tác thay công dân, cần ghi chú cách công dân đã bày tỏ ý kiến (trực tiếp, điện thoại, đơn…) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  // — plans —
  PLAN_INCOMPLETE: {
    category: 'precondition',
    template:
      'Kế hoạch (trạng thái "{stateLabel}") còn thiếu: {missing}. Cần bổ sung trước khi {eventLabel}.',
  },
  PLAN_NUMBER_REQUIRED: {
    category: 'invalid',
    template:
      'Cần số, ký hiệu kế hoạch (ví dụ 14-KH/ĐU, 194/KH-UBND) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  SIGNER_REQUIRED: {
    category: 'invalid',
    template:
      'Cần ghi người ký (T/M Ban Thường vụ hoặc TM. Ủy ban nhân dân) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  DIALOGUE_DATE_REQUIRED: {
    category: 'precondition',
    template:
      'Cần ngày đối thoại cụ thể (YYYY-MM-DD), không chỉ một khoảng thời gian, để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  PETITIONS_STILL_OPEN: {
    category: 'precondition',
    template:
      'Còn {count} kiến nghị chưa giải quyết xong và chưa chuyển kỳ đối thoại sau; không thể {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  // — petitions —
  TRIAGE_INCOMPLETE: {
    category: 'invalid',
    template:
      'Chưa đủ thông tin phân loại (thiếu: {missing}) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  ASSIGNEE_REQUIRED: {
    category: 'invalid',
    template:
      'Cần chọn cơ quan được giao để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  COMPETENCE_MISMATCH: {
    category: 'conflict',
    template:
      'Kiến nghị được phân loại "{competenceLabel}" nên không thể {eventLabel} ({subject} đang ở trạng thái "{stateLabel}"); việc này chỉ dành cho kiến nghị "{expectedLabel}".',
  },
  ANSWER_REQUIRED: {
    category: 'invalid',
    template:
      'Cần nội dung hoặc số, ngày văn bản trả lời để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  RECIPIENT_REQUIRED: {
    category: 'invalid',
    template:
      'Cần ghi rõ cơ quan tiếp nhận để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  OUTCOME_INVALID: {
    category: 'invalid',
    template:
      'Cần chọn một kết quả hợp lệ ({allowed}) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  OUTCOME_ALREADY_RECORDED: {
    category: 'conflict',
    template:
      'Kết quả tại hội nghị của {subject} này đã được ghi nhận; không thể {eventLabel} lần nữa ({subject} đang ở trạng thái "{stateLabel}").',
  },
  CONFERENCE_NOT_IN_SESSION: {
    category: 'precondition',
    template:
      'Chỉ {eventLabel} khi hội nghị đối thoại đang diễn ra hoặc đã tổ chức; kế hoạch đang ở trạng thái "{planStateLabel}" ({subject} đang ở trạng thái "{stateLabel}").',
  },
  // — the conference session (conference/conference-session.ts) —
  CONFERENCE_CANNOT_START: {
    category: 'precondition',
    template:
      'Chỉ bắt đầu hội nghị đối thoại khi kế hoạch đã được thông báo; kế hoạch đang ở trạng thái "{planStateLabel}".',
  },
  CONFERENCE_NOT_STARTED: {
    category: 'precondition',
    template: 'Hội nghị đối thoại chưa bắt đầu nên chưa thể {actionLabel}.',
  },
  CONFERENCE_ALREADY_ENDED: {
    category: 'conflict',
    template: 'Hội nghị đối thoại đã kết thúc; không thể {actionLabel}.',
  },
  NEXT_PLAN_REQUIRED: {
    category: 'invalid',
    template:
      'Cần chọn kế hoạch đối thoại kỳ sau để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  // — follow-up tasks —
  REPORT_REQUIRED: {
    category: 'invalid',
    template:
      'Cần báo cáo kết quả thực hiện để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  DUE_DATE_NOT_LATER: {
    category: 'invalid',
    template:
      'Hạn mới ({newDueOn}) phải sau hạn hiện tại ({currentDueOn}) để {eventLabel} khi {subject} đang ở trạng thái "{stateLabel}".',
  },
  CITIZEN_NOTICE_REQUIRED: {
    category: 'precondition',
    template:
      'Phải thông báo cho công dân biết rõ lý do cần thêm thời gian rồi mới được {eventLabel} ({subject} đang ở trạng thái "{stateLabel}").',
  },
  // — calendar and deadline data (the specific Vietnamese message is built where the check is) —
  LUNAR_DATE_INVALID: { category: 'invalid', template: 'Ngày âm lịch không hợp lệ: {message}' },
  HOLIDAY_ENTRY_INVALID: {
    category: 'invalid',
    template: 'Ngày nghỉ bổ sung không hợp lệ: {message}',
  },
  REGULATION_PROFILE_UNKNOWN: { category: 'invalid', template: 'Không có quy chế "{profileId}".' },
} as const satisfies Record<string, { category: DomainErrorCategory; template: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** The `{slot}` names of a template, so a missing detail is a compile error. */
type Slots<T extends string> = T extends `${string}{${infer Slot}}${infer Rest}`
  ? Slot | Slots<Rest>
  : never;
type SlotValue = string | number | readonly string[];

/** Details for a code: every slot of its template, plus any machine-readable extras. */
export type ErrorDetails<C extends ErrorCode> = {
  [K in Slots<(typeof ERROR_CATALOGUE)[C]['template']>]: SlotValue;
} & Record<string, unknown>;

/** True when `code` is one of the catalogue's stable codes. @example isErrorCode('REASON_REQUIRED') // true */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

function formatSlot(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatSlot).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * Builds the DomainError for a catalogue code, with its category and the Vietnamese message
 * filled from `details` (lists are joined with ", "). The details are kept on the error.
 *
 * @example
 * domainError('REASON_REQUIRED', { subject: 'kế hoạch', eventLabel: 'tạm hoãn', stateLabel: 'Đã thông báo' }).message
 * // 'Cần nêu lý do để tạm hoãn khi kế hoạch đang ở trạng thái "Đã thông báo".'
 */
export function domainError<C extends ErrorCode>(code: C, details: ErrorDetails<C>): DomainError {
  const { category, template } = ERROR_CATALOGUE[code];
  const message = template.replace(/\{(\w+)\}/g, (_, slot: string) => formatSlot(details[slot]));
  return new DomainError(code, category, message, details);
}
