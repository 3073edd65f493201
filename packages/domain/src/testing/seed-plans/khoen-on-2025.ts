import type { Plan } from '../../plans/plan.schema.js';
import { ADMIN_UNITS } from '../admin-units.js';

const COMMUNE = ADMIN_UNITS.khoenOn.code;
/** A group with no quota. */
const none = () => ({
  quotaAllocation: 'none' as const,
  composition: [],
  villageQuotas: [],
  namedGuests: [],
});

/**
 * Seed 001: the People's Committee of Khoen On commune (Lai Châu), the chair's dialogue with
 * bản Mỳ, 2025.
 *
 * @example khoenOn2025Plan().venue // { name: 'Nhà văn hóa bản Mỳ' }
 */
export function khoenOn2025Plan(): Plan {
  return {
    id: 'plan-khoen-on-2025',
    status: 'submitted',
    adminUnitCode: COMMUNE,
    issuer: {
      kind: 'peoples-committee',
      name: 'Ủy ban nhân dân xã Khoen On',
      adminUnitCode: COMMUNE,
    },
    documentSymbol: 'KH-UBND',
    title: 'Tiếp xúc, đối thoại với Nhân dân của Chủ tịch UBND xã năm 2025',
    year: 2025,
    legalBases: [
      {
        relation: 'implements',
        documentType: 'rules',
        reference: '06-QC/TU',
        issuedOn: '2019-04-04',
        issuer: 'Tỉnh uỷ',
        title:
          'về tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp uỷ, chính quyền các cấp với nhân dân trên địa bàn tỉnh',
      },
    ],
    regulationProfileId: 'lai-chau-06-qc-tu-2019',
    purposes: [
      'Góp phần đổi mới phương thức lãnh đạo của các cấp ủy Đảng, chính quyền, hoạt động của Mặt trận Tổ quốc và các đoàn thể xã; tăng cường củng cố mối quan hệ mật thiết giữa cấp uỷ, chính quyền với Nhân dân, phát huy và mở rộng quyền làm chủ của Nhân dân; tuyên truyền, phổ biến chủ trương, Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; những thuận lợi, khó khăn trong lãnh đạo, chỉ đạo của cấp ủy, trong quản lý, điều hành của chính quyền để tạo sự đồng thuận của Nhân dân, góp phần củng cố, tăng cường sự thống nhất tư tưởng chính trị và khối đại đoàn kết toàn dân.',
      'Đảm bảo thực hiện tốt chức năng giám sát của Nhân dân trên tất cả các lĩnh vực đời sống, xã hội tại cơ sở, tham gia xây dựng chính quyền, tham gia đóng góp ý kiến xây dựng và phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh trên địa bàn xã.',
      'Giải quyết kịp thời các đề xuất, kiến nghị, các vấn đề còn tồn tại ở cơ sở, tạo sự đồng thuận cao của Nhân dân trong việc triển khai thực hiện các chủ trương, chính sách phát triển kinh tế - xã hội của xã.',
    ],
    requirements: [
      'Việc đối thoại trực tiếp với Nhân dân phải đảm bảo sự lãnh đạo của cấp ủy Đảng, chính quyền và hoạt động của Uỷ ban Mặt trận Tổ quốc Việt Nam các cấp gắn với việc thực hiện Kết luận số 01-KL/TW về việc tiếp tục thực hiện Chỉ thị số 05 của Bộ Chính trị về "đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"; Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện "tự diễn biến", "tự chuyển hoá".',
      'Quán triệt, phổ biến, tuyên truyền chủ trương, quan điểm của Đảng, chính sách pháp luật của Nhà nước liên quan đến việc phát triển kinh tế - xã hội trên địa bàn xã; thông tin kịp thời các định hướng phát triển kinh tế - xã hội, quốc phòng - an ninh của xã đến Nhân dân; nâng cao nhận thức của Nhân dân về quyền và nghĩa vụ của công dân.',
      'Hội nghị được tổ chức với phương châm dân chủ, công khai, an toàn, thiết thực và hiệu quả; bảo đảm tạo điều kiện thuận lợi để mỗi người dân được bình đẳng, công khai tham gia đóng góp ý kiến, phát biểu và nêu các kiến nghị đề xuất trực tiếp đối với các cơ quan, đơn vị hoặc người đứng đầu các cơ quan đơn vị trong thực hiện chức trách nhiệm vụ.',
    ],
    // §II.2 lists no fields; these are read from its words "kinh tế, văn hóa, xã hội, … an ninh trật tự tại bản".
    topics: [
      { field: 'economy', label: 'Phát triển kinh tế' },
      { field: 'culture-education-health', label: 'Văn hóa, xã hội' },
      { field: 'security-order', label: 'Đảm bảo an ninh trật tự tại bản' },
    ],
    contentSections: [
      {
        heading: 'Nội dung đối thoại',
        paragraphs: [
          'Thông báo tình hình kinh tế - xã hội sau 01 tháng bộ máy chính quyền mới đi vào hoạt động; nhiệm vụ trọng tâm 5 tháng cuối năm 2025.',
          'Nghe nhân dân đóng góp ý kiến, phản ánh, tâm tư, nguyện vọng và xem xét, giải quyết những khó khăn, vướng mắc trong quá trình triển khai thực hiện nhiệm vụ phát triển kinh tế, văn hóa, xã hội, đảm bảo an ninh trật tự tại bản.',
        ],
      },
    ],
    format: 'in-person',
    timing: {
      kind: 'window',
      from: '2025-08-01',
      to: '2025-08-31',
      note: 'Trong tháng 8/2025 (Thời gian cụ thể sẽ có thông báo sau)',
    },
    venue: { name: 'Nhà văn hóa bản Mỳ' },
    chairs: [
      { role: 'chair', position: 'Chủ tịch UBND xã', name: 'Phạm Văn Bốn' },
      { role: 'co-chair', position: 'Chủ tịch Ủy ban MTTQVN xã' },
    ],
    participantGroups: [
      {
        kind: 'leadership',
        description:
          'Đại diện Thường trực HĐND xã, lãnh đạo UBND, Uỷ viên UBND xã; đồng chí Ủy viên Ban Thường vụ, Ủy viên Ban chấp hành Đảng bộ xã phụ trách bản; đại diện lãnh đạo các cơ quan chuyên môn của UBND xã',
        ...none(),
      },
      {
        kind: 'citizens',
        description:
          'Bí thư chi bộ, Trưởng bản, Trưởng ban CTMT; Trưởng các chi hội đoàn thể bản; đại diện các hộ gia đình cư trú tại bản có đầy đủ năng lực hành vi dân sự theo quy định của pháp luật',
        ...none(),
      },
    ],
    tasks: [
      {
        assignee: 'Ủy ban MTTQ Việt Nam xã',
        organisationKind: 'fatherland-front',
        isRequest: true,
        duties: [
          'Chỉ đạo Ban công tác Mặt trận bản Mỳ gửi phiếu đăng ký phát biểu và tổng hợp ý kiến của Nhân dân để gửi đồng chí Chủ tịch chậm nhất trước 7 ngày diễn ra hội nghị đối thoại; tổ chức giám sát việc trả lời các ý kiến, kiến nghị sau đối thoại.',
        ],
      },
      {
        assignee: 'Công an xã',
        organisationKind: 'police',
        isRequest: false,
        duties: [
          'Phối hợp với các lực lượng chức năng tại thôn bản đảm bảo công tác an ninh trật tự cho hội nghị đối thoại.',
        ],
      },
      {
        assignee: 'Các cơ quan chuyên môn thuộc UBND xã',
        organisationKind: 'department',
        isRequest: false,
        duties: ['Chủ động tham mưu giải quyết các kiến nghị của Nhân dân khi có yêu cầu.'],
      },
      {
        assignee: 'Văn phòng HĐND và UBND xã',
        organisationKind: 'government-office',
        isRequest: false,
        duties: [
          'Tham mưu báo cáo tình hình kinh tế xã hội tháng 7, nhiệm vụ trọng tâm 5 tháng cuối năm; phát hành giấy mời, làm công tác tổ chức hội nghị; ghi biên bản và hoàn thiện hồ sơ gửi các cơ quan liên quan để phối hợp thực hiện và lưu trữ theo quy định; đảm bảo cơ sở vật chất phục vụ hội nghị theo quy định.',
        ],
      },
      {
        assignee: 'Chi ủy chi bộ, Trưởng bản, Ban công tác Mặt trận bản Mỳ',
        organisationKind: 'village',
        isRequest: false,
        duties: [
          'Thông báo về nội dung, mục đích, ý nghĩa của hội nghị và kế hoạch đối thoại tới Nhân dân; mời các hộ dân đến dự hội nghị đối thoại theo thành phần.',
          'Chỉ đạo thu thập, tổng hợp ý kiến Nhân dân đăng ký phát biểu tại hội nghị đối thoại (gửi về Ủy ban MTTQ xã).',
          'Phối hợp với Văn phòng HĐND và UBND xã chuẩn bị các điều kiện về cơ sở vật chất tổ chức hội nghị đối thoại.',
        ],
      },
    ],
    // The seed does not say electronic or paper.
    recipients: [
      { name: 'TT. Đảng uỷ', purpose: 'to-report' },
      { name: 'Ban Xây dựng đảng', purpose: 'none' },
      { name: 'TT. HĐND xã', purpose: 'none' },
      { name: 'Lãnh đạo UBND xã', purpose: 'none' },
      { name: 'Đ/c Uỷ viên BTV, BCH phụ trách bản', purpose: 'none' },
      { name: 'Uỷ ban MTTQ Việt Nam xã', purpose: 'none' },
      { name: 'Công an xã, BCH quân sự xã', purpose: 'none' },
      { name: 'Các cơ quan chuyên môn', purpose: 'none' },
      { name: 'Chi ủy chi bộ, Trưởng bản, Trưởng ban CTMT bản Mỳ', purpose: 'none' },
      { name: 'Lưu: VT', purpose: 'archive' },
    ],
    // The Front's 7-day compilation deadline (mục III.1) is a rule of the Lai Châu profile itself.
    scheduleOverrides: [],
    signer: { name: 'Phạm Văn Bốn', title: 'chair', authority: 'on-behalf-of-peoples-committee' },
    returnComments: [],
    carriedOverPetitionIds: [],
  };
}
