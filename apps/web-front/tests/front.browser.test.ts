import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeInBrowser,
  ids,
  morning,
  prepareCommune,
  signInApi,
  type PlanView,
  useJourney,
  type World,
} from '@doithoai/browser-testing';
import { present } from '@doithoai/domain/testing';
import {
  correctedList,
  listWithErrors,
  PATROL,
  seedAnnouncedPlan,
  seedConcluded,
} from './front-seed.test-support.js';

/*
 * The Front's journey through seed 000 (Chợ Mới, dialogue 10/12/2025, registrations by
 * 04/12/2025, 5 per village). On 25/11/2025 the Front officer imports Bản Mỳ's list from Excel
 * (refused whole while it has errors, then the corrected file), enters a paper form and forwards
 * the compiled list to the chair. Then the dialogue is held and concluded through the API, and
 * on 15/01/2026 the officer records a visit and escalates the long-overdue police patrol, which
 * the secretary sees in the Party app.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeInBrowser('the Front app in a real browser', () => {
  let world: World;
  let page: Page;
  let plan: PlanView;

  const { shot, signIn } = useJourney(
    {
      accounts: {
        'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
        'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
        'chutich.chomoi': { role: 'commune-chair', fullName: 'Ma Văn Hùng' },
        'mttq.chomoi': { role: 'front-officer', fullName: 'Lý Thị Mai' },
      },
      browserClock: morning('2025-11-25'),
      clockStart: morning('2025-11-20'),
      prepare: prepareCommune,
      seed: async (w) => {
        plan = await seedAnnouncedPlan(w);
      },
    },
    (opened) => ({ world, page } = opened),
  );

  /** The plan's petitions as the Front reads them through the API. */
  async function storedPetitions() {
    const front = await signInApi(world, 'mttq.chomoi');
    const list = await front.petitions.list.query({ planId: plan.plan.id, limit: 200 });
    return list.items;
  }

  async function chooseFile(name: string, buffer: Buffer) {
    await page.selectOption('#nt-thon', ids.village);
    await page.setInputFiles('#nt-tep', { name, mimeType: XLSX, buffer });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  }

  it('shows the forwarding deadline with its source and the tally of Bản Mỳ against its quota of five', async () => {
    await signIn('mttq.chomoi');
    await page.getByRole('link', { name: /Ủy ban MTTQ xã/u }).click();
    await page.waitForURL(/\/front\//u);
    const deadline = page.getByTestId('forwarding-deadline');
    await deadline.getByText('04/12/2025').first().waitFor();
    expect(await deadline.innerText()).toMatch(/Căn cứ:/u);
    const tally = page.getByRole('table', { name: 'Số đăng ký theo thôn, bản' });
    const banMy = tally.getByRole('row').filter({ hasText: 'Bản Mỳ' });
    expect(await banMy.innerText()).toMatch(/Bản Mỳ\s+5\s+0\s+5/u);
    await shot('01-thu-thap');
  });

  it("refuses Bản Mỳ's list whole while it has errors, naming each row and column; nothing is saved", async () => {
    await chooseFile('ban-my.xlsx', await listWithErrors());
    const preview = page.getByTestId('import-preview');
    await preview.getByText('Tệp có 2 lỗi; chưa lưu ý kiến nào', { exact: false }).waitFor();
    const text = await preview.innerText();
    expect(text).toContain('Dòng 3, cột «Điện thoại liên hệ»: Số điện thoại không hợp lệ');
    expect(text).toContain('Dòng 4, cột «Nội dung ý kiến, kiến nghị»');
    expect(await preview.getByRole('button', { name: /^Nhập/u }).count()).toBe(0);
    await shot('02-tep-co-loi');
    // Even sent straight to the server, the file with errors stores nothing.
    const front = await signInApi(world, 'mttq.chomoi');
    await expect(
      front.collection.importList.mutate({
        planId: plan.plan.id,
        villageId: ids.village,
        fileName: 'ban-my.xlsx',
        contentBase64: (await listWithErrors()).toString('base64'),
      }),
    ).rejects.toMatchObject({ data: { domainCode: 'VILLAGE_LIST_INVALID' } });
    expect(await storedPetitions()).toEqual([]);
  });

  it('takes the corrected file in, and the same file a second time adds nothing', async () => {
    await chooseFile('ban-my-da-sua.xlsx', await correctedList());
    const preview = page.getByTestId('import-preview');
    await preview.getByText('Tệp hợp lệ: 3 ý kiến của Bản Mỳ', { exact: false }).waitFor();
    await shot('03-tep-hop-le');
    await preview.getByRole('button', { name: 'Nhập 3 ý kiến' }).click();
    await page.getByText('Đã nhập 3 ý kiến của Bản Mỳ.').waitFor();
    expect(await storedPetitions()).toHaveLength(3);

    await chooseFile('ban-my-da-sua.xlsx', await correctedList());
    await page.getByText('Tệp này đã được nhập trước đây', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: 'Nhập 3 ý kiến' }).click();
    await page.getByText('không tạo thêm bản trùng', { exact: false }).waitFor();
    expect(await storedPetitions()).toHaveLength(3);
  });

  it('enters a paper form: the server names a missing field, then keeps it within the quota', async () => {
    await page.selectOption('#pg-thon', ids.village);
    await page.fill('#pg-noi-dung', 'Đề nghị sửa chữa cầu tràn Bản Mỳ trước mùa mưa lũ.');
    await page.getByRole('button', { name: 'Lưu phiếu' }).click();
    await page.locator('#pg-ho-ten-loi').getByText('Họ và tên không được để trống.').waitFor();
    await page.fill('#pg-ho-ten', 'Lò Văn Minh');
    await page.fill('#pg-dien-thoai', '0987000210');
    await page.fill('#pg-dia-chi', 'Bản Mỳ, xã Chợ Mới');
    await page.getByLabel('Đăng ký phát biểu tại hội nghị').check();
    await page.getByRole('button', { name: 'Lưu phiếu' }).click();
    await page
      .getByText(/Đã lưu phiếu của Lò Văn Minh; mã tra cứu [A-Z0-9]{4}-[A-Z0-9]{4}\./u)
      .waitFor();
    const banMy = page
      .getByRole('table', { name: 'Số đăng ký theo thôn, bản' })
      .getByRole('row')
      .filter({ hasText: 'Bản Mỳ' });
    await banMy.getByText('4', { exact: true }).first().waitFor();
    expect(await banMy.innerText()).toMatch(/Bản Mỳ\s+5\s+4\s+1\s+4/u);
    await shot('04-phieu-giay');
  });

  it('forwards the compiled list to the chair, recorded with who, when and how many', async () => {
    expect(await page.getByTestId('to-forward').innerText()).toBe('4');
    await page.fill('#gt-ghi-chu', 'Tổng hợp ý kiến của Nhân dân thôn Bản Mỳ.');
    await page.getByRole('button', { name: 'Gửi tổng hợp' }).click();
    await page
      .getByText('Đã gửi 4 đăng ký cho người chủ trì ngày 25/11/2025 (đúng hạn).')
      .waitFor();
    const history = page.getByRole('table', { name: 'Các lần gửi tổng hợp' });
    // The notice shows as soon as the server answers; the history reloads after it.
    await history.getByText('Lý Thị Mai').waitFor();
    const text = await history.innerText();
    expect(text).toContain('Lý Thị Mai');
    expect(text).toContain('Đúng hạn (hạn 04/12/2025)');
    expect(await page.getByTestId('to-forward').innerText()).toBe('0');
    await shot('05-gui-tong-hop');
    // The chair receives it: the same record, read-only.
    const chair = await signInApi(world, 'chutich.chomoi');
    const forwardings = await chair.collection.forwardings.query({ planId: plan.plan.id });
    expect(forwardings).toMatchObject([{ count: 4, forwardedBy: { fullName: 'Lý Thị Mai' } }]);
  });

  it('records a visit and escalates the long-overdue patrol to the secretary after the conclusion', async () => {
    const land = present(
      (await storedPetitions()).find((p) => p.fullName === 'Nông Văn Dũng'),
      'the land petition of Nông Văn Dũng',
    );
    await seedConcluded(world, plan, land.id);
    await signIn('mttq.chomoi');
    await page.goto(`${world.url}/front/giam-sat?ke_hoach=${plan.plan.id}`);
    const board = page.getByRole('table', { name: 'Bảng theo dõi giám sát' });
    const patrol = board.getByRole('row').filter({ hasText: PATROL });
    await patrol.waitFor();
    expect(await patrol.innerText()).toContain('24/12/2025');
    expect(await patrol.locator('[data-deadline="long-overdue"]').count()).toBe(1);
    expect(await patrol.innerText()).toContain('Công an xã');
    await shot('06-bang-giam-sat');

    await patrol.getByRole('button', { name: 'Ghi nhận giám sát' }).click();
    const form = page.getByTestId('finding-form');
    // Issue 18: the form opened 7,000 px below, out of sight; it now takes the user there.
    const heading = form.getByRole('heading', { name: /^Giám sát:/u });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
    await page.screenshot({ path: join(world.artifacts, '06a-mo-form-giam-sat.png') });
    await form.locator('#gs-noi-dung').fill('Đã kiểm tra thực tế: chưa thấy tổ tuần tra ban đêm.');
    await page.fill('#gs-ngay', '14/01/2026');
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText('Đã ghi nhận "Đã kiểm tra, gặp công dân".').waitFor();

    await patrol.getByRole('button', { name: 'Ghi nhận giám sát' }).click();
    await page.fill(
      '#gs-bao-cao',
      'Việc tuần tra quá hạn từ 24/12/2025, đề nghị Bí thư chỉ đạo Công an xã.',
    );
    await page.getByRole('button', { name: 'Báo cáo Bí thư' }).click();
    await page.getByText('Đã báo cáo Bí thư Đảng ủy, đề nghị chỉ đạo.').waitFor();
    const findings = page.getByRole('table', { name: 'Ý kiến giám sát đã ghi nhận' });
    await findings.getByText('Báo cáo Bí thư Đảng ủy').waitFor();
    expect(await findings.innerText()).toContain('14/01/2026');
    await shot('07-ghi-nhan-giam-sat');
  });

  it('lays out the supervision report of the dialogue for printing', async () => {
    await page.goto(`${world.url}/front/bao-cao?ke_hoach=${plan.plan.id}`);
    const report = page.getByTestId('report');
    await report.getByText('Kết quả giám sát việc thực hiện kết luận', { exact: false }).waitFor();
    const text = await report.innerText();
    // The patrol (due 24/12/2025) and the land survey (due 09/01/2026) are both overdue.
    expect(text).toMatch(/Quá hạn chưa hoàn thành\s+2/u);
    expect(text).toMatch(/Việc báo cáo Bí thư Đảng ủy\s+1/u);
    expect(text).toContain(PATROL);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    await shot('08-bao-cao-ban-in');
    await page.emulateMedia({ media: 'screen' });
    const path = join(world.artifacts, 'bao-cao-giam-sat.pdf');
    await page.pdf({ path, format: 'A4', preferCSSPageSize: true });
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the secretary the escalation in the Party app, read-only', async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/findings?year=2025`);
    const escalations = page.getByRole('table', { name: 'Báo cáo Bí thư, đề nghị chỉ đạo' });
    await escalations.getByText('đề nghị Bí thư chỉ đạo Công an xã', { exact: false }).waitFor();
    expect(await escalations.innerText()).toContain('Lý Thị Mai');
    expect(await page.locator('main form, main button:not(.menu-toggle)').count()).toBe(0);
    await shot('09-bi-thu-xem');
  });

  it('sends a commune chair who opens /front/ back home', async () => {
    await signIn('chutich.chomoi');
    await page.goto(`${world.url}/front/`);
    await page.waitForURL(/\/\?thongbao=/u);
  });
});
