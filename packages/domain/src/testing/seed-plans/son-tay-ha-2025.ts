import type { Plan } from '../../plans/plan.schema.js';
import { ADMIN_UNITS } from '../admin-units.js';

const COMMUNE = ADMIN_UNITS.sonTayHa.code;
/** A group with no quota. */
const none = () => ({
  quotaAllocation: 'none' as const,
  composition: [],
  villageQuotas: [],
  namedGuests: [],
});

/**
 * Seed 004: the People's Committee of Sơn Tây Hạ commune (Quảng Ngãi), the chair's dialogue
 * for the last six months of 2025. Time and place "UBND xã ban hành Thông báo cụ thể sau",
 * so the timing is the half-year window. Its annex is the registration form (Phiếu đăng ký).
 *
 * @example sonTayHa2025Plan().signer?.name // 'Nguyễn Thị Tình'
 */
export function sonTayHa2025Plan(): Plan {
  return {
    id: 'plan-son-tay-ha-2025',
    status: 'submitted',
    adminUnitCode: COMMUNE,
    issuer: {
      kind: 'peoples-committee',
      name: 'Ủy ban nhân dân xã Sơn Tây Hạ',
      adminUnitCode: COMMUNE,
    },
    documentSymbol: 'KH-UBND',
    title:
      'Tổ chức Hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với Nhân dân trên địa bàn xã 6 tháng cuối năm 2025',
    year: 2025,
    legalBases: [
      {
        relation: 'legal-basis',
        documentType: 'law',
        issuedOn: '2025-06-16',
        title: 'Tổ chức chính quyền địa phương',
      },
      {
        relation: 'legal-basis',
        documentType: 'decision',
        reference: '29/2022/QĐ-UBND',
        issuedOn: '2022-08-04',
        issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
        title:
          'về việc ban hành Quy chế tổ chức đối thoại của người đứng đầu cơ quan hành chính Nhà nước các cấp với Nhân dân trên địa bàn tỉnh Quảng Ngãi',
      },
      {
        relation: 'legal-basis',
        documentType: 'plan',
        reference: '194/KH-UBND',
        issuedOn: '2025-08-06',
        issuer: 'Ủy ban nhân dân xã Sơn Tây Hạ',
        title: 'về ban hành Kế hoạch cải cách hành chính năm 2025',
      },
    ],
    regulationProfileId: 'quang-ngai-29-2022-qd-ubnd',
    purposes: [
      'Nâng cao vai trò, trách nhiệm của người đứng đầu cơ quan hành chính nhà nước trong việc thực hiện nhiệm vụ đối thoại với Nhân dân. Thông qua đối thoại trực tiếp nắm bắt tâm tư nguyện vọng của Nhân dân, kịp thời chỉ đạo giải quyết những kiến nghị, những vấn đề bức xúc, nổi cộm mà Nhân dân quan tâm.',
      'Nhằm thực hiện và cụ thể hóa cơ chế Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ. Góp phần đổi mới phương thức điều hành, quản lý của chính quyền cấp xã; thực hiện có hiệu quả mục tiêu dân chủ hóa, công khai hóa mọi hoạt động của cơ quan hành chính nhà nước để Nhân dân theo dõi, giám sát việc thực hiện; tăng cường, củng cố mối quan hệ gắn bó mật thiết giữa Đảng, chính quyền với Nhân dân và phát huy, mở rộng quyền dân chủ, chủ động tham gia góp ý kiến của Nhân dân.',
      'Tuyên truyền, phổ biến trực tiếp chủ trương, Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước, của địa phương; giải thích cho Nhân dân nhận thức đầy đủ, sâu sắc hơn về đường lối, chủ trương của Đảng và cấp ủy, chính quyền, địa phương, những thuận lợi, khó khăn trong lãnh đạo, chỉ đạo quản lý, điều hành để Nhân dân hiểu, đồng thuận, góp phần củng cố, tăng cường sự thống nhất tư tưởng chính trị và khối đại đoàn kết toàn dân.',
      'Thông qua việc tiếp xúc phát hiện những ưu điểm, hạn chế của các chủ trương, chính sách trong quá trình thực hiện cũng như những khuyết điểm của đội ngũ cán bộ, công chức, viên chức trong quá trình thực thi nhiệm vụ được Nhân dân phản ánh.',
    ],
    requirements: [
      'Việc đối thoại phải tuân thủ các quy định của Đảng, chính sách, pháp luật của Nhà nước; bảo đảm sự lãnh đạo của các cấp ủy Đảng và quản lý, điều hành của Nhà nước theo nguyên tắc tập trung dân chủ; đồng thời, đề cao trách nhiệm người đứng đầu cơ quan hành chính nhà nước trong việc thực hiện nhiệm vụ được giao.',
      'Việc đối thoại phải đảm bảo dân chủ, công khai, minh bạch, khách quan, trên tinh thần hợp tác, xây dựng, phát huy tinh thần tự phê bình và phê bình, phát huy quyền làm chủ của Nhân dân theo những quy định tại Quyết định số 29/2022/QĐ-UBND ngày 04/8/2022 của UBND tỉnh Quảng Ngãi ban hành Quy chế tổ chức đối thoại của người đứng đầu cơ quan hành chính nhà nước các cấp với Nhân dân trên địa bàn tỉnh Quảng Ngãi và các quy định của Đảng, chính sách pháp luật của nhà nước có liên quan.',
      'Mọi kiến nghị, phản ánh của Nhân dân tham gia đối thoại phải được tiếp nhận đầy đủ, xử lý kịp thời, hiệu quả, đúng quy định.',
      'Đối thoại phải đảm bảo sự tham gia của cấp ủy Đảng, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội ở xã.',
      'Không được lợi dụng đối thoại để kích động, lôi kéo, gây mất an ninh trật tự; hoặc đưa ra những thông tin không có căn cứ làm ảnh hưởng đến danh dự, uy tín của tổ chức, cá nhân, chia rẽ đoàn kết.',
    ],
    // §II.1 words the content as one sentence; the fields are read from it.
    topics: [
      { field: 'economy', label: 'Tình hình phát triển kinh tế - xã hội' },
      { field: 'security-order', label: 'Bảo đảm quốc phòng, an ninh' },
      { field: 'other', label: 'Những vấn đề quan trọng của địa phương mà Nhân dân quan tâm' },
    ],
    contentSections: [
      {
        heading: 'Tổ chức đối thoại',
        paragraphs: [
          'Chủ trì đối thoại quyết định tiếp nhận ý kiến, kiến nghị của Nhân dân bằng phiếu, phát biểu trực tiếp hoặc thông qua các phương tiện thông tin đại chúng phù hợp với hình thức đối thoại.',
          'Chủ trì có trách nhiệm trả lời, giải đáp các thắc mắc, kiến nghị, phản ánh của Nhân dân nêu ra tại buổi đối thoại. Đối với những vấn đề cần xác minh, kiểm tra làm rõ thì ghi nhận, tiếp thu trả lời sau. Đối với những vấn đề vượt quá thẩm quyền giải quyết, những vướng mắc, khó khăn về nội dung giải quyết thì phải trao đổi, báo cáo kịp thời lên cơ quan, đơn vị cấp trên hoặc cơ quan, đơn vị có thẩm quyền để thống nhất trả lời. Đối với những kiến nghị thuộc trách nhiệm của cơ quan, tổ chức, đơn vị khác thì giải thích, hướng dẫn rõ để cơ quan, tổ chức, cá nhân biết liên hệ giải quyết.',
          'Chủ trì đối thoại giải thích, trao đổi, tiếp thu các ý kiến, kiến nghị, phản ánh của Nhân dân và kết luận nội dung đối thoại.',
        ],
      },
      {
        heading: 'Nhiệm vụ sau đối thoại',
        paragraphs: [
          'Trong thời hạn 07 ngày làm việc kể từ khi kết thúc cuộc đối thoại, Thông báo kết luận phải được người chủ trì đối thoại xem xét, ban hành.',
          'Thông báo kết luận được đăng trên Trang thông tin điện tử của xã và niêm yết công khai tại Trụ sở Ủy ban nhân dân xã.',
          'Trả lời bằng văn bản kết quả giải quyết kiến nghị, phản ánh cho tổ chức, cá nhân nêu trong Thông báo kết luận (nếu có) và báo cáo người chủ trì tổ chức đối thoại kết quả thực hiện. Thời hạn trả lời chậm nhất là 30 ngày sau khi kết thúc đối thoại. Trường hợp cần có thêm thời gian để xem xét, giải quyết kiến nghị, phản ánh của tổ chức, cá nhân thì cơ quan tiếp nhận phải thông báo cho tổ chức, cá nhân biết rõ lý do.',
        ],
      },
    ],
    format: 'in-person',
    timing: {
      kind: 'window',
      from: '2025-07-01',
      to: '2025-12-31',
      note: 'UBND xã ban hành Thông báo cụ thể sau',
    },
    chairs: [{ role: 'chair', position: 'Chủ tịch Ủy ban nhân dân xã', name: 'Nguyễn Thị Tình' }],
    participantGroups: [
      {
        kind: 'specialised-bodies',
        description:
          'Thủ trưởng các cơ quan chuyên môn và đơn vị trực thuộc có liên quan đến nội dung đối thoại',
        ...none(),
      },
      {
        kind: 'front-and-organisations',
        description:
          'Đại diện lãnh đạo Đảng ủy, Hội đồng nhân dân, Ủy ban Mặt trận Tổ Quốc Việt Nam và các tổ chức chính trị - xã hội xã (mời tham gia, giám sát)',
        ...none(),
      },
      { kind: 'citizens', description: 'Nhân dân trên địa bàn xã', ...none() },
    ],
    tasks: [
      {
        assignee: 'Phòng Kinh tế',
        organisationKind: 'department',
        isRequest: false,
        duties: [
          'Chuẩn bị báo cáo tóm tắt tình hình kinh tế - xã hội, an ninh, quốc phòng 9 tháng đầu năm và nhiệm vụ trọng tâm 3 tháng cuối năm 2025 trên địa bàn xã để Chủ tịch UBND xã thông tin tại các Hội nghị đối thoại.',
        ],
      },
      {
        assignee: 'Văn phòng HĐND và UBND xã',
        organisationKind: 'government-office',
        isRequest: false,
        duties: [
          'Tham mưu dự kiến chương trình, địa điểm, nội dung, hình thức, thành phần tham dự đối thoại và chuẩn bị các điều kiện tổ chức đối thoại.',
          'Thông báo công khai hình thức, thời gian, địa điểm, thành phần, nội dung đối thoại cho Nhân dân biết trong thời gian ít nhất 07 ngày làm việc trước khi tổ chức đối thoại.',
          'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan dự thảo thông báo kết luận của Chủ tịch UBND xã và trình Chủ tịch UBND xã xem xét, ban hành để làm cơ sở cho các cơ quan, tổ chức, đơn vị, cá nhân liên quan lãnh đạo, chỉ đạo và tổ chức thực hiện.',
          'Lập danh mục kiến nghị của Nhân dân, theo dõi tiến độ giải quyết, báo cáo Chủ tịch UBND xã định kỳ hàng tháng; đồng thời, tổng hợp, báo cáo tình hình và kết quả đối thoại cho cấp trên theo quy định.',
        ],
      },
      {
        assignee: 'Trung tâm Cung ứng Dịch vụ công',
        organisationKind: 'public-service-centre',
        isRequest: false,
        duties: ['Thông báo rộng rãi về việc tổ chức đối thoại.'],
      },
      {
        assignee: 'Công an xã',
        organisationKind: 'police',
        isRequest: false,
        duties: [
          'Có trách nhiệm đảm bảo an ninh, trật tự hoạt động đối thoại theo đúng quy định của pháp luật.',
        ],
      },
      {
        assignee: 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã',
        organisationKind: 'fatherland-front',
        isRequest: true,
        duties: [
          'Phối hợp chặt chẽ với các thôn vận động đoàn viên, hội viên và Nhân dân tích cực tham gia hoạt động đối thoại.',
          'Nắm bắt tâm tư, nguyện vọng của Nhân dân để đề xuất nội dung đối thoại với Chủ tịch UBND xã.',
          'Tham gia cuộc đối thoại của Chủ tịch UBND xã khi được mời và giải quyết những việc liên quan sau đối thoại.',
          'Giám sát, phản biện việc thực hiện những kết luận sau đối thoại.',
        ],
      },
      {
        assignee: 'Thủ trưởng các cơ quan, đơn vị thuộc UBND xã',
        organisationKind: 'department',
        isRequest: false,
        duties: [
          'Tham dự Hội nghị và trực tiếp trả lời các nội dung kiến nghị liên quan đến lĩnh vực quản lý (khi được chủ trì Hội nghị yêu cầu).',
          'Triển khai thực hiện Kế hoạch theo chức năng, nhiệm vụ và xử lý những khiếu nại, tố cáo, kiến nghị, phản ánh của Nhân dân; trực tiếp chỉ đạo giải quyết kiến nghị trong phạm vi thẩm quyền, trường hợp vượt thẩm quyền báo cáo UBND xã theo quy định.',
        ],
      },
      {
        assignee: 'Các Trưởng thôn trên địa bàn xã',
        organisationKind: 'village',
        isRequest: false,
        duties: [
          'Kịp thời nắm bắt tâm tư, nguyện vọng, những vấn đề bức xúc của Nhân dân tại thôn, báo cáo UBND xã (qua Văn phòng HĐND&UBND xã) trước khi tổ chức buổi đối thoại để có hướng chỉ đạo, giải quyết.',
          'Phối hợp với các cơ quan liên quan chuẩn bị chu đáo các điều kiện cần thiết phục vụ Chủ tịch UBND xã đối thoại với Nhân dân.',
          'Thông tin kịp thời kết quả trả lời các phản ánh, kiến nghị chính đáng của Nhân dân.',
        ],
      },
    ],
    recipients: [
      { name: 'TT Đảng ủy xã', purpose: 'none' },
      { name: 'TT HĐND xã', purpose: 'none' },
      { name: 'Mặt trận TQVN, các tổ chức CT-XH xã', purpose: 'none' },
      { name: 'CT, các PCT UBND xã', purpose: 'none' },
      { name: 'Các phòng ban, đơn vị thuộc xã', purpose: 'none' },
      { name: 'Công an, BCH Quân sự xã', purpose: 'none' },
      { name: 'Trưởng các thôn trên địa bàn xã', purpose: 'none' },
      { name: 'CPVP, CV', purpose: 'none' },
      { name: 'Lưu VT', purpose: 'archive' },
    ],
    scheduleOverrides: [],
    signer: {
      name: 'Nguyễn Thị Tình',
      title: 'chair',
      authority: 'on-behalf-of-peoples-committee',
    },
    returnComments: [],
    carriedOverPetitionIds: [],
  };
}
