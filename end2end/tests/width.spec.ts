import { test, expect, Page } from '@playwright/test';
import { settled } from './helpers';
import { officer, signIn } from './people';

// No page scrolls sideways (issue #15): at a phone's 390 px and a desk's 1280 px, the document is
// never wider than the window. Public pages, a citizen's, and an officer's queue.

const PUBLIC = ['/', '/thu-tuc', '/thu-tuc/1.001193', '/thu-tuc/3.000333', '/tra-cuu', '/dang-nhap'];

async function fits(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${path} is ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
}

for (const width of [390, 1280]) {
  test(`nothing scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of PUBLIC) {
      await fits(page, path);
    }
    await signIn(page, 'congdan@demo.sonla.vn');
    await expect(page).toHaveURL(/\/tai-khoan$/);
    for (const path of ['/tai-khoan', '/ho-so']) {
      await fits(page, path);
    }
  });
}

test('the officer\'s queue fits at 390 and 1280 px', async ({ browser }) => {
  // An officer no other journey signs in (so the first sign-in enrols its authenticator) whose
  // queue filter lists long company-registration names.
  const page = await officer(browser, 'dangkykinhdoanh@demo.sonla.vn');
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await fits(page, '/can-bo');
  }
});
