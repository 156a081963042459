import { test, expect, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { fillSteps, submitChecked } from './people';

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

/// From the procedure page to a submitted birth registration, step by step; returns the
/// dossier code.
async function fileBirthRegistration(page: Page, js: boolean, owner?: string): Promise<string> {
  await page.goto('/thu-tuc/1.001193');
  await settled(page, js);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await settled(page, js);
  await expect(page.getByText('Bước 1 trên 7')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (owner) await page.getByLabel(owner).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await settled(page, js);
  await expect(page.locator('[name="f.nguoi_yeu_cau"]')).toHaveValue('Lò Thị Demo');
  await fillSteps(page, js, [
    ['f.noi_cu_tru', 'Bản Hụm, tổ 3'], ['f.xa_cu_tru', '03670'], ['f.quan_he', 'me'],
    ['f.ho_ten_tre', 'Lò Văn An'], ['f.ngay_sinh_tre', '2026-11-01'], ['f.gioi_tinh', 'nam'],
    ['f.dan_toc', 'Thái'], ['f.quoc_tich', 'Việt Nam'], ['f.noi_sinh', 'Bệnh viện Đa khoa tỉnh Sơn La'],
    ['f.ho_ten_me', 'Lò Thị Demo'], ['f.ngay_sinh_me', '1990-05-19'], ['f.dan_toc_me', 'Thái'],
    ['f.co_thong_tin_cha', 'khong'], ['f.cam_doan', '1'],
    // Its own bytes: the store keeps one entry per distinct file, under its first name.
    ['tep.2', { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n% giay chung sinh ${Date.now()}\n%%EOF\n`) }],
    ['tep.6', { name: 'cccd-me.png', mimeType: 'image/png', buffer: PNG }],
  ]);
  // The check page reads the answers back, with a way to change each part.
  await expect(page.getByText('Lò Văn An')).toBeVisible();
  await expect(page.getByText('01/11/2026')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const code = await submitChecked(page);
  await expect(page.getByText('Chờ tiếp nhận').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'giay-chung-sinh.pdf', exact: true })).toBeVisible();
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
  // The third step asks what the certificate is for.
  const draft = `${page.url()}?buoc=3`;
  await page.goto(draft);
  await settled(page);
  await expect(page.getByText('Bản nháp được lưu khi bạn bấm')).toBeVisible();
  await page.locator('[name="f.muc_dich"]').fill('Bổ sung hồ sơ xin việc');
  // Said beside the buttons, where one types.
  await expect(page.locator('form.eform .autosave')).toHaveText(/Đã tự động lưu lúc \d\d:\d\d:\d\d/, { timeout: 10_000 });
  await page.goto(draft);
  await expect(page.locator('[name="f.muc_dich"]')).toHaveValue('Bổ sung hồ sơ xin việc');
  await page.goto('/ho-so');
  await expect(page.getByRole('link', { name: 'Bản nháp' }).first()).toBeVisible();
});

test('with JavaScript each step is checked in the browser by the same rules before it is sent', async ({ page }) => {
  await signIn(page, 'thanhvien@demo.sonla.vn', true);
  await page.goto('/thu-tuc/1.005360');
  await settled(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await page.goto(`${page.url()}?buoc=3`);
  await settled(page);
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST' && /\/ho-so\/\d+/.test(r.url())) posts.push(r.url()); });
  await page.locator('[name="f.so_tang"]').fill('9');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Số tầng: Không được lớn hơn 7.');
  await expect(alert).toContainText('Chọn loại công trình.');
  await expect(alert).toBeFocused();
  // Linked to the field.
  await alert.getByRole('link', { name: /^Số tầng/ }).click();
  await expect(page.locator('#f-so_tang')).toBeFocused();
  expect(posts.filter((u) => !u.includes('/api/'))).toEqual([]);

  // A date before the one it must follow, in the birth registration: refused in the browser too.
  await page.goto('/thu-tuc/1.001193');
  await settled(page);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const birth = page.url();
  await page.goto(`${birth}?buoc=3`);
  await settled(page);
  await page.locator('[name="f.ngay_sinh_me"]').fill('1990-05-19');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  await page.goto(`${birth}?buoc=2`);
  await settled(page);
  await page.locator('[name="f.ngay_sinh_tre"]').fill('1985-01-01');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('alert')).toContainText('Ngày, tháng, năm sinh: Không được trước “Ngày sinh của mẹ”.');
});

test('conditional questions: shown as they are asked for, with JavaScript and without @citizen', async ({ page, javaScriptEnabled }) => {
  await signIn(page, 'congdan@demo.sonla.vn', javaScriptEnabled);
  await page.goto('/thu-tuc/1.001193');
  await settled(page, javaScriptEnabled);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  await page.goto(`${page.url()}?buoc=3`);
  await settled(page, javaScriptEnabled);
  const father = page.locator('[name="f.ho_ten_cha"]');
  await expect(father).toBeHidden();
  await page.locator('input[name="f.co_thong_tin_cha"][value="co"]').check();
  if (javaScriptEnabled) {
    await expect(father).toBeVisible();
  } else {
    // Without a script, the page shows them once the answer is sent.
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(page.getByText('vừa hiện ra')).toBeVisible();
    await expect(father).toBeVisible();
  }
  await page.locator('input[name="f.co_thong_tin_cha"][value="khong"]').check();
  if (javaScriptEnabled) await expect(father).toBeHidden();
});
