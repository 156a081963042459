import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';

// Sign-in through VNeID, played by the real OpenID provider that scripts/e2e.sh starts on
// loopback (end2end/oidc/provider.mjs, oidc-provider's development login and consent pages).
// Not tagged @citizen, so it runs in the `chromium` project only: the no-JS and phone projects
// would only be testing the provider's pages, which are not ours.

const issuer = process.env.OIDC_ISSUER;

// scripts/e2e.sh always starts the provider and sets OIDC_ISSUER; without it this test fails
// rather than passing silently.
if (!issuer) throw new Error('OIDC_ISSUER is unset: run the suite through scripts/e2e.sh, which starts the local OpenID provider');

test('sign in with VNeID, land on the account page as a verified citizen, sign out', async ({ page }) => {
  await page.goto('/dang-nhap');
  await settled(page);
  const vneid = page.getByRole('link', { name: 'Đăng nhập bằng VNeID' });
  // A plain link, not a form: the portal's CSP (form-action 'self') would stop a form submission
  // that redirects to another origin.
  await expect(vneid).toHaveAttribute('href', '/dang-nhap/vneid');
  await vneid.click();

  // At the provider. Its development login accepts any login and password; the login becomes the
  // `sub`, and the provider vouches for the same citizen whatever it is.
  await page.waitForURL((url) => url.origin === new URL(issuer!).origin);
  await page.locator('input[name="login"]').fill('lominh');
  await page.locator('input[name="password"]').fill('bất kỳ mật khẩu nào');
  await page.getByRole('button', { name: 'Sign-in' }).click();

  // The provider asks for consent the first time a browser signs in to the portal; either that
  // page or the portal comes next.
  const consent = page.getByRole('button', { name: 'Continue' });
  const verified = page.getByText('Đã xác thực danh tính qua VNeID');
  await expect(consent.or(verified).first()).toBeVisible({ timeout: 15_000 });
  if (await consent.isVisible()) await consent.click();

  // Back at the portal, signed in, with the identity the provider vouched for.
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByText('Lò Thị Minh').first()).toBeVisible();
  await expect(verified.first()).toBeVisible();
  await settled(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
});

/// Registers (and verifies by mail) an account that types `idNumber` as its own, as someone who
/// read it off the holder's ID card would; signs out afterwards.
async function registerWith(page: import('@playwright/test').Page, idNumber: string, email: string, password: string) {
  await page.goto('/dang-ky');
  await settled(page);
  await page.getByLabel('Họ và tên').fill('Kẻ Mạo Danh');
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(idNumber);
  await page.getByLabel('Ngày sinh').fill('1990-01-15');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.locator('#mat_khau').fill(password);
  await page.locator('#nhap_lai_mat_khau').fill(password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra hộp thư của bạn');
  await expect(async () => {
    await page.goto('/hop-thu');
    await expect(page.locator('article.mail', { hasText: email }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.locator('article.mail', { hasText: email }).first().getByRole('link').first().click();
  await expect(page.getByRole('status').first()).toContainText('đã được xác nhận');
}

/// Signs in at the local provider as `login` and comes back to the portal; with `filing`, starts
/// by pressing "Nộp trực tuyến" on that procedure's page, signed out.
async function throughVneid(page: import('@playwright/test').Page, login: string, filing?: string) {
  if (filing) {
    await page.goto(`/thu-tuc/${filing}`);
    await settled(page);
    await page.getByRole('button', { name: 'Nộp trực tuyến', exact: true }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?tiep=/);
  } else {
    await page.goto('/dang-nhap');
  }
  await settled(page);
  await page.getByRole('link', { name: 'Đăng nhập bằng VNeID' }).click();
  await page.waitForURL((url) => url.origin === new URL(issuer!).origin);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('bất kỳ mật khẩu nào');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  const back = page.getByRole('heading', { level: 1 });
  await expect(consent.or(back).first()).toBeVisible({ timeout: 15_000 });
  if (await consent.isVisible()) await consent.click();
}

test('VNeID never hands over an account that typed the same ID number: the holder chooses', async ({ browser }) => {
  const serial = String(Date.now() % 1_000).padStart(3, '0');
  const squatted = `014190002${serial}`;
  const password = 'mây trắng bay qua đèo Pha Đin';
  const email = `mao.danh.${serial}@example.vn`;

  // Someone registers with the holder's number and their own address.
  const attacker = await (await browser.newContext()).newPage();
  await registerWith(attacker, squatted, email, password);

  // The holder signs in with VNeID: not into that account, but to a choice.
  const holder = await (await browser.newContext()).newPage();
  await throughVneid(holder, `cccd-${squatted}`);
  await expect(holder).toHaveURL(/\/dang-nhap\/vneid\/lien-ket$/);
  await expect(holder.getByText('m***@example.vn')).toBeVisible();
  await settled(holder);
  await expectNoSeriousA11yViolations(holder);
  // A wrong password links nothing.
  await holder.locator('#mat_khau').fill('đoán bừa một mật khẩu');
  await holder.getByLabel('Tôi đồng ý liên kết').check();
  await holder.getByRole('button', { name: 'Liên kết tài khoản' }).click();
  await expect(holder.getByRole('alert')).toContainText('Mật khẩu không đúng');
  // "Not mine": a new verified account; the number leaves the other one.
  await holder.getByRole('button', { name: 'Tạo tài khoản mới' }).click();
  await expect(holder).toHaveURL(/\/tai-khoan$/);
  await expect(holder.getByText('Lò Thị Minh').first()).toBeVisible();
  await expect(holder.getByText('Đã xác thực danh tính qua VNeID').first()).toBeVisible();

  // The squatter's account no longer holds the number (they were told by mail).
  await expect(async () => {
    await attacker.goto('/hop-thu');
    await expect(attacker.locator('article.mail', { hasText: 'Số định danh trên tài khoản của bạn đã được gỡ' }).first())
      .toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
});

test('the owner of a self-registered account links it to VNeID with its password', async ({ browser }) => {
  const serial = String((Date.now() + 500) % 1_000).padStart(3, '0');
  const own = `014190003${serial}`;
  const password = 'suối Nậm La chảy qua thành phố';
  const email = `ban.than.${serial}@example.vn`;
  const page = await (await browser.newContext()).newPage();
  await registerWith(page, own, email, password);
  // Started from "Nộp trực tuyến": the choice comes first, then the new draft.
  await throughVneid(page, `cccd-${own}`, '1.001193');
  await expect(page).toHaveURL(/\/dang-nhap\/vneid\/lien-ket$/);
  await page.locator('#mat_khau').fill(password);
  await page.getByLabel('Tôi đồng ý liên kết').check();
  await page.getByRole('button', { name: 'Liên kết tài khoản' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đăng ký khai sinh');
  await page.goto('/tai-khoan');
  await expect(page.getByText('Đã xác thực danh tính qua VNeID').first()).toBeVisible();
});

test('pressing "Nộp trực tuyến" signed out, then VNeID, lands on the new draft', async ({ page }) => {
  await throughVneid(page, 'lominh', '1.001193');
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đăng ký khai sinh');
  await expect(page.getByText('Lò Thị Minh').first()).toBeVisible();
});
