import type { Plan } from '../../plans/plan.schema.js';
import { ADMIN_UNITS } from '../admin-units.js';

const COMMUNE = ADMIN_UNITS.choMoi.code;

/**
 * Seed 000: Kế hoạch of the Party committee of Chợ Mới commune (Thái Nguyên), 2025. The text
 * carries no number or date of its own, so the plan is `submitted`, not yet numbered.
 *
 * @example choMoi2025Plan().participantGroups[3]?.perUnitQuota // 5
 */
export function choMoi2025Plan(): Plan {
  return {
    id: 'plan-cho-moi-2025',
    status: 'submitted',
    adminUnitCode: COMMUNE,
    issuer: { kind: 'party-committee', name: 'Đảng ủy xã Chợ Mới', adminUnitCode: COMMUNE },
    documentSymbol: 'KH/ĐU',
    title:
      'Tổ chức đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân trên địa bàn xã Chợ Mới năm 2025',
    year: 2025,
    legalBases: [
      {
        relation: 'legal-basis',
        documentType: 'regulation',
        reference: '11-QĐi/TW',
        issuedOn: '2019-02-18',
        issuer: 'Bộ Chính trị',
        title:
          'quy định về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị của dân',
      },
      // The seed does not name the issuer of 357-QĐ/TU (the provincial Party committee, by its symbol).
      {
        relation: 'legal-basis',
        documentType: 'decision',
        reference: '357-QĐ/TU',
        issuedOn: '2025-08-22',
        title:
          'về việc ban hành Quy chế đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân trên địa bàn tỉnh Thái Nguyên',
      },
      {
        relation: 'legal-basis',
        documentType: 'rules',
        reference: '07-QC/ĐU',
        issuedOn: '2025-08-18',
        issuer: 'Đảng ủy xã Chợ Mới',
        title:
          'về việc Bí thư Đảng ủy tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của người dân trên địa bàn xã',
      },
      {
        relation: 'legal-basis',
        documentType: 'plan',
        reference: '13-KH/ĐU',
        issuedOn: '2025-08-20',
        issuer: 'Đảng ủy xã Chợ Mới',
        title:
          'về việc tổ chức tiếp dân, đối thoại trực tiếp của người đứng đầu cấp ủy với Nhân dân trên địa bàn xã Chợ Mới năm 2025',
      },
    ],
    regulationProfileId: 'thai-nguyen-357-qd-tu-2025',
    purposes: [
      'Nhằm thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18 tháng 02 năm 2019 của Bộ Chính trị quy định về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị của dân.',
      'Nắm bắt tâm tư, nguyện vọng, kiến nghị chính đáng của Nhân dân; kịp thời giải quyết những vấn đề bức xúc, nổi cộm trên địa bàn.',
      'Tăng cường mối quan hệ mật thiết giữa Đảng, chính quyền với Nhân dân; củng cố niềm tin của Nhân dân trong công tác lãnh đạo, quản lý nhà nước ở địa phương.',
      'Góp phần nâng cao hiệu lực, hiệu quả quản lý, điều hành, thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2025.',
    ],
    requirements: [
      'Tổ chức đối thoại phải đảm bảo dân chủ, công khai, thẳng thắn, cầu thị, lắng nghe ý kiến Nhân dân.',
      'Nội dung đối thoại sát thực tiễn, tập trung vào những vấn đề được Nhân dân quan tâm.',
      'Việc tổng hợp, giải quyết và phản hồi kiến nghị của Nhân dân phải kịp thời, đúng thẩm quyền, tránh hình thức.',
    ],
    topics: [
      { field: 'land-environment', label: 'Công tác quản lý đất đai - Tài nguyên môi trường.' },
      { field: 'security-order', label: 'Công tác đảm bảo an ninh trật tự trên địa bàn.' },
      {
        field: 'administrative-procedures',
        label: 'Công tác giải quyết thủ tục hành chính cho người dân.',
      },
    ],
    contentSections: [
      {
        heading: 'Phương pháp đối thoại',
        paragraphs: [
          'Lãnh đạo xã thông tin tình hình phát triển kinh tế - xã hội của địa phương.',
          'Nhân dân nêu ý kiến, kiến nghị.',
          'Các đồng chí lãnh đạo cấp ủy, chính quyền, các bộ phận chuyên môn trả lời theo chức năng; những nội dung vượt thẩm quyền tổng hợp, báo cáo cấp trên.',
          'Kết luận đối thoại của Bí thư Đảng ủy.',
          'Công khai nội dung trả lời và tiến độ giải quyết trên hệ thống thông tin của xã.',
          'Theo dõi, kiểm tra, đôn đốc việc thực hiện sau đối thoại.',
        ],
      },
    ],
    format: 'in-person',
    timing: { kind: 'date', date: '2025-12-10', note: 'Dự kiến' },
    venue: { name: 'Hội trường lớn Đảng ủy xã Chợ Mới' },
    // §II.1: the Party secretary, the People's Council chair and the commune chair hold the
    // dialogue; the secretary concludes it (§II.2), so chairs; the other two co-chair.
    chairs: [
      { role: 'chair', position: 'Bí thư Đảng ủy xã', name: 'Triệu Tiên Trình' },
      { role: 'co-chair', position: 'Chủ tịch HĐND xã' },
      { role: 'co-chair', position: 'Chủ tịch UBND xã' },
    ],
    participantGroups: [
      {
        kind: 'leadership',
        description: 'Thường trực Đảng ủy, HĐND xã; lãnh đạo UBND xã',
        quotaAllocation: 'none',
        composition: [],
        villageQuotas: [],
        namedGuests: [],
      },
      {
        kind: 'specialised-bodies',
        description: 'Lãnh đạo Công an, BCH Quân sự xã',
        quotaAllocation: 'none',
        composition: [],
        villageQuotas: [],
        namedGuests: [],
      },
      {
        kind: 'front-and-organisations',
        description:
          'Lãnh đạo các cơ quan chuyên trách tham mưu giúp việc Đảng ủy; Ủy ban MTTQ và các tổ chức chính trị xã; lãnh đạo các phòng, ban, ngành thuộc UBND xã',
        quotaAllocation: 'none',
        composition: [],
        villageQuotas: [],
        namedGuests: [],
      },
      {
        kind: 'villages',
        description: '27 thôn trên địa bàn xã: mỗi thôn cử đại diện 05 đại biểu',
        quotaAllocation: 'per-unit',
        unitCount: 27,
        perUnitQuota: 5,
        composition: [
          { role: 'Bí thư chi bộ', count: 1 },
          { role: 'Trưởng thôn', count: 1 },
          { role: 'Trưởng Ban công tác Mặt trận', count: 1 },
          { role: 'Người dân', count: 2 },
        ],
        villageQuotas: [],
        namedGuests: [],
      },
      {
        kind: 'enterprises',
        description: 'Đại diện một số doanh nghiệp, HTX trên địa bàn',
        quotaAllocation: 'none',
        composition: [],
        villageQuotas: [],
        namedGuests: [],
      },
    ],
    tasks: [
      {
        assignee: 'Văn phòng Đảng ủy',
        organisationKind: 'party-office',
        isRequest: false,
        duties: [
          'Tham mưu cho Ban Thường vụ Đảng ủy chỉ đạo chung toàn bộ hoạt động đối thoại; tổng hợp ý kiến của các thôn; tham mưu văn bản mời đại biểu; chuẩn bị nội dung, các điều kiện cơ sở vật chất cho cuộc đối thoại; theo dõi, kiểm tra, đôn đốc các cơ quan liên quan thực hiện kết luận của người đứng đầu cấp ủy tại buổi đối thoại; tổng hợp báo cáo kết quả đối thoại gửi cấp trên theo quy định.',
        ],
      },
      {
        assignee: 'Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy',
        organisationKind: 'party-advisory-body',
        isRequest: false,
        duties: [
          'Tăng cường công tác thông tin tuyên truyền trước, trong và sau đối thoại; định hướng dư luận, nắm bắt tình hình Nhân dân; phối hợp với ủy ban MTTQ và các đoàn thể vận động Nhân dân tham dự đối thoại.',
        ],
      },
      {
        assignee: 'Ủy ban Mặt trận tổ quốc xã',
        organisationKind: 'fatherland-front',
        isRequest: false,
        duties: [
          'Chủ trì giám sát quá trình tổ chức đối thoại và việc thực hiện kết luận sau đối thoại; vận động Nhân dân tham dự, tham gia góp ý thẳng thắn, dân chủ, trách nhiệm.',
        ],
      },
      {
        assignee: 'Ủy ban nhân dân xã',
        organisationKind: 'peoples-committee',
        isRequest: false,
        duties: [
          'Chỉ đạo các phòng chuyên môn chuẩn bị nội dung trả lời các ý kiến, kiến nghị của Nhân dân theo lĩnh vực phụ trách; phối hợp với Văn phòng Đảng ủy chuẩn bị nội dung cho cuộc đối thoại; phối hợp theo dõi, kiểm tra, đôn đốc các cơ quan liên quan thực hiện kết luận của người đứng đầu cấp ủy tại buổi đối thoại; giao Trung tâm dịch vụ tổng hợp làm công tác truyền thông cho chương trình đối thoại.',
        ],
      },
      {
        assignee: 'Các thôn trên địa bàn xã',
        organisationKind: 'village',
        isRequest: false,
        duties: [
          'Tuyên truyền rộng rãi tới Nhân dân về thời gian, địa điểm, nội dung đối thoại, tham gia đầy đủ, đúng thành phần theo kế hoạch; đăng ký câu hỏi theo nội dung của cuộc đối thoại gửi về Đảng ủy xã (qua Văn phòng Đảng ủy) trước ngày 04/12/2025.',
        ],
      },
    ],
    recipients: [
      { name: 'Thường trực Tỉnh ủy', copyKind: 'electronic', purpose: 'to-report' },
      { name: 'Ban Nội chính Tỉnh ủy', copyKind: 'electronic', purpose: 'to-report' },
      { name: 'Thường trực Đảng ủy', copyKind: 'electronic', purpose: 'to-direct' },
      { name: 'Thường trực HĐND xã', copyKind: 'electronic', purpose: 'none' },
      { name: 'Lãnh đạo UBND xã', copyKind: 'electronic', purpose: 'to-carry-out' },
      { name: 'Các phòng, Trung tâm thuộc UBND xã', copyKind: 'electronic', purpose: 'none' },
      {
        name: 'Các cơ quan tham mưu, giúp việc Đảng ủy',
        copyKind: 'electronic',
        purpose: 'to-carry-out',
      },
      { name: 'Ủy ban MTTQ xã', copyKind: 'electronic', purpose: 'to-carry-out' },
      { name: 'Công an xã, BCH Quân sự xã', copyKind: 'electronic', purpose: 'none' },
      { name: 'Các thôn trên địa bàn xã', copyKind: 'paper', purpose: 'to-carry-out' },
      { name: 'Lưu Văn phòng Đảng ủy', copyKind: 'paper', purpose: 'archive' },
    ],
    scheduleOverrides: [
      {
        ruleId: 'registration-cutoff',
        date: '2025-12-04',
        reason: 'Kế hoạch mục IV.5: đăng ký câu hỏi trước ngày 04/12/2025',
      },
    ],
    signer: {
      name: 'Triệu Tiên Trình',
      title: 'secretary',
      authority: 'on-behalf-of-standing-committee',
    },
    returnComments: [],
    carriedOverPetitionIds: [],
  };
}
