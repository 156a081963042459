import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';

// Tagged @citizen: runs with JavaScript, without it, and on a phone-sized screen.

const PASSWORD = 'mây trắng bay qua đèo Pha Đin';

/// A personal ID number unique to this run (province 014, male born 1985) and a matching e-mail.
function identity() {
  const serial = String(Date.now() % 1_000_000).padStart(6, '0');
  return { id: `014085${serial}`, email: `cong.dan.${serial}.${test.info().project.name}@example.vn` };
}

test('register, verify by mail, sign in and out @citizen', async ({ page, javaScriptEnabled }) => {
  const me = identity();
  await page.goto('/dang-ky');
  await settled(page, javaScriptEnabled);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Họ và tên').fill('Lò Thị Mai');
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(me.id);
  await page.getByLabel('Ngày sinh').fill('1985-03-14');
  await page.getByLabel('Thư điện tử').fill(me.email);
  await page.getByLabel('Số điện thoại').fill('0912345678');
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.locator('#nhap_lai_mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra hộp thư của bạn');

  // The demo mailbox shows the verification mail; its link confirms the address.
  await expect(async () => {
    await page.goto('/hop-thu');
    await expect(page.locator('article.mail', { hasText: me.email }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.locator('article.mail', { hasText: me.email }).first().getByRole('link').first().click();
  await expect(page.getByRole('status').first()).toContainText('đã được xác nhận');

  await settled(page, javaScriptEnabled);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(me.id);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByText('Lò Thị Mai').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
});

test('wrong password is explained without saying which part was wrong @citizen', async ({ page, javaScriptEnabled }) => {
  await page.goto('/dang-nhap');
  await settled(page, javaScriptEnabled);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill('khong.co@example.vn');
  await page.locator('#mat_khau').fill('không phải mật khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Thông tin đăng nhập không đúng');
  await expect(page.getByLabel('Thư điện tử hoặc số định danh cá nhân')).toHaveValue('khong.co@example.vn');
});
