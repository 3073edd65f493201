import type { Competence, Complexity, PetitionField, PetitionKind } from '@doithoai/domain';

// What residents raise at a commune dialogue, in their words, by field (lĩnh vực): the topics
// the seeds name (land, security, administrative procedures, social policy) and what commune
// offices hear every year (rural roads, clean water, electricity, schools, the environment).
// Slots: {village} "Thôn 05", {commune} "Chợ Mới", {province} "tỉnh Thái Nguyên", {year}.

export interface PetitionTemplate {
  field: PetitionField;
  kind: PetitionKind;
  competence: Competence;
  complexity: Complexity;
  text: string;
  /** What the responsible body answers (or, for a referred matter, what the other level replies). */
  answer: string;
  /** The competent level or body, for a matter the commune does not decide. */
  referredTo?: string;
}

const t = (
  field: PetitionField,
  kind: PetitionKind,
  complexity: Complexity,
  text: string,
  answer: string,
): PetitionTemplate => ({ field, kind, competence: 'commune', complexity, text, answer });

/** Matters within the commune's authority: a department prepares the answer. */
export const COMMUNE_TEMPLATES: readonly PetitionTemplate[] = [
  t(
    'land-environment',
    'question',
    'complex',
    'Gia đình tôi nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất (sổ đỏ) cho thửa đất ở tại {village} từ năm {prevYear} nhưng đến nay chưa được cấp. Đề nghị xã cho biết hồ sơ đang vướng ở khâu nào và bao giờ có kết quả.',
    'Hồ sơ của gia đình còn thiếu bản trích đo địa chính thửa đất; Phòng Kinh tế đã phối hợp Chi nhánh Văn phòng đăng ký đất đai đo đạc bổ sung, dự kiến trình cấp Giấy chứng nhận trong tháng tới.',
  ),
  t(
    'land-environment',
    'request',
    'complex',
    'Ranh giới giữa thửa đất của gia đình tôi và hộ liền kề ở {village} chưa được đo đạc lại sau khi mở rộng đường, hai bên tranh chấp đã nhiều năm. Đề nghị xã tổ chức hòa giải, đo đạc và cắm mốc lại ranh giới.',
    'UBND xã giao Phòng Kinh tế phối hợp Tổ hòa giải thôn đo đạc hiện trạng, đối chiếu bản đồ địa chính và tổ chức hòa giải giữa hai hộ; kết quả sẽ thông báo bằng văn bản.',
  ),
  t(
    'land-environment',
    'question',
    'standard',
    'Nhiều hộ ở {village} muốn chuyển mục đích sử dụng từ đất vườn sang đất ở nhưng không biết khu vực này có nằm trong quy hoạch đất ở đến năm 2030 hay không. Đề nghị xã công khai quy hoạch.',
    'Quy hoạch sử dụng đất đến năm 2030 đã được niêm yết tại trụ sở xã và nhà văn hóa thôn; phần lớn diện tích đất vườn liền kề đất ở tại thôn thuộc khu vực được chuyển mục đích, hộ gia đình nộp hồ sơ tại Trung tâm phục vụ hành chính công.',
  ),
  t(
    'land-environment',
    'report',
    'standard',
    'Bãi rác tự phát ở đầu {village} gây ô nhiễm, bốc mùi, ruồi muỗi nhiều, nhất là mùa nắng. Đề nghị xã bố trí điểm tập kết và lịch thu gom rác thải sinh hoạt định kỳ.',
    'Xã đã chỉ đạo dọn dẹp bãi rác tự phát, bố trí điểm tập kết có mái che và hợp đồng thu gom rác 2 lần/tuần; thôn đưa nội dung giữ vệ sinh chung vào hương ước.',
  ),
  t(
    'land-environment',
    'report',
    'standard',
    'Một số hộ chăn nuôi lợn tại {village} xả nước thải chưa qua xử lý ra mương chung, ảnh hưởng đến ruộng lúa phía dưới. Đề nghị xã kiểm tra, xử lý dứt điểm.',
    'Đoàn kiểm tra của xã đã lập biên bản, yêu cầu các hộ xây bể biogas, hố lắng trước khi xả thải và cam kết hoàn thành trong 60 ngày; tái phạm sẽ xử phạt theo quy định.',
  ),
  t(
    'security-order',
    'report',
    'standard',
    'Thanh thiếu niên thường tụ tập, đua xe máy vào ban đêm trên tuyến đường qua {village}, gây mất an ninh trật tự và nguy hiểm cho người đi đường. Đề nghị Công an xã tăng cường tuần tra.',
    'Công an xã đã bố trí tổ tuần tra vào các tối cuối tuần trên tuyến đường, phối hợp nhà trường và gia đình quản lý con em; các trường hợp vi phạm được xử lý theo quy định.',
  ),
  t(
    'security-order',
    'report',
    'standard',
    'Gần đây ở {village} xảy ra nhiều vụ trộm cắp gà, vịt, máy bơm nước ngoài đồng. Đề nghị tăng cường tuần tra ban đêm và hướng dẫn bà con lắp camera.',
    'Công an xã đã xác minh 3 vụ việc, phối hợp tổ bảo vệ an ninh trật tự ở cơ sở tuần tra ban đêm, vận động các hộ lắp camera kết nối theo mô hình "Camera an ninh".',
  ),
  t(
    'security-order',
    'request',
    'standard',
    'Nhiều người dân {village} nhận được cuộc gọi giả danh công an, ngân hàng yêu cầu chuyển tiền hoặc cài ứng dụng lạ. Đề nghị tuyên truyền cách nhận biết và phòng tránh lừa đảo qua mạng.',
    'Công an xã đã tổ chức tuyên truyền tại các thôn, phát trên loa truyền thanh và nhóm Zalo thôn về các thủ đoạn lừa đảo; người dân nghi ngờ thì báo ngay cho Công an xã.',
  ),
  t(
    'security-order',
    'report',
    'standard',
    'Xe tải chở đất đá chạy quá tốc độ, làm rơi vãi đất cát trên đường liên thôn qua {village}, trời mưa rất trơn. Đề nghị kiểm tra, xử lý các chủ xe.',
    'Công an xã phối hợp kiểm tra, lập biên bản 2 phương tiện vi phạm, yêu cầu chủ công trình phủ bạt, rửa xe trước khi ra đường và khơi thông mặt đường.',
  ),
  t(
    'security-order',
    'request',
    'standard',
    'Đề nghị bố trí lực lượng bảo đảm an toàn giao thông trước cổng trường tiểu học ở {village} vào giờ tan học, phụ huynh dừng đỗ xe tràn ra đường.',
    'Công an xã phối hợp nhà trường bố trí lực lượng phân luồng vào giờ tan học, kẻ vạch dừng đỗ xe cho phụ huynh trước cổng trường.',
  ),
  t(
    'administrative-procedures',
    'question',
    'standard',
    'Khi làm thủ tục cấp bản sao trích lục khai sinh cho con trên Cổng dịch vụ công, hồ sơ nhiều lần báo lỗi, tôi phải đi lại nhiều lần. Đề nghị xã hướng dẫn cụ thể và bố trí cán bộ hỗ trợ.',
    'Trung tâm đã bố trí cán bộ hỗ trợ nộp hồ sơ trực tuyến tại bộ phận một cửa; lỗi do tài khoản định danh chưa xác thực mức 2, người dân mang căn cước đến để được kích hoạt.',
  ),
  t(
    'administrative-procedures',
    'request',
    'standard',
    'Sau khi sắp xếp đơn vị hành chính, người dân {village} phải đi xa hơn để làm thủ tục. Đề nghị bố trí điểm tiếp nhận hồ sơ lưu động tại thôn một số ngày trong tháng.',
    'Từ tháng tới, Trung tâm tổ chức tiếp nhận hồ sơ lưu động tại nhà văn hóa thôn vào thứ Năm tuần thứ hai hằng tháng; lịch được thông báo trên loa truyền thanh.',
  ),
  t(
    'administrative-procedures',
    'opinion',
    'standard',
    'Thủ tục chứng thực hợp đồng chuyển nhượng đất tại xã còn chậm, phải đi lại nhiều lần mới xong. Đề nghị niêm yết công khai thành phần hồ sơ và thời gian giải quyết.',
    'Thành phần hồ sơ, phí và thời hạn giải quyết đã được niêm yết tại bộ phận một cửa và đăng trên trang thông tin điện tử của xã; chứng thực hợp đồng được trả trong ngày làm việc.',
  ),
  t(
    'administrative-procedures',
    'question',
    'standard',
    'Sau khi đổi tên xã, người dân có phải làm lại căn cước, sổ đỏ, giấy đăng ký xe hay không? Đề nghị xã hướng dẫn rõ để bà con khỏi lo lắng.',
    'Giấy tờ đã cấp vẫn có giá trị sử dụng, người dân không bắt buộc làm lại; khi có nhu cầu cập nhật thì được giải quyết miễn phí theo hướng dẫn của cấp trên.',
  ),
  t(
    'administrative-procedures',
    'request',
    'standard',
    'Người cao tuổi ở {village} không sử dụng được điện thoại thông minh để nộp hồ sơ trực tuyến. Đề nghị có hình thức hỗ trợ tận nơi cho người già, người khuyết tật.',
    'Tổ công nghệ số cộng đồng ở thôn được giao hỗ trợ tận nhà; Trung tâm tiếp nhận hồ sơ giấy cho người cao tuổi, người khuyết tật không có khả năng nộp trực tuyến.',
  ),
  t(
    'social-policy',
    'question',
    'standard',
    'Gia đình tôi thuộc hộ cận nghèo năm {year} nhưng đến nay chưa nhận được thẻ bảo hiểm y tế. Đề nghị xã cho biết khi nào được cấp và cần bổ sung giấy tờ gì.',
    'Danh sách hộ cận nghèo đã được gửi Bảo hiểm xã hội; thẻ của gia đình đã in, trưởng thôn nhận và phát trong tuần, không cần bổ sung giấy tờ.',
  ),
  t(
    'social-policy',
    'request',
    'complex',
    'Nhà tôi là nhà tạm, mái tôn đã mục, mùa mưa bão rất nguy hiểm. Gia đình thuộc hộ nghèo, đề nghị xã xem xét đưa vào danh sách hỗ trợ xóa nhà tạm, nhà dột nát.',
    'Gia đình đủ điều kiện và đã được đưa vào danh sách hỗ trợ xóa nhà tạm, nhà dột nát đợt tới với mức hỗ trợ theo quy định; Mặt trận và thôn vận động thêm ngày công.',
  ),
  t(
    'social-policy',
    'question',
    'standard',
    'Bố tôi đủ 80 tuổi từ đầu năm nhưng đến nay chưa được hưởng trợ cấp xã hội hằng tháng. Đề nghị xã kiểm tra lại hồ sơ.',
    'Hồ sơ đã được thẩm định, Chủ tịch UBND xã đã ký quyết định hưởng trợ cấp; cụ được nhận từ tháng tiếp theo và được truy lĩnh từ tháng đủ điều kiện.',
  ),
  t(
    'social-policy',
    'opinion',
    'complex',
    'Việc bình xét hộ nghèo năm {year} ở {village} chưa công khai, minh bạch; một số hộ có điều kiện kinh tế vẫn có tên. Đề nghị rà soát lại.',
    'Xã đã tổ chức rà soát lại theo đúng quy trình, họp dân công khai tại thôn; 2 hộ không đủ điều kiện đã được đưa ra khỏi danh sách.',
  ),
  t(
    'infrastructure',
    'request',
    'standard',
    'Đoạn đường bê tông từ trung tâm {village} ra khu sản xuất bị sạt lở sau đợt mưa lũ, xe máy chở lúa không đi qua được. Đề nghị xã khảo sát, hỗ trợ xi măng để bà con góp công sửa chữa.',
    'Xã đã khảo sát, hỗ trợ 40 tấn xi măng theo cơ chế Nhà nước và Nhân dân cùng làm; thôn huy động ngày công, dự kiến thông tuyến trước vụ thu hoạch.',
  ),
  t(
    'infrastructure',
    'request',
    'standard',
    'Mương thoát nước dọc đường liên thôn đoạn qua {village} bị bồi lấp, mưa lớn là nước tràn vào nhà dân. Đề nghị xã cho nạo vét trước mùa mưa.',
    'Xã đã đưa việc nạo vét mương vào kế hoạch duy tu năm nay, giao thôn tổ chức ra quân và bố trí kinh phí thuê máy xúc các đoạn bồi lấp nặng.',
  ),
  t(
    'infrastructure',
    'request',
    'standard',
    'Tuyến đường chính vào {village} chưa có điện chiếu sáng, ban đêm đi lại rất nguy hiểm, nhất là với học sinh đi học thêm về. Đề nghị lắp đèn đường.',
    'Xã hỗ trợ bóng đèn, cột và dây dẫn cho tuyến đường; thôn vận động các hộ đóng góp tiền điện hằng tháng theo mô hình "Thắp sáng đường quê".',
  ),
  t(
    'economy',
    'request',
    'standard',
    'Giá phân bón, thức ăn chăn nuôi tăng cao trong khi giá nông sản thấp. Đề nghị xã hỗ trợ liên kết tiêu thụ sản phẩm cho bà con {village} và giới thiệu vay vốn ưu đãi.',
    'Xã đã kết nối hợp tác xã với doanh nghiệp bao tiêu sản phẩm; hộ có nhu cầu vay vốn đăng ký qua Tổ tiết kiệm và vay vốn của thôn để được Ngân hàng Chính sách xã hội xem xét.',
  ),
  t(
    'economy',
    'request',
    'standard',
    'Đề nghị xã hỗ trợ cây giống và tập huấn kỹ thuật để chuyển đổi diện tích lúa kém hiệu quả ở {village} sang trồng cây ăn quả.',
    'Phòng Kinh tế đưa {village} vào kế hoạch chuyển đổi cơ cấu cây trồng năm tới, hỗ trợ 50% giống và tổ chức tập huấn kỹ thuật tại thôn.',
  ),
  t(
    'economy',
    'report',
    'standard',
    'Dịch tả lợn châu Phi tái phát ở {village}, nhiều hộ có lợn bị bệnh. Đề nghị hỗ trợ tiêu độc, khử trùng và chính sách hỗ trợ hộ có lợn phải tiêu hủy.',
    'Xã đã cấp hóa chất tiêu độc, lập chốt kiểm soát vận chuyển lợn; hồ sơ hỗ trợ hộ có lợn tiêu hủy được lập theo quy định và chi trả sau khi có quyết định của cấp có thẩm quyền.',
  ),
  t(
    'culture-education-health',
    'request',
    'standard',
    'Điểm trường mầm non ở {village} xuống cấp, nhà vệ sinh hỏng, tường rào đổ. Đề nghị sửa chữa trước năm học mới để các cháu an toàn.',
    'Xã đã bố trí kinh phí sửa chữa nhà vệ sinh, tường rào điểm trường trong dịp hè; nhà trường và hội phụ huynh giám sát thi công.',
  ),
  t(
    'culture-education-health',
    'request',
    'standard',
    'Nhà văn hóa {village} thiếu bàn ghế, loa đài, mái bị dột. Đề nghị xã hỗ trợ để bà con có nơi sinh hoạt, hội họp.',
    'Xã hỗ trợ một phần kinh phí sửa mái và mua bộ âm thanh; thôn vận động con em xa quê và các hộ đóng góp phần còn lại.',
  ),
  t(
    'culture-education-health',
    'opinion',
    'standard',
    'Loa truyền thanh ở {village} phát quá sớm và âm lượng lớn, ảnh hưởng người già, trẻ nhỏ. Đề nghị điều chỉnh giờ phát cho phù hợp.',
    'Đài truyền thanh xã đã điều chỉnh giờ phát buổi sáng sang 6 giờ 30 và giảm âm lượng các cụm loa gần khu dân cư.',
  ),
  t(
    'party-building',
    'opinion',
    'standard',
    'Chi bộ {village} nhiều năm không kết nạp được đảng viên mới, thanh niên đi làm ăn xa. Đề nghị Đảng ủy quan tâm công tác tạo nguồn phát triển đảng viên.',
    'Đảng ủy giao chi bộ rà soát quần chúng ưu tú, phối hợp Đoàn Thanh niên giới thiệu đoàn viên; bồi dưỡng nhận thức về Đảng cho các quần chúng đủ điều kiện trong năm.',
  ),
  t(
    'party-building',
    'opinion',
    'standard',
    'Đề nghị công khai kết quả thực hiện các kiến nghị của Nhân dân từ kỳ đối thoại trước để bà con theo dõi.',
    'Kết quả giải quyết từng kiến nghị đã được đăng trên trang thông tin điện tử của xã, niêm yết tại trụ sở và gửi các trưởng thôn để thông báo tới Nhân dân.',
  ),
  t(
    'party-building',
    'request',
    'standard',
    'Sau khi sáp nhập thôn, đề nghị sớm kiện toàn Ban công tác Mặt trận và các chi hội đoàn thể ở {village} để hoạt động đi vào nề nếp.',
    'Ủy ban MTTQ xã đã hướng dẫn kiện toàn Ban công tác Mặt trận và các chi hội ở {village}; hoàn thành trong quý tới.',
  ),
  t(
    'other',
    'opinion',
    'standard',
    'Đề nghị xã tổ chức đối thoại thường xuyên hơn, thông báo rộng rãi trên loa truyền thanh và nhóm Zalo của thôn để bà con biết mà đăng ký.',
    'UBND xã tiếp thu; từ kỳ tới thông báo đối thoại được phát trên loa truyền thanh, đăng trên trang thông tin điện tử và gửi nhóm Zalo các thôn.',
  ),
];
