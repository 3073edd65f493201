import { describe, expect, it } from 'vitest';
import { aLandPetitionInChoMoi, aSecurityPetitionInChoMoi } from '../testing/index.js';
import {
  containsKnownPersonalData,
  createRedactor,
  REDACTION_MARKS,
  redactPersonalData,
} from './redaction.js';

const land = aLandPetitionInChoMoi().petitioner;
const security = aSecurityPetitionInChoMoi().petitioner;
const known = {
  names: [land.fullName, security.fullName],
  phones: [land.phone, security.phone],
  addresses: [land.address, security.address],
};

describe('redactPersonalData', () => {
  it('removes a known citizen’s name, phone and address from an answer (seed 000, Chợ Mới)', () => {
    const answer = `UBND xã trả lời ông ${land.fullName}, địa chỉ ${land.address}, số điện thoại ${land.phone}: công chức địa chính đo đạc lại ranh giới trước ngày 15/01/2026.`;
    const redacted = redactPersonalData(answer, known);
    expect(redacted).toBe(
      `UBND xã trả lời ông ${REDACTION_MARKS.name}, địa chỉ ${REDACTION_MARKS.address}, số điện thoại ${REDACTION_MARKS.phone}: công chức địa chính đo đạc lại ranh giới trước ngày 15/01/2026.`,
    );
    expect(containsKnownPersonalData(redacted, known)).toBe(false);
  });

  it('hides the tracking codes of the dialogue’s petitions, which a drafted conclusion names', () => {
    const item =
      'Phòng Kinh tế xã xác minh, trả lời bằng văn bản kiến nghị TQWZ-BXSM trước 17/01/2026.';
    expect(redactPersonalData(item, { trackingCodes: ['TQWZ-BXSM'] })).toBe(
      `Phòng Kinh tế xã xác minh, trả lời bằng văn bản kiến nghị ${REDACTION_MARKS.trackingCode} trước 17/01/2026.`,
    );
    // A document symbol of the same shape is not a code the dialogue holds: it stays.
    expect(redactPersonalData('Công văn 18/UBND-VHXH', { trackingCodes: ['TQWZ-BXSM'] })).toBe(
      'Công văn 18/UBND-VHXH',
    );
  });

  it('finds a known name whatever its case, diacritics or Unicode form (NFD input)', () => {
    const nfd = `Hộ gia đình ${land.fullName.normalize('NFD')} và NONG VAN THANG đã được mời.`;
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const redacted = redactPersonalData(nfd, known);
    expect(redacted).toBe(
      `Hộ gia đình ${REDACTION_MARKS.name} và ${REDACTION_MARKS.name} đã được mời.`,
    );
    expect(redacted).toBe(redacted.normalize('NFC'));
  });

  it('catches phone numbers written with spaces, dots or +84 even when nobody told it the number', () => {
    for (const phone of [
      '0912 345 678',
      '0912.345.678',
      '+84 912 345 678',
      '(+84) 987-000-201',
      '02083 852 123',
    ])
      expect(redactPersonalData(`Liên hệ ${phone} để được hướng dẫn.`)).toBe(
        `Liên hệ ${REDACTION_MARKS.phone} để được hướng dẫn.`,
      );
  });

  it('redacts an unknown name after ông, bà, anh, chị, but keeps titles and the rest of the sentence', () => {
    expect(redactPersonalData('Bà Triệu Thị Dung phản ánh; anh Lường Văn Toàn đồng ý.')).toBe(
      `Bà ${REDACTION_MARKS.name} phản ánh; anh ${REDACTION_MARKS.name} đồng ý.`,
    );
    expect(redactPersonalData('Ông Chủ tịch UBND xã kết luận; bà con thôn 01 thống nhất.')).toBe(
      'Ông Chủ tịch UBND xã kết luận; bà con thôn 01 thống nhất.',
    );
  });

  it('redacts house numbers and lanes but not document numbers or dates', () => {
    expect(redactPersonalData('Nhà ở số nhà 12, ngõ 45 đường Hùng Vương; hẻm 7/3 khu 2.')).toBe(
      `Nhà ở ${REDACTION_MARKS.address} đường Hùng Vương; ${REDACTION_MARKS.address} khu 2.`,
    );
    const legal = 'Căn cứ Quyết định số 29/2022/QĐ-UBND ngày 10/12/2025, Văn bản 215/UBND-KT.';
    expect(redactPersonalData(legal)).toBe(legal);
  });

  it('keeps text without personal data unchanged (village names are places, not people)', () => {
    const text = 'Đề nghị xã khảo sát đoạn đường bê tông từ trung tâm bản Mỳ ra khu ruộng Nà Lốc.';
    expect(redactPersonalData(text, known)).toBe(text);
  });
});

describe('containsKnownPersonalData', () => {
  it('sees a known name without diacritics and a phone split by spaces', () => {
    expect(containsKnownPersonalData('ong nong van thang', known)).toBe(true);
    expect(containsKnownPersonalData('gọi 0987 000 201', known)).toBe(true);
    expect(containsKnownPersonalData('Không có gì riêng tư.', known)).toBe(false);
  });
});

describe('createRedactor', () => {
  it('redacts against a whole dialogue’s petitioners at once, the longest name first', () => {
    const redact = createRedactor({
      names: ['Văn Thắng', land.fullName, security.fullName, null, '  '],
      phones: [land.phone],
    });
    expect(
      redact(`Ông ${land.fullName} và chị ${security.fullName.toUpperCase()} (${land.phone}).`),
    ).toBe(
      `Ông ${REDACTION_MARKS.name} và chị ${REDACTION_MARKS.name} (${REDACTION_MARKS.phone}).`,
    );
  });
});
