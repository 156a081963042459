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
