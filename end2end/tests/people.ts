import { test, expect, Page, Browser } from '@playwright/test';
import { settled, totp } from './helpers';

// The demo people of the end-to-end journeys, each in a browser context of their own, and the
// officer's action on a dossier page.

export const PASSWORD = 'hoa ban nở trắng núi rừng Tây Bắc';

export async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN' });
  return context.newPage();
}

export async function signIn(page: Page, who: string) {
  await page.goto('/dang-nhap');
  await settled(page);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(who);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/// A demo officer's first sign-in: enrols the authenticator from the page's secret.
export async function officer(browser: Browser, email: string): Promise<Page> {
  const page = await open(browser);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dang-nhap\/ma-xac-thuc$/);
  const secret = await page.locator('#khoa-bi-mat').getAttribute('data-secret');
  await page.getByLabel('Mã xác thực').fill(totp(secret!));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('link', { name: 'Tiếp tục' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  return page;
}

/// Presses an officer's action button on dossier `id`, with a note if given.
export async function act(page: Page, id: string, button: string, note?: string) {
  await page.goto(`/ho-so/${id}`);
  await settled(page);
  // Nothing may re-render the form between typing and sending.
  await page.waitForLoadState('networkidle');
  if (note) {
    const box = page.getByLabel('Ghi chú, lý do hoặc nội dung cần bổ sung');
    await box.fill(note);
    await expect(box).toHaveValue(note);
  }
  await page.getByRole('button', { name: button, exact: true }).click();
  // A move that ends the dossier is confirmed on the page first, its reason shown.
  if (CONFIRMED.includes(button)) {
    const confirm = page.locator('.confirm');
    await expect(confirm).toContainText(note ?? '');
    await confirm.getByRole('button', { name: button, exact: true }).click();
  }
  await expect(page.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
}

const CONFIRMED = ['Từ chối tiếp nhận', 'Từ chối giải quyết', 'Dừng xử lý'];
