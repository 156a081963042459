import { test, expect, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';

// Filing a birth registration online with two documents, with JavaScript, without it and on a
// phone (@citizen); a business member sees a colleague's dossier; the public lookup.

const PASSWORD = 'hoa ban nở trắng núi rừng Tây Bắc';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function signIn(page: Page, who: string, js: boolean) {
  await page.goto('/dang-nhap');
  await settled(page, js);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(who);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
}

/// From the procedure page to a submitted birth registration; returns the dossier code.
async function fileBirthRegistration(page: Page, js: boolean, owner?: string): Promise<string> {
  await page.goto('/thu-tuc/1.001193');
  await settled(page, js);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await settled(page, js);
  await expect(page.locator('[name="f.nguoi_yeu_cau"]')).toHaveValue('Lò Thị Demo');
  await expectNoSeriousA11yViolations(page);
  if (owner) await page.getByLabel(owner).check();
  await page.locator('[name="f.noi_cu_tru"]').fill('Bản Hụm, tổ 3');
  await page.locator('[name="f.xa_cu_tru"]').selectOption('03670');
  await page.locator('[name="f.quan_he"]').selectOption('me');
  await page.locator('[name="f.ho_ten_tre"]').fill('Lò Văn An');
  await page.locator('[name="f.ngay_sinh_tre"]').fill('2026-11-01');
  await page.locator('input[name="f.gioi_tinh"][value="nam"]').check();
  await page.locator('[name="f.dan_toc"]').fill('Thái');
  await page.locator('[name="f.quoc_tich"]').fill('Việt Nam');
  await page.locator('[name="f.noi_sinh"]').fill('Bệnh viện Đa khoa tỉnh Sơn La');
  await page.locator('[name="f.ho_ten_me"]').fill('Lò Thị Demo');
  await page.locator('[name="f.ngay_sinh_me"]').fill('1990-05-19');
  await page.locator('[name="f.dan_toc_me"]').fill('Thái');
  await page.locator('input[name="f.co_thong_tin_cha"][value="khong"]').check();
  await page.locator('[name="f.cam_doan"]').check();
  await page.locator('#tep-2').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('#tep-6').setInputFiles({ name: 'cccd-me.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã nộp hồ sơ');
  await expect(page.getByText('Chờ tiếp nhận').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'giay-chung-sinh.pdf' })).toBeVisible();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const code = heading!.match(/\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/)![0];
  return code;
}

test('a citizen files a birth registration with two documents and looks it up @citizen', async ({ page, javaScriptEnabled }) => {
  await signIn(page, 'congdan@demo.sonla.vn', javaScriptEnabled);
  const code = await fileBirthRegistration(page, javaScriptEnabled);

  // My dossiers list it.
  await page.goto('/ho-so');
  await expect(page.getByRole('link', { name: code })).toBeVisible();

  // The public lookup, signed out or not: the right check value shows the status.
  await page.goto('/tra-cuu');
  await settled(page, javaScriptEnabled);
  await page.getByLabel('Mã hồ sơ').fill(code);
  await page.getByLabel('Mã kiểm tra').fill('0001');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.locator('dd.status')).toHaveText('Chờ tiếp nhận');
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Mã kiểm tra').fill('9999');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy hồ sơ');
});

test('a business member sees a colleague\'s dossier', async ({ page }) => {
  await signIn(page, 'congdan@demo.sonla.vn', true);
  const code = await fileBirthRegistration(page, true, 'Hợp tác xã Chè Demo Mộc Châu');
  await page.context().clearCookies();

  await signIn(page, 'thanhvien@demo.sonla.vn', true);
  await page.goto('/doanh-nghiep');
  await settled(page);
  await page.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByText('Hợp tác xã Chè Demo Mộc Châu').first()).toBeVisible();
});

test('with JavaScript a draft saves itself while typing and resumes after a reload', async ({ page }) => {
  await signIn(page, 'thanhvien@demo.sonla.vn', true);
  await page.goto('/thu-tuc/3.000333');
  await settled(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const draft = page.url();
  await settled(page);
  await page.locator('[name="f.muc_dich"]').fill('Bổ sung hồ sơ xin việc');
  await expect(page.getByText(/Đã tự động lưu lúc \d\d:\d\d:\d\d/)).toBeVisible({ timeout: 10_000 });
  await page.goto(draft);
  await expect(page.locator('[name="f.muc_dich"]')).toHaveValue('Bổ sung hồ sơ xin việc');
  await page.goto('/ho-so');
  await expect(page.getByRole('link', { name: 'Bản nháp' }).first()).toBeVisible();
});

test('with JavaScript the form is checked in the browser by the same rules before it is sent', async ({ page }) => {
  await signIn(page, 'thanhvien@demo.sonla.vn', true);
  await page.goto('/thu-tuc/1.005360');
  await settled(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await settled(page);
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && /\/ho-so\/\d+$/.test(r.url())) posts.push(r.url()); });
  await page.locator('[name="f.so_tang"]').fill('9');
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Số tầng: Không được lớn hơn 7.');
  await expect(alert).toContainText('Lô đất số / thửa đất số: Vui lòng nhập thông tin này.');
  expect(posts).toEqual([]);
});
