import {
  DEFAULT_AGENDA,
  isPartyIssuer,
  villageDisplayName,
  type Plan,
  type Village,
} from '@doithoai/domain';
import {
  BAN_MY,
  CHO_MOI_VILLAGES,
  present,
  SEED_PLANS,
  SON_TAY_HA_VILLAGES,
  VINH_BAO_VILLAGES,
  type SeedPlanKey,
} from '@doithoai/domain/testing';
import { lowerFirst, type IssuerContext } from '../kinds/common.js';
import type { DocxKind, DocxRecords } from '../kinds/index.js';
import { scheduleFor } from './fixtures.js';

// Demo-like records of every kind for each of the five seeds (/work/shared/seeds 000–004), as the
// api returns them once the dialogue is held, answered and reported: every value a clerk would
// have is filled, so a placeholder or a code in a document is a fault of the builder (issue 16).
// People's names other than the seeds' signers are invented.

interface SeedFacts {
  /** The day of the dialogue, its hour, and the hall. */
  heldOn: string;
  venue: string;
  context: IssuerContext;
  /** The commune's bodies that answer petitions (state: their own header and number series). */
  police: { name: string; head: string };
  economic: { name: string; head: string };
  front: string;
  citizens: readonly { name: string; address: string; content: string }[];
  /** A petition beyond the commune's (or district's) authority, forwarded (seed 002 §4.3). */
  referral: { name: string; address: string; content: string; to: string };
}

const FACTS: Record<SeedPlanKey, SeedFacts> = {
  choMoi2025: {
    heldOn: '2025-12-10',
    venue: 'Hội trường lớn Đảng ủy xã Chợ Mới',
    context: {
      upperIssuer: 'Đảng bộ tỉnh Thái Nguyên',
      province: { name: 'Thái Nguyên', kind: 'province' },
    },
    police: { name: 'Công an xã Chợ Mới', head: 'Hoàng Văn Quân' },
    economic: { name: 'Phòng Kinh tế xã Chợ Mới', head: 'Lý Văn Toàn' },
    front: 'Ủy ban MTTQ Việt Nam xã Chợ Mới',
    referral: {
      name: 'Hà Văn Lực',
      address: 'Thôn Nà Luông, xã Chợ Mới, tỉnh Thái Nguyên',
      content: 'Đề nghị tỉnh đầu tư nâng cấp đường tỉnh 256 đoạn qua thôn Nà Luông.',
      to: 'Sở Xây dựng tỉnh Thái Nguyên',
    },
    citizens: [
      {
        name: 'Nông Văn Thắng',
        address: 'Thôn Nà Luông, xã Chợ Mới, tỉnh Thái Nguyên',
        content:
          'Đề nghị xã sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã nộp hồ sơ từ năm 2024.',
      },
      {
        name: 'Ma Thị Hằng',
        address: 'Thôn Bản Pài, xã Chợ Mới, tỉnh Thái Nguyên',
        content:
          'Đề nghị tăng cường tuần tra, xử lý tình trạng xe tải chở cát chạy quá tốc độ qua thôn.',
      },
    ],
  },
  khoenOn2025: {
    heldOn: '2025-08-20',
    venue: 'Nhà văn hóa bản Mỳ',
    context: { province: { name: 'Lai Châu', kind: 'province' } },
    police: { name: 'Công an xã Khoen On', head: 'Lò Văn Chung' },
    economic: { name: 'Phòng Kinh tế xã Khoen On', head: 'Tòng Văn Nhất' },
    front: 'Ủy ban MTTQ Việt Nam xã Khoen On',
    referral: {
      name: 'Lò Văn Pấng',
      address: 'Bản Mỳ, xã Khoen On, tỉnh Lai Châu',
      content:
        'Đề nghị bồi thường cây trồng bị thiệt hại khi thi công đường dây điện 110 kV qua bản Mỳ.',
      to: 'Công ty Điện lực Lai Châu',
    },
    citizens: [
      {
        name: 'Lò Văn Sướng',
        address: 'Bản Mỳ, xã Khoen On, tỉnh Lai Châu',
        content:
          'Đoạn đường bê tông từ trung tâm bản Mỳ ra khu ruộng Nà Lốc bị sạt lở, đề nghị xã hỗ trợ xi măng để bà con sửa chữa.',
      },
      {
        name: 'Lường Thị Ánh',
        address: 'Bản Mỳ, xã Khoen On, tỉnh Lai Châu',
        content: 'Đề nghị hướng dẫn thủ tục đăng ký khai sinh cho trẻ sinh tại nhà.',
      },
    ],
  },
  thanUyen2023: {
    heldOn: '2023-10-18',
    venue: 'Hội trường Ủy ban nhân dân xã Khoen On',
    context: {
      upperIssuer: 'Đảng bộ tỉnh Lai Châu',
      province: { name: 'Lai Châu', kind: 'province' },
    },
    police: { name: 'Công an huyện Than Uyên', head: 'Vàng A Dơ' },
    economic: {
      name: 'Phòng Nông nghiệp và Phát triển nông thôn huyện Than Uyên',
      head: 'Đèo Văn Hải',
    },
    front: 'Ủy ban MTTQ Việt Nam huyện Than Uyên',
    referral: {
      name: 'Lường Văn Ơn',
      address: 'Bản Mỳ, xã Khoen On, huyện Than Uyên, tỉnh Lai Châu',
      content: 'Đề nghị tỉnh xem xét điều chỉnh quy hoạch ba loại rừng tại khu vực bản Mỳ.',
      to: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu',
    },
    citizens: [
      {
        name: 'Lò Thị Phương',
        address: 'Bản Phiêng Cằm, xã Khoen On, huyện Than Uyên, tỉnh Lai Châu',
        content: 'Đề nghị huyện hỗ trợ giống cây chè cho các hộ trồng mới năm 2024.',
      },
      {
        name: 'Tòng Văn Lả',
        address: 'Bản Mỳ, xã Khoen On, huyện Than Uyên, tỉnh Lai Châu',
        content: 'Đề nghị xử lý việc khai thác cát trái phép trên suối Nậm Chăn.',
      },
    ],
  },
  vinhBao2026: {
    heldOn: '2026-09-16',
    venue: 'Trung tâm Văn hoá Nguyễn Bình Khiêm',
    context: {
      upperIssuer: 'Đảng bộ thành phố Hải Phòng',
      province: { name: 'Hải Phòng', kind: 'municipality' },
    },
    police: { name: 'Công an xã Vĩnh Bảo', head: 'Nguyễn Văn Thành' },
    economic: { name: 'Phòng Kinh tế xã Vĩnh Bảo', head: 'Phạm Đức Long' },
    front: 'Ủy ban MTTQ Việt Nam xã Vĩnh Bảo',
    referral: {
      name: 'Phạm Văn Hiếu',
      address: 'Thôn Cổ Am, xã Vĩnh Bảo, thành phố Hải Phòng',
      content: 'Đề nghị thành phố sớm triển khai dự án nâng cấp đê biển đoạn qua xã.',
      to: 'Sở Nông nghiệp và Môi trường thành phố Hải Phòng',
    },
    citizens: [
      {
        name: 'Vũ Thị Hường',
        address: 'Thôn Tân Hòa, xã Vĩnh Bảo, thành phố Hải Phòng',
        content: 'Đề nghị nạo vét kênh tiêu thủy lợi thôn Tân Hòa trước mùa mưa bão.',
      },
      {
        name: 'Đỗ Văn Khải',
        address: 'Thôn Cổ Am, xã Vĩnh Bảo, thành phố Hải Phòng',
        content: 'Đề nghị bố trí lực lượng đảm bảo trật tự giao thông tại cổng trường tiểu học.',
      },
    ],
  },
  sonTayHa2025: {
    heldOn: '2025-12-10',
    venue: 'Hội trường Ủy ban nhân dân xã Sơn Tây Hạ',
    context: { province: { name: 'Quảng Ngãi', kind: 'province' } },
    police: { name: 'Công an xã Sơn Tây Hạ', head: 'Đinh Văn Mười' },
    economic: { name: 'Phòng Kinh tế xã Sơn Tây Hạ', head: 'Đinh Thị Sương' },
    front: 'Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ',
    referral: {
      name: 'Đinh Văn Lên',
      address: 'Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
      content:
        'Đề nghị nâng cấp tuyến tỉnh lộ 623 đoạn qua thôn Thượng, mặt đường hư hỏng nặng sau mùa mưa.',
      to: 'Sở Xây dựng tỉnh Quảng Ngãi',
    },
    citizens: [
      {
        name: 'Đinh Văn Bốc',
        address: 'Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
        content: 'Cống qua đường thôn Thượng bị sụt lún, đề nghị xã khảo sát, sửa chữa.',
      },
      {
        name: 'Đinh Thị Bích',
        address: 'Thôn Hạ, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
        content:
          'Đề nghị giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng.',
      },
    ],
  },
};

/** The seed's plan as held: numbered, signed, dated with an hour and a hall. */
export function heldPlan(key: SeedPlanKey): Plan {
  const plan = SEED_PLANS[key];
  const facts = FACTS[key];
  const year = Number(facts.heldOn.slice(0, 4));
  return {
    ...plan,
    status: 'held',
    documentNumber: plan.documentNumber ?? 21,
    issuedOn: plan.issuedOn ?? `${year}-${facts.heldOn.slice(5, 7) === '08' ? '07' : '09'}-15`,
    timing: { kind: 'date', date: facts.heldOn, startTime: '08:00' },
    venue: { name: facts.venue },
  };
}

const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every Word kind's record for one seed, with the context the api gives it. */
/** The commune's villages as the directory names them (seed 002's district: none listed). */
const SEED_VILLAGES: Partial<Record<SeedPlanKey, readonly Village[]>> = {
  choMoi2025: CHO_MOI_VILLAGES,
  khoenOn2025: [BAN_MY],
  vinhBao2026: VINH_BAO_VILLAGES,
  sonTayHa2025: SON_TAY_HA_VILLAGES,
};

function villagesOf(key: SeedPlanKey): { id: string; name: string }[] {
  return (SEED_VILLAGES[key] ?? []).map((v) => ({ id: v.id, name: villageDisplayName(v) }));
}

/** Seed 003 "theo số lượng được phân bổ của từng thôn": the Party committee's allocation made. */
function withVillageQuotas(plan: Plan): Plan {
  const [east, west] = VINH_BAO_VILLAGES;
  if (!east || !west) return plan;
  return {
    ...plan,
    participantGroups: plan.participantGroups.map((g) =>
      g.quotaAllocation === 'per-village' && g.villageQuotas.length === 0
        ? {
            ...g,
            villageQuotas: [
              { villageId: east.id, quota: 3 },
              { villageId: west.id, quota: 2 },
            ],
          }
        : g,
    ),
  };
}

export function seedRecords(key: SeedPlanKey): {
  context: IssuerContext;
  records: { [K in DocxKind]: DocxRecords[K] };
} {
  const plan = heldPlan(key);
  const facts = FACTS[key];
  const party = isPartyIssuer(plan.issuer.kind);
  const heldOn = facts.heldOn;
  const first = present(facts.citizens[0], 'the first citizen');
  const second = present(facts.citizens[1], 'the second citizen');
  const conclusionItems = [
    {
      content: `Xem xét, trả lời kiến nghị: ${lowerFirst(first.content)}`,
      dueOn: later(heldOn, 30),
      responsibleOrganisation: { name: facts.economic.name },
    },
    {
      content: `Xem xét, trả lời kiến nghị: ${lowerFirst(second.content)}`,
      dueOn: later(heldOn, 30),
      responsibleOrganisation: { name: facts.police.name },
    },
  ];
  const month = later(heldOn, 40).slice(0, 7);
  const progress = {
    label: `Báo cáo tiến độ giải quyết kiến nghị tháng ${month.slice(5)}/${month.slice(0, 4)}`,
    from: `${month}-01`,
    to: later(`${month}-28`, 0),
    asOf: `${month}-28`,
    received: { inMonth: 0, upToMonth: 2 },
    answered: { inMonth: 1, upToMonth: 2 },
    overdue: { inMonth: 0, upToMonth: 0, metLateInMonth: 0, metLateUpToMonth: 0 },
    extended: { inMonth: 0, upToMonth: 0 },
    overdueItems: [],
  };
  const notice = {
    documentNumber: 31,
    documentSymbol: plan.documentSymbol.replace(/^[^/-]+/u, 'TB'),
    issuedOn: later(heldOn, 5),
    reference: `số 31/${plan.documentSymbol.replace(/^[^/-]+/u, 'TB')}`,
    position:
      'Ghi nhận các ý kiến, kiến nghị chính đáng của Nhân dân; những nội dung thuộc thẩm quyền phải được giải quyết dứt điểm, trả lời bằng văn bản đúng thời hạn.',
    signer: plan.signer ?? null,
    publishedVia: ['commune-website', 'notice-board'] as ('commune-website' | 'notice-board')[],
    items: conclusionItems,
    timeliness: { dueDate: later(heldOn, 9), stateLabel: 'Đúng hạn' },
  };
  const started = `${heldOn}T01:05:00.000Z`;
  const referral = {
    plan,
    heldOn,
    petition: {
      trackingCode: 'HN25-C3PQ',
      fullName: facts.referral.name,
      address: facts.referral.address,
      content: facts.referral.content,
      receivedOn: heldOn,
      referredTo: facts.referral.to,
      raisedAtConference: true,
    },
    front: facts.front,
  };
  return {
    context: facts.context,
    records: {
      plan: { plan: SEED_PLANS[key], schedule: scheduleFor(SEED_PLANS[key]) },
      'public-notice': {
        plan,
        schedule: scheduleFor(plan),
        notice: { number: 25, issuedOn: later(heldOn, -14) },
      },
      invitation: {
        plan,
        invitee: `Ông ${facts.economic.head}, Trưởng ${facts.economic.name}`,
        invitation: { number: 26, issuedOn: later(heldOn, -7) },
      },
      'registration-form': { plan: SEED_PLANS[key] },
      minutes: {
        plan,
        secretary: party ? 'Hoàng Thị Lan' : 'Phạm Thị Hoa',
        conference: {
          startedAt: started,
          endedAt: `${heldOn}T04:20:00.000Z`,
          agenda: [...DEFAULT_AGENDA],
          attendance: [
            { label: 'Đại biểu các thôn', expected: 60, present: 57 },
            { label: 'Nhân dân trên địa bàn', expected: 120, present: 134 },
          ],
          minutes:
            'Lãnh đạo xã thông tin tình hình kinh tế - xã hội của địa phương.\nCác cơ quan chuyên môn trả lời các ý kiến theo chức năng.',
          speakingOrder: [
            {
              speakerName: first.name,
              trackingCode: 'HN25-A7KD',
              content: first.content,
              conferenceOutcome: 'answer-in-writing',
              outcome: { responsibleOrganisation: facts.economic.name },
            },
            {
              speakerName: second.name,
              trackingCode: 'HN25-B9XM',
              content: second.content,
              conferenceOutcome: 'answered-at-conference',
              outcome: {
                answeredBy: { name: facts.police.head, position: `Trưởng ${facts.police.name}` },
                note: 'Công an sẽ bố trí lực lượng tuần tra vào giờ cao điểm từ tuần sau.',
              },
            },
          ],
        },
      },
      conclusion: { plan, heldOn, notice },
      'written-answer': {
        plan,
        petition: {
          trackingCode: 'HN25-A7KD',
          fullName: first.name,
          address: first.address,
          content: first.content,
          receivedOn: later(heldOn, -20),
        },
        answer: {
          content: `${facts.economic.name} đã khảo sát hiện trạng; nội dung kiến nghị được đưa vào kế hoạch năm sau, thực hiện trước mùa mưa.`,
          legalBasis: 'Luật Đầu tư công năm 2024',
          documentRef: null,
          sentOn: later(heldOn, 25),
        },
        answeringBody: {
          name: facts.economic.name,
          kind: 'department',
          organisationKind: 'department',
          signer: { name: facts.economic.head },
        },
        front: facts.front,
      },
      'results-report': {
        plan,
        heldOn,
        conclusion: notice,
        progress,
        findings: { total: 3, escalated: 1 },
        conference: {
          attendance: [
            { label: 'Đại biểu các thôn', expected: 60, present: 57 },
            { label: 'Nhân dân trên địa bàn', expected: 120, present: 134 },
          ],
          speakers: 2,
          outcomes: { 'answer-in-writing': 1, 'answered-at-conference': 1 },
        },
      },
      'monthly-progress': { plan, progress },
      'supervision-report': {
        front: { name: facts.front, chairName: party ? 'Hà Thị Thu' : 'Đinh Thị Lài' },
        commune: {
          kind: facts.front.replace(/^Ủy ban MTTQ Việt Nam (xã|huyện|phường) .*$/u, '$1'),
          name: facts.front.replace(/^Ủy ban MTTQ Việt Nam (xã|huyện|phường) /u, ''),
        },
        report: {
          scope: {
            plan: {
              title: plan.title,
              heldOn,
              documentSymbol: plan.documentSymbol,
              documentNumber: plan.documentNumber,
            },
            period: null,
            asOf: later(heldOn, 45),
            dialogues: 1,
          },
          counts: {
            items: 4,
            conclusionItems: 2,
            petitionItems: 2,
            overdue: 1,
            answeredOnTime: 2,
            answeredLate: 1,
            extended: 1,
            citizensSettled: 2,
            citizensNotSettled: 1,
            findings: 3,
            escalations: 1,
          },
          overdueItems: [
            {
              content: present(conclusionItems[0], 'the first conclusion item').content,
              responsibleOrganisation: { name: facts.economic.name },
              deadline: { effectiveDueDate: later(heldOn, 30), workingDaysLate: 9 },
            },
          ],
          findings: [
            {
              kind: 'visited',
              note: `Đã gặp ${first.name} tại nhà, công dân chưa nhận được văn bản trả lời`,
              observedOn: later(heldOn, 33),
              recordedAt: `${later(heldOn, 33)}T03:00:00.000Z`,
            },
            {
              kind: 'escalated-to-secretary',
              note: 'Việc quá hạn 9 ngày làm việc, báo cáo Bí thư Đảng ủy chỉ đạo',
              observedOn: null,
              recordedAt: `${later(heldOn, 44)}T03:00:00.000Z`,
            },
          ],
        },
      },
      programme: { plan: plan },
      'meeting-rules': { plan: plan },
      'delegate-list': { plan: withVillageQuotas(plan), villages: villagesOf(key) },
      'speaker-list': {
        plan,
        speakers: facts.citizens.map((c, i) => ({
          fullName: c.name,
          // "Thôn Nà Luông, xã Chợ Mới, …": the village only, never the address.
          village: c.address.split(',')[0] ?? null,
          field: i === 0 ? 'land-environment' : 'security-order',
          content: c.content,
        })),
      },
      'referral-letter': referral,
      'referral-notice': { ...referral, letter: { number: 32, issuedOn: later(heldOn, 6) } },
      'extension-notice': {
        plan,
        heldOn,
        petition: {
          fullName: second.name,
          address: second.address,
          content: second.content,
          receivedOn: later(heldOn, -18),
        },
        extension: {
          previousDueOn: later(heldOn, 30),
          newDueOn: later(heldOn, 58),
          reason: 'nội dung kiến nghị cần phối hợp khảo sát thực địa với các cơ quan liên quan',
          decidedOn: later(heldOn, 26),
        },
        answeringBody: {
          name: facts.police.name,
          kind: 'department',
          organisationKind: 'police',
          signer: { name: facts.police.head },
        },
        front: facts.front,
      },
    },
  };
}

export const SEED_KEYS = Object.keys(SEED_PLANS) as SeedPlanKey[];
