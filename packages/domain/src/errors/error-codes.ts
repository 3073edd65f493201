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
  // — collection, conclusion and supervision rules of the domain —
  VILLAGE_QUOTA_EXCEEDED: {
    category: 'precondition',
    template:
      '{villageName} được đăng ký {quota} người theo kế hoạch, đã có {registered}; thêm {adding} sẽ vượt {excess}. Ý kiến vượt định mức gửi qua Văn phòng hoặc trên Trang thông tin điện tử.',
  },
  CONCLUSION_DATE_IN_FUTURE: {
    category: 'invalid',
    template:
      'Ngày ban hành Thông báo kết luận ({issuedOnText}) không được sau ngày hôm nay ({todayText}).',
  },
  CONCLUSION_BEFORE_DIALOGUE: {
    category: 'invalid',
    template:
      'Thông báo kết luận ({issuedOnText}) không thể ban hành trước ngày tổ chức đối thoại ({heldOnText}).',
  },
  DUE_DATE_BEFORE_CONCLUSION: {
    category: 'invalid',
    template:
      'Nội dung phân công thứ {position} có hạn {dueOnText}, trước ngày ban hành Thông báo kết luận ({issuedOnText}).',
  },
  NOT_OVERDUE: {
    category: 'precondition',
    template: 'Chỉ báo cáo Bí thư Đảng ủy những việc đã quá hạn; {subject} này {where}.',
  },
  // — raised by the api around the rules: lookups, concurrency, storage, input —
  NOT_FOUND: { category: 'not-found', template: 'Không tìm thấy {what} ({id}).' },
  DOCUMENT_NOT_AVAILABLE: {
    category: 'not-found',
    template: 'Không có văn bản này để tải. {reason}.',
  },
  STALE_VERSION: {
    category: 'conflict',
    template: '{what} vừa được người khác cập nhật; hãy tải lại để xem thay đổi trước khi lưu.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    category: 'conflict',
    template:
      'Mã chống gửi trùng (Idempotency-Key) này đã được dùng {usedFor}; {what} mới cần một mã mới.',
  },
  CURSOR_INVALID: {
    category: 'invalid',
    template: 'Con trỏ phân trang không hợp lệ; hãy tải lại danh sách.',
    fixed: true,
  },
  TEXT_NOT_STORABLE: {
    category: 'invalid',
    template:
      'Nội dung gửi lên có ký tự không hợp lệ (ký tự rỗng hoặc mã hóa hỏng); hãy gõ lại phần đó.',
    fixed: true,
  },
  DATABASE_BUSY: {
    category: 'precondition',
    template:
      'Cơ sở dữ liệu đang bận, chưa lưu được yêu cầu. Vui lòng gửi lại sau ít giây; dữ liệu đã lưu trước đó không bị ảnh hưởng.',
    fixed: true,
  },
  DATABASE_UNAVAILABLE: {
    category: 'precondition',
    template:
      'Máy chủ đang mất kết nối tới cơ sở dữ liệu (đang khởi động lại hoặc chuyển máy), chưa lưu được yêu cầu. Vui lòng gửi lại sau ít giây; dữ liệu đã lưu trước đó không bị ảnh hưởng.',
    fixed: true,
  },
  STORAGE_FULL: {
    category: 'precondition',
    template:
      'Máy chủ đã hết dung lượng lưu trữ, chưa lưu được yêu cầu. Vui lòng báo quản trị hệ thống và gửi lại sau; dữ liệu đã lưu trước đó không bị ảnh hưởng.',
    fixed: true,
  },
  // — requests (issue 17: one request must not carry many guesses or much work) —
  BATCH_TOO_LARGE: {
    category: 'invalid',
    template: 'Một yêu cầu chỉ được gộp tối đa {max} lệnh gọi (yêu cầu này có {count}).',
  },
  BATCH_NOT_ALLOWED: {
    category: 'invalid',
    template: 'Lệnh gọi {path} phải được gửi riêng, không gộp với lệnh khác.',
  },
  // Refused by the API's HTTP layer before any procedure runs (packages/api/src/http/app.ts).
  PAYLOAD_TOO_LARGE: {
    category: 'invalid',
    template: 'Dữ liệu gửi lên quá lớn.',
    fixed: true,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    category: 'invalid',
    template: 'Yêu cầu phải gửi dữ liệu dạng JSON (Content-Type: application/json).',
    fixed: true,
  },
  CROSS_SITE_REQUEST: {
    category: 'forbidden',
    template: 'Yêu cầu từ trang web khác bị từ chối.',
    fixed: true,
  },
  PARSE_ERROR: {
    category: 'invalid',
    template: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
    fixed: true,
  },
  SERVER_BUSY: {
    category: 'precondition',
    template: 'Máy chủ đang bận kiểm tra mật khẩu của nhiều người. Vui lòng thử lại sau ít giây.',
    fixed: true,
  },
  // — accounts and signing in —
  LOGIN_FAILED: {
    category: 'invalid',
    template: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    fixed: true, // the same for an unknown name and a wrong password: nothing to enumerate
  },
  ACCOUNT_DISABLED: {
    category: 'forbidden',
    template: 'Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống của xã.',
    fixed: true,
  },
  LOGIN_THROTTLED: {
    category: 'precondition',
    template: '{tooMany} Vui lòng thử lại sau {minutes} phút (từ {retryAtText}).',
  },
  ADMIN_SCOPE_REQUIRED: {
    category: 'forbidden',
    template: 'Chỉ tài khoản quản trị gắn với toàn quốc, một tỉnh hoặc một xã mới được {action}.',
  },
  ACCOUNT_BINDING_MISMATCH: {
    category: 'invalid',
    template: 'Không tạo được tài khoản: {problem}',
  },
  USERNAME_TAKEN: {
    category: 'conflict',
    template: 'Tên đăng nhập "{username}" đã được dùng; hãy chọn tên khác.',
  },
  SELF_DISABLE_NOT_ALLOWED: {
    category: 'conflict',
    template:
      'Không thể tự vô hiệu hóa tài khoản đang đăng nhập; hãy nhờ một quản trị viên khác của xã.',
    fixed: true,
  },
  ACCOUNT_ALREADY_ACTIVE: {
    category: 'conflict',
    template: 'Tài khoản "{username}" đang hoạt động.',
  },
  ACCOUNT_ALREADY_DISABLED: {
    category: 'conflict',
    template: 'Tài khoản "{username}" đã bị vô hiệu hóa trước đó.',
  },
  // — passwords (issue 14): each refusal is shown under the password field —
  PASSWORD_TOO_SHORT: {
    category: 'invalid',
    template:
      'Mật khẩu cần ít nhất {minLength} ký tự, hoặc là một cụm từ gồm ít nhất {minWords} từ khác nhau (mỗi từ từ 2 chữ cái trở lên) cách nhau bởi dấu cách.',
  },
  PASSWORD_TOO_COMMON: {
    category: 'invalid',
    template:
      'Mật khẩu này nằm trong danh sách {count} mật khẩu phổ biến hoặc đã bị lộ, kẻ gian thử trước tiên; hãy chọn mật khẩu khác.',
  },
  PASSWORD_SAME_AS_USERNAME: {
    category: 'invalid',
    template: 'Mật khẩu không được trùng với tên đăng nhập "{username}".',
  },
  PASSWORD_IS_DEMO: {
    category: 'invalid',
    template:
      'Đây là mật khẩu chung của các tài khoản trình diễn, ai cũng biết; hãy chọn mật khẩu khác.',
    fixed: true,
  },
  PASSWORD_UNCHANGED: {
    category: 'invalid',
    template: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    fixed: true,
  },
  CURRENT_PASSWORD_WRONG: {
    category: 'invalid',
    template: 'Mật khẩu hiện tại không đúng.',
    fixed: true,
  },
  PASSWORD_CHANGE_REQUIRED: {
    category: 'precondition',
    template:
      'Tài khoản đang dùng mật khẩu tạm do quản trị viên cấp; cần đổi mật khẩu trước khi làm việc khác.',
    fixed: true,
  },
  // — the first run's one-time setup link (issue 14) —
  SETUP_LINK_INVALID: {
    category: 'not-found',
    template:
      'Đường dẫn khởi tạo không đúng hoặc đã hết hạn (hiệu lực 1 giờ), hoặc đã được dùng. Khởi động lại máy chủ để nhận đường dẫn mới, hoặc dùng lệnh "doithoai create-admin".',
    fixed: true,
  },
  SETUP_ALREADY_DONE: {
    category: 'conflict',
    template:
      'Bản cài này đã có quản trị hệ thống: hãy đăng nhập bằng tài khoản đó để tạo thêm người quản trị.',
    fixed: true,
  },
  HOLIDAY_SYSTEM_ADMIN_ONLY: {
    category: 'forbidden',
    template:
      'Chỉ quản trị hệ thống (toàn quốc) mới được {action} ngày nghỉ lễ, ngày hoán đổi chung của cả nước; tài khoản quản trị {scopeLabel} thì không.',
  },
  HOLIDAY_ALREADY_RETIRED: {
    category: 'conflict',
    template: 'Ngày nghỉ bổ sung {dateText} ({name}) đã được thu hồi trước đó.',
  },
  // — plans (api) —
  PLAN_NUMBER_TAKEN: {
    category: 'conflict',
    template:
      'Số {numberAndSymbol} năm {year} đã được cấp cho một kế hoạch khác của {issuerName}; hãy chọn số khác.',
  },
  ADMIN_UNIT_NOT_WRITABLE: {
    category: 'forbidden',
    template:
      'Tài khoản chỉ được lập kế hoạch cho đơn vị hành chính của mình, không phải đơn vị mã {adminUnitCode}.',
  },
  // — petitions (api) —
  VILLAGE_UNKNOWN: { category: 'invalid', template: 'Thôn, bản không thuộc xã này.', fixed: true },
  ORGANISATION_UNKNOWN: {
    category: 'invalid',
    template: 'Cơ quan được giao không thuộc xã này.',
    fixed: true,
  },
  BULK_ROWS_INVALID: {
    category: 'invalid',
    template: 'Danh sách có {count} dòng chưa hợp lệ; chưa lưu ý kiến nào. {shown}',
  },
  BULK_STEP_REFUSED: {
    category: 'conflict', // the first refusal's category when the api knows it
    template: 'Không {eventLabel} được {refused}/{total} kiến nghị; chưa lưu thay đổi nào. {list}',
  },
  DUPLICATES_ACROSS_PLANS: {
    category: 'invalid',
    template: 'Chỉ gộp các kiến nghị khác nhau của cùng một kỳ đối thoại.',
    fixed: true,
  },
  NEXT_PLAN_IS_CURRENT: {
    category: 'invalid',
    template: 'Kỳ đối thoại sau phải khác {currentDialogue}.',
  },
  // — collection by the Front (api) —
  FORWARDING_NOT_OPEN: {
    category: 'precondition',
    template:
      'Chỉ gửi tổng hợp đăng ký trước hội nghị (kế hoạch đã duyệt hoặc đã thông báo); kế hoạch đang ở trạng thái "{stateLabel}".',
  },
  NOTHING_TO_FORWARD: {
    category: 'precondition',
    template: 'Không có đăng ký nào mới để gửi: mọi đăng ký đã được gửi người chủ trì.',
    fixed: true,
  },
  FILE_FORMAT_UNSUPPORTED: {
    category: 'invalid',
    template:
      'Tệp «{fileName}» không phải .xlsx hoặc .csv. Hãy lưu danh sách dạng Excel (.xlsx) hoặc CSV UTF-8.',
  },
  VILLAGE_LIST_INVALID: {
    category: 'invalid',
    template: 'Tệp có {count} lỗi; chưa lưu ý kiến nào. {shown}',
  },
  // — after the conference (api) —
  CONCLUSION_ALREADY_ISSUED: {
    category: 'conflict',
    template:
      'Kế hoạch này đã có {noticeReference}; mỗi cuộc đối thoại chỉ ban hành một Thông báo kết luận.',
  },
  REPORT_PERIOD_NOT_STARTED: {
    category: 'invalid',
    template: '{periodLabel} chưa bắt đầu; chưa thể lập báo cáo tiến độ.',
  },
  // — the public pages: one answer whether the record exists or not, so nothing to enumerate —
  TRACKING_CODE_NOT_FOUND: {
    category: 'not-found',
    template:
      'Không tìm thấy ý kiến, kiến nghị nào với mã tra cứu này. Hãy kiểm tra lại mã (8 ký tự dạng XXXX-XXXX, ghi trên giấy biên nhận hoặc trang xác nhận).',
    fixed: true,
  },
  // Issue 17: a tracking code is printed, copied and sent, so answering the answer also asks
  // for something only the citizen has — the last 4 digits of the phone given at registration.
  CITIZEN_PHONE_CHECK_FAILED: {
    category: 'forbidden',
    template:
      '4 số cuối của số điện thoại không khớp với số đã ghi khi đăng ký ý kiến, kiến nghị này. Hãy nhập 4 số cuối của số điện thoại bạn đã đăng ký.',
    fixed: true,
  },
  CITIZEN_PHONE_NOT_ON_RECORD: {
    category: 'precondition',
    template:
      'Ý kiến, kiến nghị này được đăng ký không kèm số điện thoại nên không thể xác nhận trên trang này; vui lòng báo ý kiến của bạn với Văn phòng HĐND và UBND xã (trực tiếp hoặc bằng văn bản).',
    fixed: true,
  },
  // Luật 91/2025/QH15: consent can be withdrawn; there must be one to withdraw.
  CONSENT_NOT_ACTIVE: {
    category: 'conflict',
    template: 'Bạn chưa đồng ý hoặc đã rút lại sự đồng ý "{purposeLabel}"; không có gì để rút lại.',
  },
  DIALOGUE_NOT_FOUND: {
    category: 'not-found',
    template: 'Không tìm thấy kỳ đối thoại này, hoặc kỳ đối thoại chưa được thông báo công khai.',
    fixed: true,
  },
  REGISTRATION_CLOSED: {
    category: 'precondition',
    template:
      'Kỳ đối thoại này không còn nhận đăng ký trực tuyến (hội nghị đã diễn ra, bị hoãn hoặc bị hủy).',
    fixed: true,
  },
  SPAM_SUSPECTED: {
    category: 'invalid',
    template:
      'Biểu mẫu bị từ chối vì có dữ liệu ở ô dành cho máy (thường do phần mềm tự điền). Hãy tải lại trang và điền lại; nếu vẫn gặp lỗi, hãy nộp Phiếu đăng ký qua thôn hoặc tại Văn phòng HĐND và UBND xã.',
    fixed: true,
  },
  FORM_SUBMITTED_TOO_FAST: {
    category: 'invalid',
    template:
      'Biểu mẫu được gửi quá nhanh sau khi mở trang. Hãy kiểm tra lại thông tin rồi bấm Gửi đăng ký lần nữa.',
    fixed: true,
  },
  FORM_TOKEN_EXPIRED: {
    category: 'invalid',
    template:
      'Trang đăng ký đã mở quá lâu. Thông tin bạn đã nhập vẫn được giữ; hãy bấm Gửi đăng ký lần nữa.',
    fixed: true,
  },
  FORM_TOKEN_INVALID: {
    category: 'invalid',
    template: 'Biểu mẫu không hợp lệ hoặc thuộc kỳ đối thoại khác. Hãy tải lại trang đăng ký.',
    fixed: true,
  },
  PUBLIC_RATE_LIMITED: {
    category: 'precondition',
    template: '{tooMany} Vui lòng thử lại sau {minutes} phút (từ {retryAtText}).',
  },
} as const satisfies Record<
  string,
  {
    category: DomainErrorCategory;
    template: string;
    /** A message that deliberately names nothing (no slot): a lookup that must not leak, a fixed notice. */
    fixed?: true;
  }
>;

/**
 * The code of an input the schema refused (a ZodError, not a DomainError): the field problems
 * are in `fieldErrors`, the message is built by the api.
 */
export const VALIDATION_FAILED = 'VALIDATION_FAILED';

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
 * The Vietnamese message of a catalogue code, its slots filled from `details` (a trailing empty
 * slot leaves no trailing space).
 *
 * @example errorMessage('NOT_FOUND', { what: 'kế hoạch', id: 'p-1' }) // 'Không tìm thấy kế hoạch (p-1).'
 */
export function errorMessage<C extends ErrorCode>(code: C, details: ErrorDetails<C>): string {
  const { template } = ERROR_CATALOGUE[code];
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => formatSlot(details[slot])).trim();
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
  const { category } = ERROR_CATALOGUE[code];
  return new DomainError(code, category, errorMessage(code, details), details);
}
