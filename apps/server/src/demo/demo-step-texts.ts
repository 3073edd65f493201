import { formatVietnameseDate, type IsoDate, type PetitionField } from '@doithoai/domain';
import type { DemoBody, DemoCommune } from './demo-communes.js';
import type { DemoRandom } from './demo-random.js';

// The short texts the offices type as they move petitions along: why a draft goes back, how
// the citizen answered, why a petition is withdrawn, who answered at the conference.

export const SEND_BACK_COMMENTS = [
  'Đề nghị bổ sung căn cứ pháp lý và thời hạn thực hiện cụ thể.',
  'Nội dung trả lời chưa đúng trọng tâm câu hỏi, đề nghị nêu rõ trách nhiệm và thời gian giải quyết.',
];

/** The legal basis a department cites in its answer, by field (where one is usual). */
export const LEGAL_BASIS: Partial<Record<PetitionField, string>> = {
  'land-environment': 'Luật Đất đai năm 2024',
  'security-order': 'Luật Công an nhân dân năm 2018',
  'social-policy': 'Nghị định số 20/2021/NĐ-CP của Chính phủ quy định chính sách trợ giúp xã hội',
};

const ACCEPTED = [
  'Công dân trả lời qua điện thoại ngày {date}: đồng ý với kết quả giải quyết.',
  'Trưởng thôn chuyển ý kiến của công dân ngày {date}: gia đình thống nhất với nội dung trả lời.',
  'Công dân đến trụ sở xã ngày {date}, ký xác nhận đồng ý với kết quả giải quyết.',
];
const NOT_SETTLED = [
  'Nội dung trả lời chưa nêu thời hạn thực hiện cụ thể.',
  'Đến nay hiện trạng vẫn chưa được khắc phục như nội dung đã trả lời.',
  'Công dân đề nghị được gặp trực tiếp lãnh đạo xã, chưa đồng ý với cách giải quyết.',
];
const WITHDRAWN = [
  'Công dân đã được giải thích, tự nguyện rút kiến nghị.',
  'Sự việc đã được các bên tự hòa giải thành tại thôn.',
  'Gia đình đã tự khắc phục, không còn đề nghị.',
];

/**
 * How the citizen accepted the answer, as the office notes it.
 *
 * @example acceptedNote(random, '2026-01-12') // 'Công dân trả lời qua điện thoại ngày 12/01/2026: …'
 */
export function acceptedNote(random: DemoRandom, on: IsoDate): string {
  return random.pick(ACCEPTED).replace('{date}', formatVietnameseDate(on));
}

/**
 * What the citizen says is not settled, and how the office heard it.
 *
 * @example notSettled(random, '2026-01-12').note
 */
export function notSettled(
  random: DemoRandom,
  on: IsoDate,
): { note: string; onBehalfNote: string } {
  return {
    note: random.pick(NOT_SETTLED),
    onBehalfNote: `Ghi nhận ý kiến của công dân qua điện thoại ngày ${formatVietnameseDate(on)}.`,
  };
}

/**
 * Why a petition is withdrawn, and the citizen's letter.
 *
 * @example withdrawal(random, '2025-12-05').reason
 */
export function withdrawal(
  random: DemoRandom,
  on: IsoDate,
): { reason: string; onBehalfNote: string } {
  return {
    reason: random.pick(WITHDRAWN),
    onBehalfNote: `Công dân có đơn rút kiến nghị gửi Văn phòng ngày ${formatVietnameseDate(on)}.`,
  };
}

/**
 * Who answers for a body at the conference (seed 002 §4.2: the chair calls on the leaders).
 *
 * @example answeredBy(commune, 'police').position // 'Trưởng Công an xã'
 */
export function answeredBy(
  commune: DemoCommune,
  body: DemoBody,
): { name: string; position: string } {
  const byBody: Partial<Record<DemoBody, { name: string; position: string }>> = {
    economicDepartment: { name: commune.people.department, position: 'Trưởng phòng Kinh tế xã' },
    police: { name: commune.departmentPeople.police, position: 'Trưởng Công an xã' },
    cultureSocietyDepartment: {
      name: commune.departmentPeople.cultureSocietyDepartment,
      position: 'Trưởng phòng Văn hóa - Xã hội xã',
    },
    publicServiceCentre: {
      name: commune.departmentPeople.publicServiceCentre,
      position: `Giám đốc ${commune.publicServiceCentreName.replace(/ xã .*$/u, '')}`,
    },
    partyOffice: { name: commune.people['party-secretary'], position: 'Bí thư Đảng ủy xã' },
  };
  return byBody[body] ?? { name: commune.people['commune-chair'], position: 'Chủ tịch UBND xã' };
}
