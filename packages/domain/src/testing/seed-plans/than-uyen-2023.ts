import type { Plan } from '../../plans/plan.schema.js';
import { ADMIN_UNITS } from '../admin-units.js';

/** A group with no quota. */
const none = () => ({
  quotaAllocation: 'none' as const,
  composition: [],
  villageQuotas: [],
  namedGuests: [],
});

/**
 * Seed 002: Huyện ủy Than Uyên (Lai Châu, before the 2025 reform) plans a dialogue of the
 * district's leaders with the People of Khoen On commune, 2023. The time and place are "to be
 * announced by the district Party office", so the timing is the whole year. The symbol KH/HU
 * is the usual one for a Huyện ủy plan; the seed does not print it.
 *
 * @example thanUyen2023Plan().issuer.adminUnitCode // '110'
 */
export function thanUyen2023Plan(): Plan {
  return {
    id: 'plan-than-uyen-2023',
    status: 'submitted',
    adminUnitCode: ADMIN_UNITS.khoenOn.code,
    issuer: {
      kind: 'district-party-committee',
      name: 'Huyện ủy Than Uyên',
      adminUnitCode: ADMIN_UNITS.thanUyen.code,
    },
    documentSymbol: 'KH/HU',
    title:
      'Tổ chức tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền huyện với Nhân dân xã Khoen On năm 2023',
    year: 2023,
    legalBases: [
      {
        relation: 'legal-basis',
        documentType: 'rules',
        reference: '06-QC/TU',
        issuedOn: '2019-04-04',
        issuer: 'Tỉnh ủy',
        title:
          'về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền các cấp với nhân dân trên địa bàn tỉnh',
      },
    ],
    regulationProfileId: 'lai-chau-06-qc-tu-2019',
    purposes: [
      'Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước; chủ trương, nghị quyết, quyết định của cấp ủy, chính quyền các cấp; những thuận lợi, khó khăn, kết quả trong lãnh đạo, chỉ đạo, quản lý, điều hành, tổ chức thực hiện kế hoạch, nhiệm vụ liên quan đến nội dung tiếp xúc, đối thoại, góp phần tạo sự thống nhất về tư tưởng chính trị và sự đồng thuận của Nhân dân, củng cố mối quan hệ mật thiết giữa cấp ủy, chính quyền với Nhân dân, xây dựng và phát huy khối đại đoàn kết các dân tộc.',
      'Làm cơ sở để người đứng đầu cấp ủy, chính quyền lắng nghe tâm tư, nguyện vọng và ý kiến tham gia góp ý, kiến nghị của Nhân dân; phát huy quyền làm chủ và vai trò giám sát của Nhân dân; thực hiện phương châm gần dân, sát dân của cấp ủy, chính quyền; kịp thời phát hiện những vấn đề vướng mắc, phát sinh để chỉ đạo giải quyết, kiến nghị giải quyết hoặc nghiên cứu bổ sung, điều chỉnh những chủ trương, quy định của huyện cho phù hợp.',
      'Góp phần đổi mới phương thức lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền; nâng cao trình độ năng lực, trách nhiệm của người đứng đầu cấp ủy, chính quyền huyện, xã; phát huy vai trò giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền của MTTQ và các đoàn thể chính trị - xã hội.',
      'Kịp thời phát hiện, xử lý những hạn chế, khuyết điểm, thiếu sót vi phạm; phát huy những ưu điểm của cán bộ, đảng viên, công chức, viên chức trong thực thi công vụ.',
    ],
    requirements: [
      'Việc tổ chức tiếp xúc, đối thoại trực tiếp với Nhân dân phải đúng quy định của pháp luật; đảm bảo kịp thời, dân chủ, công khai minh bạch, khách quan, hiệu quả, tránh hình thức.',
      'Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, vai trò lãnh đạo của các cấp ủy đảng, trách nhiệm của chính quyền, giám sát của Hội đồng nhân dân, Mặt trận Tổ quốc và các tổ chức thành viên trong công tác tiếp xúc, đối thoại.',
      'Phổ biến, tuyên truyền chủ trương, quan điểm của Đảng, chính sách pháp luật của Nhà nước liên quan đến việc phát triển kinh tế - xã hội trên địa bàn huyện; thông tin kịp thời các định hướng phát triển kinh tế - xã hội, quốc phòng - an ninh (trừ thông tin Mật) của tỉnh, huyện đến Nhân dân; nâng cao nhận thức về thực hiện quyền và nghĩa vụ của công dân.',
      'Thủ trưởng các cơ quan, ban, ngành của huyện khi được Huyện ủy, UBND huyện giao nhiệm vụ trả lời ý kiến, kiến nghị của Nhân dân về các vấn đề có liên quan cần tập trung nghiên cứu, trả lời đúng trọng tâm, ngắn gọn, dễ hiểu, đảm bảo đúng quy định.',
      'Lãnh đạo, cán bộ tiếp dân và công dân chấp hành nghiêm túc nội dung, phương pháp thực hiện buổi tiếp xúc, đối thoại người chủ trì quán triệt trước khi tiến hành đối thoại.',
    ],
    // §III.1: "trọng tâm là các lĩnh vực nhạy cảm (đất đai, công tác thu hồi đất, giải phóng mặt bằng chính sách xã hội, cải cách hành chính...)".
    topics: [
      { field: 'land-environment', label: 'Đất đai, công tác thu hồi đất, giải phóng mặt bằng' },
      { field: 'social-policy', label: 'Chính sách xã hội' },
      { field: 'administrative-procedures', label: 'Cải cách hành chính' },
    ],
    contentSections: [
      {
        heading: 'Nội dung tiếp xúc, đối thoại',
        paragraphs: [
          'Thông báo khái quát tình hình kinh tế - xã hội, chủ trương, chính sách và những vấn đề liên quan đến địa bàn mà dư luận xã hội và Nhân dân quan tâm.',
          'Nghe ý kiến Nhân dân đóng góp, kiến nghị phản ánh, tâm tư, nguyện vọng, những vấn đề bức xúc, phát sinh tại địa phương mà cấp ủy đảng, chính quyền cần tập trung chỉ đạo giải quyết.',
          'Trực tiếp giải đáp và chỉ đạo giải quyết những kiến nghị cụ thể của Nhân dân trong quá trình tiếp xúc, đối thoại.',
        ],
      },
      {
        heading: 'Trước khi tiếp xúc, đối thoại',
        paragraphs: [
          'Nghiên cứu, phân loại nội dung, mức độ cấp thiết của vấn đề kiến nghị, phản ánh; giao cho các cơ quan, đơn vị có liên quan chuẩn bị nội dung tiếp xúc, đối thoại.',
          'Trình người chủ trì tiếp xúc, đối thoại quyết định thời gian, địa điểm, thành phần tham gia tiếp xúc, đối thoại; thông báo công khai trên các phương tiện thông tin đại chúng hoặc gửi giấy mời ít nhất 7 ngày làm việc trước khi tiến hành tiếp xúc, đối thoại; gửi giấy mời, kèm theo phiếu đăng ký nội dung phát biểu tại cuộc tiếp xúc, đối thoại.',
          'Lập hồ sơ tài liệu tiếp xúc, đối thoại gồm: Các ý kiến thu thập được; tên tổ chức, cá nhân kiến nghị; nội dung kiến nghị; nội dung trả lời; kết quả đã giải quyết hoặc hướng sẽ giải quyết, thời gian giải quyết, cơ quan giải quyết; những việc cần kiểm tra làm rõ trả lời sau; những việc ghi nhận báo cáo cấp có thẩm quyền giải quyết.',
        ],
      },
      {
        heading: 'Sau khi tiếp xúc, đối thoại',
        paragraphs: [
          'Chậm nhất 5 ngày làm việc sau hội nghị tiếp xúc, đối thoại, người chủ trì tiến hành tổ chức đánh giá rút kinh nghiệm nội bộ về kết quả tiếp xúc, đối thoại và chỉ đạo phân công các cơ quan, đơn vị chức năng khẩn trương giải quyết các công việc sau đối thoại.',
          'Chậm nhất trong thời gian 15 ngày làm việc, những việc phức tạp, không quá 30 ngày làm việc kể từ sau ngày tổ chức hội nghị tiếp xúc, đối thoại; cơ quan được phân công giải quyết trả lời các kiến nghị, phản ánh của công dân chưa được trả lời tại hội nghị tiếp xúc, đối thoại phải trả lời trực tiếp bằng văn bản cho cơ quan, đơn vị, địa phương, cơ sở (nơi có kiến nghị) và người kiến nghị.',
        ],
      },
    ],
    format: 'in-person',
    timing: {
      kind: 'window',
      from: '2023-01-01',
      to: '2023-12-31',
      note: 'Thời gian và địa điểm: Văn phòng Huyện ủy có thông báo cụ thể',
    },
    chairs: [
      { role: 'chair', position: 'Bí thư Huyện ủy' },
      { role: 'chair', position: 'Chủ tịch UBND huyện' },
    ],
    participantGroups: [
      { kind: 'leadership', description: 'Bí thư Huyện ủy, Chủ tịch UBND huyện', ...none() },
      {
        kind: 'front-and-organisations',
        description:
          'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội',
        ...none(),
      },
      {
        kind: 'specialised-bodies',
        description: 'Các cơ quan, đơn vị, ban, ngành có liên quan',
        ...none(),
      },
      { kind: 'citizens', description: 'Các tổ chức, công dân có kiến nghị, phản ánh', ...none() },
    ],
    tasks: [
      {
        assignee: 'Ủy ban nhân dân huyện',
        organisationKind: 'peoples-committee',
        isRequest: false,
        duties: [
          'Chỉ đạo phòng, ban chuyên môn trực thuộc rà soát, phối hợp UBND xã Khoen On tổng hợp các vụ việc trên địa bàn xã cần thiết phải tổ chức tiếp xúc, đối thoại, trọng tâm là các lĩnh vực nhạy cảm (đất đai, công tác thu hồi đất, giải phóng mặt bằng chính sách xã hội, cải cách hành chính...) và những vấn đề bức xúc trong Nhân dân; báo cáo và đề xuất người đứng đầu cấp ủy, chính quyền huyện quyết định.',
          'Chỉ đạo tổ chức thực hiện công tác thông tin tuyên truyền, phổ biến về chủ trương mục đích, ý nghĩa của buổi đối thoại; thông báo trên các phương tiện thông tin đại chúng nội dung của kế hoạch để Nhân dân được biết.',
        ],
      },
      {
        assignee: 'Ủy ban MTTQVN huyện và các đoàn thể chính trị - xã hội huyện',
        organisationKind: 'fatherland-front',
        isRequest: false,
        duties: [
          'Tổng hợp các ý kiến, kiến nghị của Nhân dân, kịp thời chuyển tới Thường trực Huyện ủy, lãnh đạo UBND huyện (qua Văn phòng Huyện ủy, Văn phòng HĐND - UBND huyện) để chuẩn bị tiếp xúc, đối thoại.',
          'Sau tiếp xúc, đối thoại, tổ chức giám sát việc thực hiện kết luận của đồng chí Bí thư Huyện ủy, Chủ tịch UBND huyện.',
        ],
      },
      {
        assignee: 'Văn phòng Huyện ủy, Văn phòng HĐND - UBND huyện',
        organisationKind: 'party-office',
        isRequest: false,
        duties: [
          'Chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện tham mưu chuẩn bị nội dung buổi tiếp xúc, đối thoại; tổ chức buổi tiếp xúc, đối thoại; sau khi kết thúc, báo cáo kết quả hội nghị và thông báo kết luận của đồng chí Bí thư Huyện ủy, Chủ tịch UBND huyện.',
        ],
      },
      {
        assignee: 'Thủ trưởng các cơ quan, ban, ngành của huyện',
        organisationKind: 'department',
        isRequest: false,
        duties: [
          'Chuẩn bị nội dung, tham dự buổi tiếp xúc, đối thoại và trả lời giải quyết những vấn đề liên quan theo chức năng nhiệm vụ được phân công.',
          'Trả lời kiến nghị của Nhân dân xã Khoen On và báo cáo kết quả đối với các nội dung có liên quan theo ý kiến kết luận của người chủ trì tại buổi tiếp xúc, đối thoại.',
        ],
      },
      {
        assignee: 'Đảng ủy, UBND xã Khoen On',
        organisationKind: 'party-committee',
        isRequest: false,
        duties: [
          'Chủ động nắm tình hình các kiến nghị, phản ánh, những vấn đề bức xúc của Nhân dân; xây dựng kế hoạch, bố trí lực lượng, phương tiện bảo đảm an ninh trật tự cho buổi tiếp xúc, đối thoại và an toàn cho Nhân dân và các thành phần tham dự đối thoại.',
        ],
      },
    ],
    recipients: [
      { name: 'TT Huyện ủy, HĐND huyện', purpose: 'none' },
      { name: 'Lãnh đạo UBND huyện', purpose: 'none' },
      { name: 'Ủy ban MTTQVN huyện', purpose: 'none' },
      { name: 'Các cơ quan, ban, ngành, đoàn thể huyện', purpose: 'none' },
      { name: 'Đảng ủy, UBND xã Khoen On', purpose: 'none' },
      { name: 'Lưu: VT', purpose: 'archive' },
    ],
    scheduleOverrides: [],
    signer: {
      name: 'Lê Thị Kim Ngân',
      title: 'deputy-secretary',
      authority: 'on-behalf-of-standing-committee',
    },
    returnComments: [],
    carriedOverPetitionIds: [],
  };
}
