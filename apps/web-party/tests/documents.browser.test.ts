import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, morning, useJourney, type World } from '@doithoai/browser-testing';
import {
  prepareCommune,
  seedConcludedDialogue,
  seedPostponedPlan,
  type SteeringRecords,
} from './steering-seed.test-support.js';

/*
 * The official documents from the Party app (issue 8): seed 000's dialogue held and concluded
 * (steering-seed.ts); the secretary downloads the plan and the conclusion notice from the plan
 * page as Word (and PDF when the server has LibreOffice), and the reports from the results page.
 */
const TODAY = morning('2026-01-15');

describeInBrowser('document downloads in the Party committee app', () => {
  let world: World;
  let page: Page;
  let records: SteeringRecords;

  const { shot, signIn } = useJourney(
    {
      // The seed drives the dialogue as the office, the secretary and the Front.
      accounts: {
        'vpdu.chomoi': { role: 'party-office', fullName: 'Hoàng Thị Lan' },
        'bithu.chomoi': { role: 'party-secretary', fullName: 'Triệu Tiên Trình' },
        'mttq.chomoi': { role: 'front-officer', fullName: 'Lý Thị Mai' },
      },
      browserClock: TODAY,
      prepare: prepareCommune,
      seed: async (w) => {
        records = await seedConcludedDialogue(w);
      },
    },
    (opened) => ({ world, page } = opened),
  );

  /** Clicks a format link of one document in the downloads block and returns the file. */
  async function download(label: string, format: 'Word' | 'PDF' | 'Excel') {
    const row = page.getByTestId('document-downloads').locator('li', { hasText: label });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: format, exact: true }).click(),
    ]);
    const path = join(world.artifacts, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('downloads the plan and the conclusion notice as Word, with their Vietnamese file names', async () => {
    await signIn('bithu.chomoi');
    await page.goto(`${world.url}/party/plans/${records.planId}`);
    await page.getByRole('heading', { name: 'Tải văn bản' }).waitFor();
    await shot('30-tai-van-ban');
    const plan = await download('Kế hoạch', 'Word');
    expect(plan.name).toMatch(/^Kế hoạch \d+-KH-ĐU Đảng ủy xã Chợ Mới\.docx$/u);
    expect(plan.bytes.subarray(0, 2).toString()).toBe('PK');
    const notice = await download('Thông báo kết luận', 'Word');
    expect(notice.name).toMatch(/^Thông báo kết luận .*\.docx$/u);
    expect(notice.bytes.length).toBeGreaterThan(5000);
    await page.getByRole('status').filter({ hasText: 'Đã tải về' }).waitFor();
  });

  // Issue 18.6: what does not exist yet is not offered, and the page says why.
  it('offers only the documents that exist: a plan not yet held says why its minutes and conclusion are missing', async () => {
    const postponed = await seedPostponedPlan(world);
    await page.goto(`${world.url}/party/plans/${postponed}`);
    const block = page.getByTestId('document-downloads');
    const conclusion = block.locator('[data-document="conclusion"]');
    await conclusion.locator('[data-unavailable]').waitFor();
    expect(await conclusion.getByRole('link').count()).toBe(0);
    expect(await conclusion.innerText()).toContain('Chưa ban hành thông báo kết luận');
    const minutes = block.locator('[data-document="minutes"]');
    expect(await minutes.getByRole('link').count()).toBe(0);
    expect(await minutes.innerText()).toContain('Chưa tổ chức hội nghị');
    const plan = block.locator('[data-document="plan"]');
    expect(await plan.getByRole('link', { name: 'Word' }).count()).toBe(1);
    await shot('31-van-ban-chua-co');
  });

  it('offers PDF only when the server can make it, and the PDF is a PDF', async () => {
    await page.goto(`${world.url}/party/plans/${records.planId}`);
    const block = page.getByTestId('document-downloads');
    await block.getByRole('link', { name: 'Word' }).first().waitFor();
    const capabilities = (await (
      await page.request.get(`${world.url}/documents/capabilities`)
    ).json()) as {
      pdfAvailable: boolean;
    };
    if (!capabilities.pdfAvailable) {
      await block.getByText('Máy chủ chưa cài bộ chuyển đổi PDF').waitFor();
      expect(await block.getByRole('link', { name: 'PDF' }).count()).toBe(0);
      return;
    }
    const pdf = await download('Kế hoạch', 'PDF');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('downloads the results report from the results page', async () => {
    await page.goto(`${world.url}/party/reports/results/${records.planId}?month=2026-01`);
    await page.getByTestId('report').waitFor();
    const report = await download('Báo cáo kết quả', 'Word');
    expect(report.name).toMatch(/^Báo cáo kết quả .*\.docx$/u);
    expect(report.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
