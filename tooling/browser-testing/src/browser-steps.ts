// Steps every browser test repeats: signing in on / and saving a screenshot as an artefact.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, PASSWORD, type World } from './harness.js';

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

/** A full-page screenshot in `test-artifacts/<name>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
