import {
  computePlanSchedule,
  createVietnamWorkingCalendar,
  planScheduleInput,
  type Plan,
} from '@doithoai/domain';
import { present, SEED_PLANS, type SeedPlanKey } from '@doithoai/domain/testing';
import { describe, expect, it } from 'vitest';
import { formatOf, readDocx } from '../testing/read-docx.js';
import { packDocx } from './index.js';

const calendar = createVietnamWorkingCalendar();
const scheduleOf = (plan: Plan, heldOn?: string) =>
  computePlanSchedule(calendar, planScheduleInput(plan, heldOn ? { heldOn } : {}));
const open = async (plan: Plan, heldOn?: string, upperIssuer?: string) =>
  readDocx(await packDocx('plan', { plan, schedule: scheduleOf(plan, heldOn) }, { upperIssuer }));
/** The plan with its computed dates as an annex (off by default, issue 16). */
const openWithDates = async (plan: Plan, heldOn?: string, upperIssuer?: string) =>
  readDocx(
    await packDocx(
      'plan',
      { plan, schedule: scheduleOf(plan, heldOn), scheduleAnnex: true },
      { upperIssuer },
    ),
  );

/** What each seed's document must show: issuer line, place, convention, signature. */
const SEEDS: Record<
  SeedPlanKey,
  {
    issuer: string;
    place: string;
    party: boolean;
    authority: string;
    title: string;
    signer: string;
  }
> = {
  choMoi2025: {
    issuer: 'ĐẢNG ỦY XÃ CHỢ MỚI',
    place: 'Chợ Mới',
    party: true,
    authority: 'T/M BAN THƯỜNG VỤ',
    title: 'BÍ THƯ',
    signer: 'Triệu Tiên Trình',
  },
  khoenOn2025: {
    // Broken after "ỦY BAN NHÂN DÂN" as the offices do (issue 16): the name's line.
    issuer: 'XÃ KHOEN ON',
    place: 'Khoen On',
    party: false,
    authority: 'TM. ỦY BAN NHÂN DÂN',
    title: 'CHỦ TỊCH',
    signer: '',
  },
  thanUyen2023: {
    issuer: 'HUYỆN ỦY THAN UYÊN',
    place: 'Than Uyên',
    party: true,
    authority: '',
    title: '',
    signer: '',
  },
  vinhBao2026: {
    issuer: 'ĐẢNG ỦY XÃ VĨNH BẢO',
    place: 'Vĩnh Bảo',
    party: true,
    authority: '',
    title: '',
    signer: '',
  },
  sonTayHa2025: {
    issuer: 'XÃ SƠN TÂY HẠ',
    place: 'Sơn Tây Hạ',
    party: false,
    authority: 'TM. ỦY BAN NHÂN DÂN',
    title: 'CHỦ TỊCH',
    signer: 'Nguyễn Thị Tình',
  },
};

describe.each(Object.keys(SEED_PLANS) as SeedPlanKey[])('the plan document of seed %s', (key) => {
  const plan = SEED_PLANS[key];
  const expected = SEEDS[key];

  it('opens with the header block of its convention: issuer left, national or Party title right', async () => {
    const docx = await open(plan);
    const issuer = present(docx.find(expected.issuer), 'the issuer');
    expect(formatOf(issuer)).toMatchObject({ bold: true, centred: true });
    if (expected.party) {
      const title = present(docx.find('ĐẢNG CỘNG SẢN VIỆT NAM'), 'the Party title');
      expect(formatOf(title)).toMatchObject({ bold: true, underline: true, sizePt: 15 });
      expect(docx.paragraphs[docx.indexOf(expected.issuer) + 1]?.text).toBe('*');
      expect(docx.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    } else {
      expect(
        formatOf(present(docx.find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'the national title')),
      ).toMatchObject({
        bold: true,
        sizePt: 12,
      });
      expect(
        formatOf(present(docx.find('Độc lập - Tự do - Hạnh phúc'), 'the motto')),
      ).toMatchObject({
        bold: true,
        underline: true,
        sizePt: 13,
      });
      expect(docx.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(docx.paragraphs[docx.indexOf(expected.issuer) - 1]?.text).toBe('ỦY BAN NHÂN DÂN');
    }
  });

  it('prints the number and symbol blank before signing, and the place-date line in italics', async () => {
    const docx = await open(plan);
    const number = present(docx.find(/^Số/u), 'the number line');
    expect(number.text).toMatch(
      expected.party
        ? new RegExp(`^Số +-${plan.documentSymbol}$`, 'u')
        : new RegExp(`^Số: +/${plan.documentSymbol}$`, 'u'),
    );
    const dateLine = present(docx.find(`${expected.place}, ngày`), 'the place-date line');
    expect(dateLine.text).toMatch(
      new RegExp(`^${expected.place}, ngày +tháng +năm ${plan.year}$`, 'u'),
    );
    expect(formatOf(dateLine)).toMatchObject({ italics: true, sizePt: 14 });
  });

  it('prints the number and date once the plan is signed', async () => {
    const docx = await open({ ...plan, documentNumber: 7, issuedOn: `${plan.year}-02-05` });
    expect(docx.find(/^Số/u)?.text).toBe(
      expected.party ? `Số 7-${plan.documentSymbol}` : `Số: 07/${plan.documentSymbol}`,
    );
    expect(docx.find(`${expected.place}, ngày`)?.text).toBe(
      `${expected.place}, ngày 05 tháng 02 năm ${plan.year}`,
    );
  });

  it('has the title, the Căn cứ and the seeds’ four parts in order, from the plan’s fields', async () => {
    const docx = await open(plan);
    const kind = present(docx.find(/^KẾ HOẠCH$/u), 'the kind');
    expect(formatOf(kind)).toMatchObject({
      bold: true,
      centred: true,
      sizePt: expected.party ? 16 : 14,
    });
    expect(docx.paragraphs[docx.indexOf(/^KẾ HOẠCH$/u) + 1]?.text).toBe(plan.title);
    const parts = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG, HÌNH THỨC ĐỐI THOẠI',
      'III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ].map((heading) => docx.indexOf(heading));
    expect(parts.every((index) => index > 0)).toBe(true);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
    for (const purpose of plan.purposes) expect(docx.text).toContain(`- ${purpose}`);
    for (const task of plan.tasks) {
      expect(docx.text).toContain(task.assignee);
      for (const duty of task.duties) expect(docx.text).toContain(duty);
    }
    for (const topic of plan.topics) expect(docx.text).toContain(topic.label.replace(/\.$/u, ''));
    expect(docx.indexOf(/^Căn cứ|^Thực hiện/u)).toBeLessThan(present(parts[0], 'the first part'));
  });

  it('ends with Nơi nhận (each line, the last with a full stop) beside the signature block', async () => {
    const docx = await open(plan);
    const label = present(docx.find('Nơi nhận:'), 'Nơi nhận');
    expect(formatOf(label)).toMatchObject(
      expected.party ? { underline: true, sizePt: 14 } : { bold: true, italics: true, sizePt: 12 },
    );
    const lines = docx.paragraphs.filter(
      (p) => p.text.startsWith('- ') && docx.indexOf('Nơi nhận:') < docx.paragraphs.indexOf(p),
    );
    const recipientLines = lines.slice(-plan.recipients.length);
    expect(recipientLines).toHaveLength(plan.recipients.length);
    expect(recipientLines.at(-1)?.text).toMatch(/\.$/u);
    // NĐ 30 Mục II.9 ends each line with ";", HD 36 (seeds 000, 003) with "," (issue 16).
    const end = expected.party ? ',' : ';';
    expect(recipientLines.slice(0, -1).every((l) => l.text.endsWith(end))).toBe(true);
    expect(formatOf(present(recipientLines[0], 'the first recipient')).sizePt).toBe(
      expected.party ? 12 : 11,
    );
    if (plan.signer) {
      const authority = present(docx.find(/^(T\/M|TM\.|KT\.)/u), 'the authority line');
      expect(formatOf(authority)).toMatchObject({ bold: true, centred: true });
      expect(docx.text).toContain(plan.signer.name);
      if (expected.authority) {
        expect(authority.text).toBe(expected.authority);
        expect(docx.paragraphs[docx.paragraphs.indexOf(authority) + 1]?.text).toBe(expected.title);
      }
      if (expected.signer)
        expect(
          docx.paragraphs.at(-1)?.text === expected.signer || docx.text.includes(expected.signer),
        ).toBe(true);
    }
  });

  it('is A4 with the margins and font of Decree 30 / Guidance 36, numbered from page 2', async () => {
    const docx = await open(plan);
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(docx.document).toMatch(
      /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/u,
    );
    expect(docx.document).toContain('<w:titlePg/>');
    expect(docx.styles).toContain('w:ascii="Times New Roman"');
    expect(docx.document).not.toMatch(/w:ascii="(?!Times New Roman)/u);
  });
});

describe('the computed dates in the plan document', () => {
  it('prints no dates block unless asked: no seed plan has one (issue 16)', async () => {
    const docx = await open(SEED_PLANS.choMoi2025, undefined, 'Đảng bộ tỉnh Thái Nguyên');
    expect(docx.find('Các mốc thời gian')).toBeUndefined();
    expect(docx.text).not.toContain('((');
    const annex = await openWithDates(SEED_PLANS.choMoi2025, undefined, 'Đảng bộ tỉnh Thái Nguyên');
    expect(annex.find(/^PHỤ LỤC$/u)).toBeDefined();
    expect(annex.text).not.toContain('((');
  });

  it('seed 000 prints the registration cut-off its plan overrides and the notice date computed from the dialogue day', async () => {
    const docx = await openWithDates(SEED_PLANS.choMoi2025, undefined, 'Đảng bộ tỉnh Thái Nguyên');
    expect(docx.find('Các mốc thời gian')).toBeDefined();
    // The annex comes after the tasks, which name the same cut-off (seed 000 §IV.5).
    expect(docx.find(/^\+ .*04\/12\/2025/u)?.text).toMatch(/^\+ .*đăng ký.*: 04\/12\/2025/u);
    expect(docx.text).toContain('02/12/2025');
    expect(docx.find('Thời gian:')?.text).toBe('- Thời gian: Dự kiến ngày 10 tháng 12 năm 2025');
    expect(docx.find('ĐẢNG BỘ TỈNH THÁI NGUYÊN')).toBeDefined();
  });

  it('seed 004 has only its half-year window until the date is announced, then every date', async () => {
    const windowOnly = await openWithDates(SEED_PLANS.sonTayHa2025);
    expect(windowOnly.find('Thời gian:')?.text).toBe(
      '- Thời gian: Từ ngày 01/07/2025 đến ngày 31/12/2025 (UBND xã ban hành Thông báo cụ thể sau)',
    );
    expect(windowOnly.find('Các mốc thời gian')).toBeUndefined();
    const dated = await openWithDates({
      ...SEED_PLANS.sonTayHa2025,
      timing: { kind: 'date', date: '2025-12-10' },
    });
    for (const date of ['28/11/2025', '19/12/2025', '09/01/2026'])
      expect(dated.text).toContain(date);
  });

  it('seed 002 (held 24/08/2023) prints the written-answer deadlines in working days', async () => {
    const docx = await openWithDates(SEED_PLANS.thanUyen2023, '2023-08-24');
    expect(docx.text).toContain('18/09/2023');
    expect(docx.text).toContain('09/10/2023');
  });

  it('seeds 001 and 003 keep their windows and print no date they cannot know', async () => {
    for (const plan of [SEED_PLANS.khoenOn2025, SEED_PLANS.vinhBao2026]) {
      const docx = await openWithDates(plan);
      expect(docx.find('Thời gian:')?.text).toMatch(/^- Thời gian: Từ ngày/u);
    }
  });
});
