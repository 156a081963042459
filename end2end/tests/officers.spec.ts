import { test, expect, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled, totp } from './helpers';
import { signInOfficer } from './people';

// Officers: password, then a TOTP code from the secret enrolled on the first sign-in (computed
// here as an authenticator app would), recovery codes shown once; a system admin reads the audit
// log. Chromium with JavaScript only (the back office is not a citizen page).

const PASSWORD = 'hoa ban nở trắng núi rừng Tây Bắc';

async function passwordStep(page: Page, email: string) {
  await page.goto('/dang-nhap');
  await settled(page);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(email);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\/ma-xac-thuc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xác thực hai bước');
}

/// First sign-in of an officer: enrol and land on the account page; returns the secret.
async function enrol(page: Page, email: string): Promise<string> {
  await passwordStep(page, email);
  await settled(page);
  await expect(page.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = await page.locator('#khoa-bi-mat').getAttribute('data-secret');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Mã xác thực').fill(totp(secret!));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã bật xác thực hai bước.')).toBeVisible();
  await expect(page.locator('#ma-du-phong li')).toHaveCount(10);
  await page.getByRole('link', { name: 'Tiếp tục' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  return secret!;
}

test('an officer enrols an authenticator, then signs in with a code from it', async ({ page }) => {
  const secret = await enrol(page, 'quantricoquan@demo.sonla.vn');
  await expect(page.getByText('Vai trò: Quản trị cơ quan')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);

  // Second sign-in: no QR code any more; a wrong code is refused, the authenticator's is taken.
  await passwordStep(page, 'quantricoquan@demo.sonla.vn');
  await expect(page.locator('#khoa-bi-mat')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Mã xác thực').fill(totp(secret, 5));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('alert')).toContainText('Mã xác thực không đúng');
  // The enrolment used this step's code; the next step's is the one an app shows soon after.
  await page.getByLabel('Mã xác thực').fill(totp(secret, 1));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByText('Vì Thị Quản Trị Cơ Quan').first()).toBeVisible();
});

test('a system admin reads the audit log and sees the officers', async ({ page }) => {
  // Enrolled here or by an earlier spec (accessibility.spec.ts), whichever signs in first.
  await signInOfficer(page, true, 'quantri@demo.sonla.vn');
  await page.getByRole('link', { name: 'Quản trị hệ thống' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole('cell', { name: /^Cầm Thị Một Cửa/ })).toBeVisible();
  await settled(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Nhật ký an ninh' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/nhat-ky$/);
  await page.getByLabel('Sự kiện').selectOption('second_factor_enrolled');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL(/su_kien=second_factor_enrolled/);
  // Every row is an enrolment now; the system admin's own is among them.
  await expect(page.locator('#nhat-ky tbody tr').first()).toContainText('Bật xác thực hai bước');
  await expect(page.locator('#nhat-ky tbody tr', { hasText: 'Tòng Văn Quản Trị' }).first()).toContainText('Bật xác thực hai bước');
  await settled(page);
  await expectNoSeriousA11yViolations(page);

  // The working calendar: a provincial day off added, listed, then removed.
  await page.goto('/quan-tri/lich?nam=2027');
  await settled(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Ngày', { exact: true }).fill('2027-12-15');
  await page.getByLabel('Loại ngày').selectOption('off');
  await page.getByLabel('Ghi chú (căn cứ, lý do)').fill('Nghỉ theo quyết định của tỉnh');
  await page.getByRole('button', { name: 'Lưu ngày' }).click();
  const row = page.locator('#lich tr', { hasText: '15/12/2027' });
  await expect(row).toContainText('Nghỉ theo quyết định của tỉnh');
  await row.getByRole('button', { name: /Gỡ/ }).click();
  await expect(page.locator('#lich tr', { hasText: '15/12/2027' })).toHaveCount(0);
});
