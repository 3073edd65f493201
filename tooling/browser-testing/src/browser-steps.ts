// Steps every browser test repeats: signing in on / and saving a screenshot as an artefact.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { contextAtServerDate, PASSWORD, type World } from './harness.js';

/**
 * Signs `username` in on the home page, after dropping any earlier session.
 *
 * @example await signIn(world, context, page, 'bithu.chomoi');
 */
export async function signIn(
  world: World,
  context: BrowserContext,
  page: Page,
  username: string,
): Promise<void> {
  await context.clearCookies();
  await page.goto(`${world.url}/`);
  await page.fill('#ten-dang-nhap', username);
  await page.fill('#mat-khau', PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Ứng dụng của bạn' }).waitFor();
}

/**
 * A full-page screenshot in the world's artefacts folder, `<name>.png`.
 *
 * @example await shot(world, page, '01-dang-nhap');
 */
export async function shot(world: World, page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(world.artifacts, `${name}.png`), fullPage: true });
}

/**
 * A page in a browser context living at the server's date, with a 10 s step timeout; the app's
 * own errors (uncaught, console) show in the test output.
 *
 * @example ({ context, page } = await openPage(world, morning('2025-12-05')));
 */
export async function openPage(
  world: World,
  clockStart: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await contextAtServerDate(world, clockStart);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()));
  return { context, page };
}

/**
 * After a failed test: the screen it failed on among the artefacts, and the alerts it showed.
 *
 * @example afterEach(({ task }) => recordFailure(world, page, task));
 */
export async function recordFailure(
  world: World,
  page: Page | undefined,
  task: { name: string; result?: { state?: string } | undefined },
): Promise<void> {
  if (task.result?.state !== 'fail' || !page) return;
  // A test named after a date ("10/12/2025 …") must not turn into sub-folders.
  await shot(world, page, `echec-${task.name.slice(0, 40).replaceAll('/', '-')}`);
  console.error('[alerts]', await page.locator('[role="alert"]').allInnerTexts());
}

/**
 * Opens `path` (an app this account may not use) and returns the reason home shows after the
 * app's guard sent the browser back to `/`.
 *
 * @example expect(await refusalAt(world, page, '/party/')).toContain('Đảng ủy xã');
 */
export async function refusalAt(world: World, page: Page, path: string): Promise<string> {
  await page.goto(`${world.url}${path}`);
  await page.waitForURL(`${world.url}/?thongbao=*`);
  return page.getByRole('status').first().innerText();
}
