import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { PASSWORD } from './people';

// Finding one's way (issue #15): the lookup from the home page, and "Nộp trực tuyến" pressed
// before signing in, which signs in and lands on the new draft. With JavaScript, without, and on
// a phone.

test('a visitor reaches the lookup from the home page @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/');
  await settled(page, javaScriptEnabled);
  await page.locator('main').getByRole('link', { name: 'Tra cứu hồ sơ' }).click();
  await expect(page).toHaveURL(/\/tra-cuu$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tra cứu hồ sơ');
  // Every page's footer says whom to call, write to and when to come (set by the admin).
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: '1800 0000' })).toHaveAttribute('href', 'tel:18000000');
  await expect(footer).toContainText('Giờ làm việc');
  await expectNoSeriousA11yViolations(page);
});

test('filing before signing in signs in and lands on the new draft @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/thu-tuc/1.001193');
  await settled(page, javaScriptEnabled);
  await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?tiep=%2Fho-so%2Ftao%3Fthu_tuc%3D1\.001193$/);
  await settled(page, javaScriptEnabled);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill('congdan@demo.sonla.vn');
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đăng ký khai sinh');
  // Signed in, the header leads to the citizen's dossiers.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
  await expect(page).toHaveURL(/\/ho-so$/);
});
