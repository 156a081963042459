import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';

// Tagged @citizen: these run with JavaScript, without it, and on a phone-sized screen.

test('home page: search, groups and how-to @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/');
  await settled(page, javaScriptEnabled);
  await expect(page).toHaveTitle(/Cổng Dịch vụ công/);
  await expect(page.getByRole('heading', { name: 'Thủ tục theo lĩnh vực' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thủ tục theo cấp thực hiện' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cách nộp hồ sơ trực tuyến' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('search without accents finds the construction permit first @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/');
  await settled(page, javaScriptEnabled);
  await page.getByLabel('Tìm thủ tục hành chính').fill('cap giay phep xay dung');
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=cap\+giay\+phep\+xay\+dung/);
  const firstRow = page.locator('table.procedures tbody tr').first();
  await expect(firstRow).toContainText('Cấp giấy phép xây dựng');
  await expectNoSeriousA11yViolations(page);
});

test('filters narrow the list and survive paging @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/thu-tuc');
  await settled(page, javaScriptEnabled);
  await expect(page.getByRole('status').first()).toContainText('45');
  // Folded until asked for, so a phone's first screen shows procedures.
  const panel = page.locator('details.filter-panel');
  await expect(panel).not.toHaveAttribute('open');
  await expect(page.getByLabel('Cấp thực hiện')).toBeHidden();
  await panel.locator('summary').click();
  await page.getByLabel('Cấp thực hiện').selectOption('province');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(/cap=province/);
  // Open while a filter applies, saying how many.
  await expect(panel).toHaveAttribute('open');
  await expect(panel.locator('summary')).toContainText('(1 đang áp dụng)');
  await expect(page.getByLabel('Cấp thực hiện')).toHaveValue('province');
  await expect(page.locator('table.procedures tbody tr')).not.toHaveCount(0);
  for (const level of await page.locator('table.procedures tbody td:nth-child(4)').allTextContents()) {
    expect(level).toBe('Cấp tỉnh');
  }
  await expectNoSeriousA11yViolations(page);
});

test('procedure detail shows every part, and links back @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/thu-tuc');
  await settled(page, javaScriptEnabled);
  await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
  for (const section of ['Cách thức thực hiện', 'Thành phần hồ sơ', 'Trình tự thực hiện', 'Căn cứ pháp lý', 'Kết quả thực hiện']) {
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'Thủ tục hành chính', exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc$/);
});

test('bad input is explained, not an error page @citizen', async ({ page }) => {
  const response = await page.goto('/thu-tuc?trang=-1');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('Số trang không hợp lệ');
  await expect(page.getByLabel('Tìm thủ tục hành chính')).toBeVisible();
});

test('English switch and back @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/thu-tuc?q=khai+sinh');
  await settled(page, javaScriptEnabled);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=khai\+sinh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalog of administrative procedures');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh mục thủ tục hành chính');
});

test('keyboard: skip link moves focus to the content @citizen', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('only a draft page loads the wasm: every other page is HTML and CSS', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) scripts.push(r.url()); });
  for (const path of ['/', '/thu-tuc', '/thu-tuc/1.001193', '/tra-cuu', '/dang-nhap', '/dang-ky']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts).toEqual([]);
  expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
});

test('on a phone the list is cards and the first procedures fill the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/thu-tuc');
  await settled(page);
  const first = page.locator('table.procedures tbody tr').first();
  const box = await first.boundingBox();
  expect(box, 'the first procedure is laid out').not.toBeNull();
  expect(box!.y + box!.height, 'the first procedure ends within the first screen').toBeLessThan(844);
  // Each fact under its label; the badge wraps rather than being cut off.
  const badge = first.locator('.badge');
  const [badgeRight, rowRight] = await Promise.all([badge.evaluate((b) => b.getBoundingClientRect().right), first.evaluate((r) => r.getBoundingClientRect().right)]);
  expect(badgeRight).toBeLessThanOrEqual(rowRight);
  const label = await first.locator('td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('Lĩnh vực');
});
