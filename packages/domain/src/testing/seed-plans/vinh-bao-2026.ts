import type { Plan } from '../../plans/plan.schema.js';
import { ADMIN_UNITS } from '../admin-units.js';

const COMMUNE = ADMIN_UNITS.vinhBao.code;
/** A group with no fixed quota. */
const none = () => ({
  quotaAllocation: 'none' as const,
  composition: [],
  villageQuotas: [],
  namedGuests: [],
});

/**
 * Seed 003: the Party committee of Vĩnh Bảo commune (Hải Phòng), 2026: a window (Quý III,
 * finished before 30/10/2026, so by 29/10) instead of a date; villages register within the
 * quota each is allocated — not yet allocated in the plan, so `villageQuotas` is empty.
 *
 * @example vinhBao2026Plan().timing // { kind: 'window', from: '2026-07-01', to: '2026-10-29', note: '…' }
 */
export function vinhBao2026Plan(): Plan {
  return {
    id: 'plan-vinh-bao-2026',
    status: 'submitted',
    adminUnitCode: COMMUNE,
    issuer: { kind: 'party-committee', name: 'Đảng ủy xã Vĩnh Bảo', adminUnitCode: COMMUNE },
    documentSymbol: 'KH/ĐU',
    title:
      'Thực hiện công tác đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026',
    year: 2026,
    legalBases: [
      {
        relation: 'legal-basis',
        documentType: 'decision',
        reference: '218-QĐ/TW',
        issuedOn: '2013-12-12',
        issuer: 'Bộ Chính trị',
        title:
          'ban hành quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền',
      },
      // Seed 003 cites 11-QĐi/TW without its title; the title is seed 000's citation of the same document.
      {
        relation: 'legal-basis',
        documentType: 'regulation',
        reference: '11-QĐi/TW',
        issuedOn: '2019-02-18',
        issuer: 'Bộ Chính trị',
        title:
          'quy định về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị của dân',
      },
      {
        relation: 'legal-basis',
        documentType: 'regulation',
        reference: '380-QĐ/TU',
        issuedOn: '2021-09-13',
        issuer: 'Ban Thường vụ Thành ủy Hải Phòng',
        title: 'về tiếp nhận, xử lý đơn, thư, tiếp đảng viên và công dân',
      },
      {
        relation: 'legal-basis',
        documentType: 'decision',
        reference: '1155-QĐ/TU',
        issuedOn: '2023-10-20',
        issuer: 'Ban Thường vụ Thành ủy Hải Phòng',
        title:
          'ban hành Quy chế đối thoại giữa người đứng đầu cấp ủy, chính quyền các cấp với Nhân dân (sửa đổi, bổ sung)',
      },
      {
        relation: 'legal-basis',
        documentType: 'guidance',
        reference: '13-HD/BTGDVTU',
        issuedOn: '2025-08-06',
        issuer: 'Ban Tuyên giáo và Dân vận Thành ủy',
        title:
          'thực hiện công tác đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với Nhân dân năm 2025 (sau hợp nhất)',
      },
      {
        relation: 'implements',
        documentType: 'resolution',
        reference: '04-NQ/ĐU',
        issuedOn: '2025-12-16',
        issuer: 'Ban Chấp hành Đảng bộ xã Vĩnh Bảo',
        title:
          'về phương hướng, nhiệm vụ, giải pháp năm 2026 và Chương trình công tác của Đảng ủy, Ban Thường vụ Đảng ủy năm 2026',
      },
    ],
    regulationProfileId: 'hai-phong-1155-qd-tu-2023',
    purposes: [
      'Tổ chức hội nghị đối thoại để người đứng đầu cấp ủy, chính quyền xã lắng nghe tâm tư, nguyện vọng và ý kiến đóng góp, phản ánh của đảng viên, đoàn viên, hội viên và Nhân dân; góp phần củng cố mối quan hệ mật thiết giữa Đảng với Nhân dân. Qua đối thoại người đứng đầu cấp ủy, chính quyền xã xem xét, cho chủ trương, định hướng giải quyết những vấn đề Nhân dân quan tâm ở địa phương, đồng thời góp phần đổi mới phương thức lãnh đạo của cấp ủy đảng, chính quyền.',
      'Tuyên truyền, phổ biến chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và của địa phương, góp phần củng cố, tăng cường sự thống nhất về tư tưởng chính trị, đồng thuận xã hội và khối đại đoàn kết toàn dân.',
    ],
    requirements: [
      'Việc tổ chức đối thoại phải đúng quy định của Đảng và chính sách, pháp luật của Nhà nước, quy chế làm việc của cấp ủy, chính quyền; đảm bảo dân chủ, công khai, minh bạch, khách quan, hiệu quả, tránh hình thức; đề cao trách nhiệm của người đứng đầu cấp ủy, chính quyền trong công tác đối thoại trực tiếp với Nhân dân.',
    ],
    // §II.2 "Phạm vi": xây dựng Đảng, MTTQ và đoàn thể, kinh tế - xã hội, quốc phòng - an ninh.
    topics: [
      { field: 'party-building', label: 'Công tác xây dựng Đảng, MTTQ và đoàn thể' },
      { field: 'economy', label: 'Kinh tế - xã hội' },
      { field: 'security-order', label: 'Quốc phòng - an ninh' },
    ],
    contentSections: [
      {
        heading: 'Nội dung đối thoại',
        paragraphs: [
          'Thông báo cho đảng viên và Nhân dân về tình hình phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, công tác xây dựng Đảng và những vấn đề quan trọng của địa phương trong năm.',
          'Nghe ý kiến phản ánh, đóng góp, trao đổi của Nhân dân về các chủ trương, chính sách quan trọng của cấp ủy, chính quyền địa phương; sự lãnh đạo, chỉ đạo của các cấp ủy đảng, sự quản lý, điều hành của chính quyền, hoạt động của Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội trên địa bàn xã; mối quan hệ giữa cấp ủy, tổ chức đảng, chính quyền với Nhân dân; đạo đức, lối sống, thái độ, tinh thần trách nhiệm thực thi công vụ của cán bộ, đảng viên, công chức, viên chức.',
          'Trực tiếp chỉ đạo, giải quyết những vấn đề Nhân dân quan tâm, bức xúc, có đề xuất, kiến nghị, hiến kế.',
        ],
      },
    ],
    format: 'in-person',
    timing: {
      kind: 'window',
      from: '2026-07-01',
      to: '2026-10-29',
      note: 'Quý III năm 2026; kết thúc trước ngày 30/10/2026',
    },
    venue: { name: 'Trung tâm Văn hoá Nguyễn Bình Khiêm' },
    chairs: [
      { role: 'chair', position: 'Bí thư Đảng ủy' },
      { role: 'chair', position: 'Chủ tịch UBND xã' },
    ],
    participantGroups: [
      {
        kind: 'upper-level-guests',
        description:
          'Đại biểu thành phố: đại diện lãnh đạo Ban Tuyên giáo và Dân vận Thành ủy, Văn phòng Thành ủy, Ủy ban MTTQ Việt Nam thành phố; lãnh đạo cơ quan, đơn vị phụ trách xã',
        ...none(),
        namedGuests: [
          {
            name: 'Đào Trọng Đức',
            position:
              'Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực Hội đồng nhân dân thành phố (phụ trách xã)',
          },
        ],
      },
      {
        kind: 'leadership',
        description:
          'Đồng chí Bí thư Đảng ủy, Chủ tịch UBND xã (Chủ trì); đồng chí Phó Bí thư Thường trực Đảng ủy; các đồng chí Ủy viên Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND',
        ...none(),
      },
      {
        kind: 'front-and-organisations',
        description:
          'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội; trưởng, phó các ngành, trưởng các hội quần chúng',
        ...none(),
      },
      {
        kind: 'villages',
        description:
          'Bí thư các chi bộ, Trưởng ban Công tác Mặt trận, trưởng thôn, đại biểu Nhân dân đăng ký đối thoại (theo số lượng được phân bổ của từng thôn)',
        ...none(),
        quotaAllocation: 'per-village',
      },
    ],
    tasks: [
      {
        assignee: 'Ban Xây dựng Đảng, Trung tâm Dịch vụ sự nghiệp công',
        organisationKind: 'party-advisory-body',
        isRequest: false,
        duties: [
          'Chủ động thực hiện công tác tuyên truyền, nắm bắt, định hướng dư luận xã hội trước, trong và sau Hội nghị đối thoại của người đứng đầu cấp ủy, chính quyền với Nhân dân; trả lời các câu hỏi có liên quan.',
        ],
      },
      {
        assignee: 'Văn phòng Đảng ủy',
        organisationKind: 'party-office',
        isRequest: false,
        duties: [
          'Phối hợp Văn phòng HĐND và UBND xã tham mưu xây dựng kế hoạch tổ chức Hội nghị đối thoại, tổng hợp kết quả đối thoại; chuẩn bị nội dung, cơ sở vật chất, mời các thành phần tham dự Hội nghị đối thoại; phối hợp với Ban Xây dựng Đảng theo dõi, đôn đốc, giám sát việc triển khai thực hiện kế hoạch đối thoại.',
        ],
      },
      {
        assignee: 'Ủy ban MTTQ Việt Nam xã',
        organisationKind: 'fatherland-front',
        isRequest: false,
        duties: [
          'Chủ trì, phối hợp với các đoàn thể chính trị - xã hội nắm tình hình, dư luận xã hội trước khi tổ chức đối thoại để tham mưu nội dung, hình thức, thời gian đối thoại phù hợp; tiến hành khảo sát, tổng hợp các ý kiến, kiến nghị của Nhân dân báo cáo Ban Thường vụ Đảng ủy; trả lời các câu hỏi có liên quan.',
        ],
      },
      {
        assignee: 'Ủy ban nhân dân xã',
        organisationKind: 'peoples-committee',
        isRequest: false,
        duties: [
          'Chỉ đạo các công chức chuyên môn, cán bộ liên quan chuẩn bị nội dung, trả lời, giải đáp những ý kiến, kiến nghị của Nhân dân liên quan đến lĩnh vực quản lý nhà nước thuộc thẩm quyền đối thoại.',
          'Tổng hợp kết quả giải quyết, trả lời đối thoại báo cáo ban Thường vụ Đảng ủy.',
        ],
      },
      {
        assignee: 'Công an xã',
        organisationKind: 'police',
        isRequest: false,
        duties: [
          'Chủ trì phối hợp với các ngành liên quan đảm bảo tình hình an ninh chính trị, trật tự an toàn xã hội khi tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân; trả lời các câu hỏi có liên quan.',
        ],
      },
      {
        assignee: 'Các chi bộ thôn',
        organisationKind: 'party-cell',
        isRequest: false,
        duties: [
          'Các Chi ủy chi bộ có trách nhiệm thông báo, phổ biến đến cán bộ, đảng viên và Nhân dân biết nội dung của Kế hoạch này. Các đồng chí Bí thư Chi bộ, Trưởng ban Công tác Mặt trận, trưởng thôn nắm bắt tâm tư, nguyện vọng của Nhân dân, các đối tượng có nhu cầu đối thoại theo kế hoạch; tiếp nhận đăng ký và nội dung đối thoại (câu hỏi hoặc vấn đề thông tin, trao đổi...) để tổng hợp, lập danh sách theo số lượng được phân bổ của đơn vị mình gửi về Thường trực Đảng ủy.',
        ],
      },
    ],
    recipients: [
      { name: 'Ban Tuyên giáo và Dân vận Thành ủy', purpose: 'to-report' },
      { name: 'Thường trực Đảng ủy', purpose: 'none' },
      { name: 'Thường trực HĐND, lãnh đạo UBND xã', purpose: 'none' },
      { name: 'MTTQ và các đoàn thể', purpose: 'none' },
      { name: 'Các chi, đảng bộ trực thuộc', purpose: 'none' },
      { name: 'Các đồng chí Ủy viên BCH Đảng bộ', purpose: 'none' },
      { name: 'Lưu Văn phòng Đảng ủy', purpose: 'archive' },
    ],
    scheduleOverrides: [],
    signer: {
      name: 'Bùi Thị Lý',
      title: 'deputy-secretary',
      authority: 'on-behalf-of-standing-committee',
    },
    returnComments: [],
    carriedOverPetitionIds: [],
  };
}
