import type { Petition } from '@doithoai/domain';
import {
  aLandPetitionInChoMoi,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
  CHO_MOI_VILLAGES,
  SON_TAY_HA_VILLAGES,
} from '@doithoai/domain/testing';

// The demo's registrations: the seed builders' petitions plus a few more in the same voice.
// Names are invented; phone numbers are well-formed (10 digits, 09x) but made up. `isLate` is
// left false here and computed from each plan's schedule when the rows are written.

const choMoi05 = CHO_MOI_VILLAGES[4]!;
const sonTayHaLower = SON_TAY_HA_VILLAGES[1]!;

/** Chợ Mới (seed 000): land, security, and the two administrative-procedure questions. */
export function choMoiDemoPetitions(): Petition[] {
  return [
    aLandPetitionInChoMoi(),
    aSecurityPetitionInChoMoi(),
    aLandPetitionInChoMoi({
      id: 'petition-cho-moi-003',
      trackingCode: 'CMX7-T2QP',
      kind: 'question',
      petitioner: {
        fullName: 'Hoàng Thị Duyên',
        phone: '0987000203',
        address: 'Thôn 05, xã Chợ Mới, tỉnh Thái Nguyên',
        villageId: choMoi05.id,
      },
      content:
        'Khi làm thủ tục chứng thực và xin cấp bản sao trích lục khai sinh cho con, tôi phải đi lại nhiều lần vì hồ sơ trực tuyến báo lỗi. Đề nghị xã hướng dẫn cụ thể và bố trí cán bộ hỗ trợ người dân nộp hồ sơ trên Cổng dịch vụ công.',
      field: 'administrative-procedures',
      wantsToSpeak: true,
      receivedOn: '2025-12-03',
      consents: [
        { purpose: 'handle-petition', givenAt: '2025-12-03T09:15:00+07:00', channel: 'paper-form' },
      ],
    }),
    // Handed in after the 04/12/2025 cut-off: kept, and flagged late by the schedule.
    aLandPetitionInChoMoi({
      id: 'petition-cho-moi-004',
      trackingCode: 'CMX8-L9KR',
      kind: 'request',
      petitioner: {
        fullName: 'Đàm Văn Lực',
        phone: '0987000204',
        address: 'Thôn 05, xã Chợ Mới, tỉnh Thái Nguyên',
        villageId: choMoi05.id,
      },
      content:
        'Mương thoát nước dọc đường liên thôn đoạn qua Thôn 05 bị bồi lấp, mưa lớn là nước tràn vào nhà dân. Đề nghị xã cho nạo vét trước mùa mưa năm 2026.',
      field: 'infrastructure',
      wantsToSpeak: false,
      receivedOn: '2025-12-06',
      consents: [
        { purpose: 'handle-petition', givenAt: '2025-12-06T14:00:00+07:00', channel: 'paper-form' },
        {
          purpose: 'contact-by-phone',
          givenAt: '2025-12-06T14:00:00+07:00',
          channel: 'paper-form',
        },
      ],
    }),
  ];
}

/** Sơn Tây Hạ (seed 004): the road repair and a housing-support request from thôn Hạ. */
export function sonTayHaDemoPetitions(): Petition[] {
  return [
    aRoadPetitionInSonTayHa(),
    aRoadPetitionInSonTayHa({
      id: 'petition-son-tay-ha-002',
      trackingCode: 'STH7-N4HB',
      kind: 'request',
      petitioner: {
        fullName: 'Đinh Thị Hiền',
        phone: '0905000302',
        address: 'Thôn Hạ, xã Sơn Tây Hạ, tỉnh Quảng Ngãi',
        villageId: sonTayHaLower.id,
      },
      content:
        'Nhà tôi là nhà tạm, mái tôn đã mục, mùa mưa bão rất nguy hiểm. Gia đình thuộc hộ nghèo năm 2025, đề nghị xã xem xét đưa vào danh sách hỗ trợ xóa nhà tạm, nhà dột nát.',
      field: 'social-policy',
      wantsToSpeak: false,
      channel: 'front-compilation',
      receivedOn: '2025-10-08',
      consents: [
        { purpose: 'handle-petition', givenAt: '2025-10-08T08:00:00+07:00', channel: 'paper-form' },
        {
          purpose: 'forward-to-competent-body',
          givenAt: '2025-10-08T08:00:00+07:00',
          channel: 'paper-form',
        },
      ],
    }),
  ];
}
