import {
  computePlanSchedule,
  createVietnamWorkingCalendar,
  DEFAULT_AGENDA,
  planScheduleInput,
  villageDisplayName,
  type Plan,
} from '@doithoai/domain';
import { aRoadPetitionInSonTayHa, SEED_PLANS, SON_TAY_HA_VILLAGES } from '@doithoai/domain/testing';
import type { DocumentKind, DocumentRecords } from '../render/render-document.js';

// Records shaped as the API returns them, built from the seed plans: used by the tests and by
// the CI rendering of every kind to PDF. Names and numbers are invented.

const calendar = createVietnamWorkingCalendar();

/** Seed 004 with its dialogue announced for 10/12/2025 and the plan signed (No. 215). */
export const SON_TAY_HA_HELD: Plan = {
  ...SEED_PLANS.sonTayHa2025,
  status: 'held',
  documentNumber: 215,
  issuedOn: '2025-09-15',
  timing: { kind: 'date', date: '2025-12-10', startTime: '08:00' },
  venue: { name: 'Hội trường Ủy ban nhân dân xã Sơn Tây Hạ' },
};

export const scheduleFor = (plan: Plan, heldOn?: string) =>
  computePlanSchedule(calendar, planScheduleInput(plan, heldOn ? { heldOn } : {}));

const road = aRoadPetitionInSonTayHa();

const PROGRESS = {
  label: 'Báo cáo tiến độ giải quyết kiến nghị tháng 01/2026',
  from: '2026-01-01',
  to: '2026-01-31',
  asOf: '2026-01-31',
  received: { inMonth: 0, upToMonth: 14 },
  answered: { inMonth: 5, upToMonth: 11 },
  overdue: { inMonth: 1, upToMonth: 2, metLateInMonth: 1, metLateUpToMonth: 1 },
  extended: { inMonth: 1, upToMonth: 1 },
  overdueItems: [
    {
      content: 'Khảo sát, lập phương án sửa chữa cống qua đường thôn Thượng',
      responsibleOrganisation: { name: 'Phòng Kinh tế' },
      deadline: { effectiveDueDate: '2026-01-09', workingDaysLate: 15 },
    },
  ],
};

const NOTICE = {
  documentNumber: 230,
  documentSymbol: 'TB-UBND',
  issuedOn: '2025-12-17',
  reference: 'số 230/TB-UBND',
  position:
    'Ủy ban nhân dân xã ghi nhận các ý kiến, kiến nghị chính đáng của Nhân dân; những nội dung thuộc thẩm quyền phải được giải quyết dứt điểm, trả lời bằng văn bản đúng thời hạn.',
  signer: SON_TAY_HA_HELD.signer ?? null,
  publishedVia: ['commune-website', 'notice-board'] as ('commune-website' | 'notice-board')[],
  items: [
    {
      content: 'Khảo sát, lập phương án sửa chữa cống qua đường thôn Thượng',
      dueOn: '2026-01-09',
      responsibleOrganisation: { name: 'Phòng Kinh tế' },
    },
    {
      content: 'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng, trả lời công dân',
      dueOn: '2026-01-09',
      responsibleOrganisation: { name: 'Văn phòng HĐND và UBND xã' },
    },
  ],
  timeliness: { dueDate: '2025-12-19', stateLabel: 'Đúng hạn' },
};

/** One realistic record of every kind (seed 004's dialogue as held). */
/** Seed 004 §II.3: a petition beyond the commune's authority, raised at the dialogue. */
const REFERRAL = {
  plan: SON_TAY_HA_HELD,
  heldOn: '2025-12-10',
  petition: {
    trackingCode: 'STH25-Q4RM',
    fullName: 'Đinh Văn Lên',
    address: 'Thôn Thượng, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
    content:
      'Đề nghị nâng cấp tuyến tỉnh lộ 623 đoạn qua thôn Thượng, mặt đường hư hỏng nặng sau mùa mưa.',
    receivedOn: '2025-12-10',
    referredTo: 'Sở Xây dựng tỉnh Quảng Ngãi',
    raisedAtConference: true,
  },
  front: 'Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ',
};

export const SAMPLE_RECORDS: { [K in DocumentKind]: DocumentRecords[K] } = {
  plan: { plan: SEED_PLANS.sonTayHa2025, schedule: scheduleFor(SEED_PLANS.sonTayHa2025) },
  'public-notice': {
    plan: SON_TAY_HA_HELD,
    schedule: scheduleFor(SON_TAY_HA_HELD),
    notice: { number: 221, issuedOn: '2025-11-27' },
  },
  invitation: { plan: SON_TAY_HA_HELD, invitee: 'Ông Đinh Văn Hùng, Trưởng thôn Thượng' },
  'registration-form': { plan: SEED_PLANS.sonTayHa2025 },
  minutes: {
    plan: SON_TAY_HA_HELD,
    secretary: 'Phạm Thị Hoa',
    conference: {
      startedAt: '2025-12-10T01:05:00.000Z',
      endedAt: '2025-12-10T04:20:00.000Z',
      agenda: [...DEFAULT_AGENDA],
      attendance: [
        { label: 'Đại biểu các thôn', expected: 60, present: 57 },
        { label: 'Nhân dân trên địa bàn xã', expected: 120, present: 134 },
      ],
      minutes:
        'Chủ tịch UBND xã thông tin tình hình kinh tế - xã hội 9 tháng đầu năm.\nĐại diện Phòng Kinh tế trả lời kiến nghị về cống qua đường thôn Thượng.',
      speakingOrder: [
        {
          speakerName: road.petitioner.fullName,
          trackingCode: road.trackingCode,
          content: road.content,
          conferenceOutcome: 'answer-in-writing',
        },
      ],
    },
  },
  conclusion: { plan: SON_TAY_HA_HELD, heldOn: '2025-12-10', notice: NOTICE },
  'written-answer': {
    plan: SON_TAY_HA_HELD,
    petition: {
      trackingCode: road.trackingCode,
      fullName: road.petitioner.fullName,
      address: road.petitioner.address ?? null,
      content: road.content,
      receivedOn: road.receivedOn,
    },
    answer: {
      content:
        'Ủy ban nhân dân xã đã giao Phòng Kinh tế khảo sát hiện trạng; việc sửa chữa được đưa vào kế hoạch duy tu năm 2026, thi công trước mùa mưa.',
      legalBasis: 'Luật Đầu tư công 2024',
      documentRef: '12/UBND-VP',
      sentOn: '2026-01-08',
    },
  },
  'results-report': {
    plan: SON_TAY_HA_HELD,
    heldOn: '2025-12-10',
    conclusion: NOTICE,
    progress: PROGRESS,
    findings: { total: 3, escalated: 1 },
  },
  'monthly-progress': { plan: SON_TAY_HA_HELD, progress: PROGRESS },
  'supervision-report': {
    front: { name: 'Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ', chairName: 'Đinh Thị Lài' },
    commune: { kind: 'xã', name: 'Sơn Tây Hạ' },
    report: {
      scope: {
        plan: {
          title: SON_TAY_HA_HELD.title,
          heldOn: '2025-12-10',
          documentSymbol: 'KH-UBND',
          documentNumber: 215,
        },
        period: null,
        asOf: '2026-01-20',
        dialogues: 1,
      },
      counts: {
        items: 4,
        conclusionItems: 2,
        petitionItems: 2,
        overdue: 1,
        answeredOnTime: 2,
        answeredLate: 0,
        extended: 1,
        citizensSettled: 1,
        citizensNotSettled: 1,
        findings: 2,
        escalations: 1,
      },
      overdueItems: [
        {
          content: 'Khảo sát, lập phương án sửa chữa cống qua đường thôn Thượng',
          responsibleOrganisation: { name: 'Phòng Kinh tế' },
          deadline: { effectiveDueDate: '2026-01-09', workingDaysLate: 7 },
        },
      ],
      findings: [
        {
          kind: 'citizen-not-satisfied',
          note: 'Ông Đinh Văn Bốc cho biết cống vẫn sụt lún, chưa được khảo sát',
          observedOn: '2026-01-12',
          recordedAt: '2026-01-12T03:00:00.000Z',
        },
        {
          kind: 'escalated-to-secretary',
          note: null,
          observedOn: '2026-01-19',
          recordedAt: '2026-01-19T03:00:00.000Z',
        },
      ],
    },
  },
  programme: { plan: SON_TAY_HA_HELD },
  'meeting-rules': { plan: SON_TAY_HA_HELD },
  'delegate-list': {
    plan: SON_TAY_HA_HELD,
    villages: SON_TAY_HA_VILLAGES.map((v) => ({ id: v.id, name: villageDisplayName(v) })),
  },
  'speaker-list': {
    plan: SON_TAY_HA_HELD,
    speakers: [
      {
        fullName: road.petitioner.fullName,
        village: 'Thôn Thượng',
        field: road.field ?? null,
        content: road.content,
      },
    ],
  },
  'referral-letter': REFERRAL,
  'referral-notice': { ...REFERRAL, letter: { number: 245, issuedOn: '2025-12-16' } },
  'extension-notice': {
    plan: SON_TAY_HA_HELD,
    heldOn: '2025-12-10',
    petition: {
      fullName: 'Đinh Thị Bích',
      address: 'Thôn Hạ, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
      content: 'Đề nghị giải quyết dứt điểm hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng.',
      receivedOn: '2025-11-20',
    },
    extension: {
      previousDueOn: '2026-01-09',
      newDueOn: '2026-02-06',
      reason: 'hồ sơ cần đo đạc lại ranh giới thửa đất với các hộ liền kề',
      decidedOn: '2026-01-05',
    },
    answeringBody: {
      name: 'Phòng Kinh tế xã Sơn Tây Hạ',
      kind: 'department',
      organisationKind: 'department',
      signer: { name: 'Đinh Thị Sương' },
    },
    front: 'Ủy ban MTTQ Việt Nam xã Sơn Tây Hạ',
  },
  'petition-register': {
    plan: {
      title: SON_TAY_HA_HELD.title,
      year: 2025,
      documentSymbol: 'KH-UBND',
      documentNumber: 215,
    },
    generatedAt: '2026-01-15T02:00:00.000Z',
    lines: [
      {
        order: 1,
        trackingCode: road.trackingCode,
        receivedOn: road.receivedOn,
        isLate: false,
        raisedBy: {
          fullName: road.petitioner.fullName,
          phone: road.petitioner.phone ?? null,
          address: road.petitioner.address ?? null,
          villageName: 'Thượng',
          organisationName: null,
        },
        content: road.content,
        field: 'infrastructure',
        statusLabel: 'Đã trả lời',
        conferenceOutcome: 'answer-in-writing',
        responsibleBody: { name: 'Phòng Kinh tế' },
        answerDueOn: '2026-01-09',
        answeredOn: '2026-01-08',
        answer: { content: 'Đưa vào kế hoạch duy tu năm 2026.', documentRef: '12/UBND-VP' },
        citizenResponse: { response: 'accepted' },
        followUp: [
          {
            content: 'Sửa chữa cống thôn Thượng',
            dueOn: '2026-04-30',
            statusLabel: 'Đang thực hiện',
          },
        ],
      },
    ],
  },
};
