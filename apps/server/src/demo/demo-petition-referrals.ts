import type { Competence, PetitionField, PetitionKind } from '@doithoai/domain';
import type { PetitionTemplate } from './demo-petition-texts.js';

// Matters the commune does not decide (seed 004 §II.3): beyond its authority, reported to the
// competent level; another body's responsibility, the citizen is guided to it. Slots as in
// `demo-petition-texts.ts`.

const r = (
  competence: Exclude<Competence, 'commune'>,
  field: PetitionField,
  kind: PetitionKind,
  referredTo: string,
  text: string,
  answer: string,
): PetitionTemplate => ({
  field,
  kind,
  competence,
  complexity: 'complex',
  text,
  answer,
  referredTo,
});

/** Beyond the commune's authority: reported upward (Tỉnh, Sở, Ban quản lý dự án). */
export const UPPER_LEVEL_TEMPLATES: readonly PetitionTemplate[] = [
  r(
    'upper-level',
    'land-environment',
    'request',
    'Ban Quản lý dự án đầu tư xây dựng {province}',
    'Dự án mở rộng đường tỉnh qua {village} đã thu hồi đất của gia đình tôi nhưng đơn giá bồi thường, hỗ trợ thấp hơn nhiều so với giá chuyển nhượng thực tế. Đề nghị xem xét lại đơn giá bồi thường.',
    'Ban Quản lý dự án trả lời: đơn giá bồi thường áp dụng theo bảng giá đất và hệ số điều chỉnh do UBND tỉnh ban hành; Ban đã đề nghị Hội đồng bồi thường rà soát lại hạng đất của thửa đất.',
  ),
  r(
    'upper-level',
    'land-environment',
    'opinion',
    'Sở Nông nghiệp và Môi trường {province}',
    'Giá đất ở tại khu vực {village} trong bảng giá đất năm {year} cao hơn hẳn khu vực liền kề, người dân làm thủ tục chuyển mục đích phải nộp tiền sử dụng đất rất lớn. Đề nghị cấp có thẩm quyền xem xét điều chỉnh.',
    'Sở Nông nghiệp và Môi trường trả lời: ý kiến được tổng hợp để tham mưu điều chỉnh bảng giá đất kỳ tới; vị trí thửa đất được xác định theo tuyến đường tiếp giáp.',
  ),
  r(
    'upper-level',
    'infrastructure',
    'request',
    'Sở Xây dựng {province}',
    'Cầu tràn qua suối ở {village} xuống cấp, mùa mưa nước ngập sâu, học sinh không đến trường được. Đề nghị đầu tư xây cầu mới.',
    'Sở Xây dựng trả lời: công trình đã được đưa vào danh mục đề xuất đầu tư công trung hạn của tỉnh; trước mắt xã bố trí người hướng dẫn qua tràn khi nước lên.',
  ),
  r(
    'upper-level',
    'infrastructure',
    'request',
    'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn {province}',
    'Nước giếng ở {village} nhiễm phèn, nhiều hộ phải mua nước bình để ăn uống. Đề nghị đầu tư công trình cấp nước sạch tập trung.',
    'Trung tâm Nước sạch trả lời: đã khảo sát nguồn nước, đề xuất mở rộng mạng cấp nước của trạm gần nhất tới {village} trong kế hoạch năm tới.',
  ),
  r(
    'upper-level',
    'security-order',
    'request',
    'Sở Xây dựng {province}',
    'Nút giao giữa quốc lộ và đường vào {village} không có đèn tín hiệu, đã xảy ra nhiều vụ tai nạn. Đề nghị lắp đặt đèn tín hiệu và biển cảnh báo.',
    'Sở Xây dựng trả lời: đã bổ sung biển cảnh báo, gờ giảm tốc; đèn tín hiệu sẽ lắp trong đợt cải tạo nút giao năm tới.',
  ),
  r(
    'upper-level',
    'social-policy',
    'request',
    'Sở Nội vụ {province}',
    'Hồ sơ đề nghị xác nhận liệt sĩ của chú tôi, hy sinh năm 1979, đã nộp nhiều năm chưa có kết quả. Đề nghị cơ quan có thẩm quyền xem xét giải quyết.',
    'Sở Nội vụ trả lời: hồ sơ còn thiếu giấy tờ gốc chứng minh thời gian công tác; Sở đã đề nghị cơ quan quân sự xác minh và sẽ thông báo kết quả cho gia đình.',
  ),
  r(
    'upper-level',
    'culture-education-health',
    'report',
    'Sở Y tế {province}',
    'Trạm y tế xã thường xuyên thiếu thuốc bảo hiểm y tế cho người bệnh mãn tính, người dân phải mua ngoài. Đề nghị bảo đảm đủ thuốc.',
    'Sở Y tế trả lời: đã chỉ đạo Trung tâm Y tế khu vực điều chuyển thuốc và bổ sung danh mục thuốc cho trạm y tế xã.',
  ),
];

/** Another body's responsibility: the citizen is guided to it (điện lực, nhà mạng, tòa án…). */
export const OTHER_BODY_TEMPLATES: readonly PetitionTemplate[] = [
  r(
    'other-body',
    'infrastructure',
    'report',
    'Công ty Điện lực {province}',
    'Điện áp ở cuối {village} yếu, thường xuyên mất điện vào giờ cao điểm, ảnh hưởng sinh hoạt và máy bơm tưới. Đề nghị nâng cấp trạm biến áp.',
    'Xã đã hướng dẫn công dân và chuyển phản ánh tới Điện lực; Điện lực trả lời sẽ san tải, thay dây hạ thế cuối tuyến trong quý tới.',
  ),
  r(
    'other-body',
    'infrastructure',
    'request',
    'Viettel {province} và VNPT {province}',
    'Sóng điện thoại, internet ở {village} rất yếu, học sinh học trực tuyến và bà con làm thủ tục qua mạng rất khó khăn. Đề nghị các nhà mạng lắp thêm trạm phát sóng.',
    'Xã đã hướng dẫn và gửi kiến nghị tới các nhà mạng; nhà mạng cho biết sẽ khảo sát vị trí đặt trạm phát sóng mới tại khu vực.',
  ),
  r(
    'other-body',
    'security-order',
    'request',
    'Tòa án nhân dân khu vực',
    'Tôi cho một người cùng thôn vay 50 triệu đồng từ năm {prevYear}, có giấy biên nhận, nhưng đến nay không trả. Đề nghị xã giải quyết buộc người vay trả nợ.',
    'Đây là tranh chấp dân sự; Tổ hòa giải thôn đã hòa giải không thành, xã hướng dẫn công dân gửi đơn khởi kiện đến Tòa án nhân dân khu vực kèm giấy biên nhận.',
  ),
  r(
    'other-body',
    'land-environment',
    'question',
    'Chi nhánh Văn phòng đăng ký đất đai khu vực',
    'Gia đình tôi muốn tách thửa để chia đất cho các con nhưng không rõ điều kiện, hồ sơ và nộp ở đâu. Đề nghị được hướng dẫn.',
    'Xã đã hướng dẫn công dân lập hồ sơ tách thửa nộp tại Chi nhánh Văn phòng đăng ký đất đai khu vực qua bộ phận một cửa; diện tích tối thiểu theo quyết định của UBND tỉnh.',
  ),
  r(
    'other-body',
    'social-policy',
    'question',
    'Bảo hiểm xã hội khu vực',
    'Tôi đã nghỉ việc ở công ty được hai năm, muốn nhận bảo hiểm xã hội một lần thì làm thủ tục ở đâu, cần những giấy tờ gì?',
    'Xã đã hướng dẫn công dân nộp hồ sơ tại Bảo hiểm xã hội khu vực hoặc trực tuyến trên Cổng dịch vụ công quốc gia, kèm sổ bảo hiểm xã hội và căn cước.',
  ),
  r(
    'other-body',
    'economy',
    'question',
    'Ngân hàng Chính sách xã hội khu vực',
    'Hợp tác xã muốn vay vốn mở rộng sản xuất nhưng không có tài sản thế chấp. Đề nghị hướng dẫn chính sách tín dụng ưu đãi.',
    'Xã đã hướng dẫn hợp tác xã liên hệ Ngân hàng Chính sách xã hội khu vực về chương trình cho vay tạo việc làm và Quỹ hỗ trợ phát triển hợp tác xã của tỉnh.',
  ),
];
