import { test, expect, Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expectNoSeriousA11yViolations, settled, totp } from './helpers';
import { PASSWORD } from './people';

// The catalog editor, with JavaScript and without (@editor runs in the no-js project too): the
// provincial police's administrator puts a new procedure online, section by section, and the
// public finds it, ready to be filed online; then withdraws it. Nothing in the source tree is
// touched.

const ADMIN = 'quantri.catinh@demo.sonla.vn';

/// Signs the admin in; the first time (whichever project runs first) enrols the authenticator
/// and keeps its secret in this run's data folder for the other.
async function signInAdmin(page: Page, js: boolean) {
  const kept = join(process.env.PORTAL_DATA_DIR ?? tmpdir(), `e2e-totp-${ADMIN}`);
  await page.goto('/dang-nhap');
  await settled(page, js);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(ADMIN);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/dang-nhap\/ma-xac-thuc$/);
  await settled(page, js);
  if (existsSync(kept)) {
    // The enrolment used its step's code; the next step's is accepted once.
    await page.getByLabel('Mã xác thực').fill(totp(readFileSync(kept, 'utf8'), 1));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
  } else {
    const secret = (await page.locator('#khoa-bi-mat').getAttribute('data-secret'))!;
    writeFileSync(kept, secret);
    await page.getByLabel('Mã xác thực').fill(totp(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('link', { name: 'Tiếp tục' }).click();
  }
  await expect(page).toHaveURL(/\/tai-khoan$/);
}

/// Opens a section of the procedure from its page, fills it with `fill`, saves.
async function section(page: Page, js: boolean, link: string, fill: () => Promise<void>) {
  await page.getByRole('link', { name: link }).click();
  await settled(page, js);
  await fill();
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
}

test('an agency admin puts a new procedure online without touching the source @editor', async ({ page }) => {
  const js = test.info().project.use.javaScriptEnabled !== false;
  const code = js ? '1.099901' : '1.099902';
  const name = `Cấp giấy xác nhận thông tin cư trú (thử ${js ? 'có' : 'không có'} JavaScript)`;
  await signInAdmin(page, js);
  await page.goto('/quan-tri');
  await page.getByRole('link', { name: 'Quản trị danh mục thủ tục' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-tuc$/);
  await expect(page.getByRole('link', { name: '3.000333' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2.000815' })).toHaveCount(0);
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);

  // A code of the wrong form is refused beside the field; then the draft is created.
  await page.getByRole('link', { name: 'Thêm thủ tục mới' }).click();
  await settled(page, js);
  await page.locator('#ma').fill('1.23');
  await page.locator('#ten').fill(name);
  await page.locator('#linh_vuc').selectOption('LLTP');
  await page.getByLabel('Cấp tỉnh').check();
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page.getByRole('alert')).toContainText('Mã thủ tục gồm một chữ số');
  await expect(page.locator('#ten')).toHaveValue(name);
  await page.locator('#ma').fill(code);
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/thu-tuc/${code.replace('.', '\\.')}\\?da_tao=1$`));
  await expect(page.getByRole('heading', { name: 'Cần sửa trước khi công bố' })).toBeVisible();
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);

  await section(page, js, 'Sửa thông tin chung', async () => {
    await page.getByLabel('Công dân Việt Nam').check();
    await page.locator('#muc_do').selectOption('partial');
    await page.locator('#ket_qua').fill('Giấy xác nhận thông tin về cư trú');
  });
  await section(page, js, 'Sửa trường hợp', async () => {
    await page.locator('#th-0-ma').fill('thuong');
    await page.locator('#th-0-ten').fill('Thông thường');
    await page.locator('#th-1-ma').fill('xac_minh');
    await page.locator('#th-1-ten').fill('Cần xác minh');
  });
  await section(page, js, 'Sửa cách thức thực hiện, thời hạn, phí và lệ phí', async () => {
    await page.locator('#k-0-kenh').selectOption('online');
    await page.locator('#k-0-thoi_han').fill('3');
    await page.locator('#k-0-don_vi').selectOption('working_days');
    await page.locator('#k-0-phi-0-ten').fill('Phí sao lục');
    await page.locator('#k-0-phi-0-cach_tinh').selectOption('per_unit');
    await page.locator('#k-0-phi-0-don_vi_tinh').fill('trang');
    await page.locator('#k-0-phi-0-bac').fill('1:2000, 3:1000');
    await page.locator('#k-0-phi-0-dem').fill('so_trang');
  });
  await section(page, js, 'Sửa thành phần hồ sơ', async () => {
    await page.locator('#g-0-ten').fill('Tờ khai đề nghị xác nhận thông tin cư trú');
    await page.locator('#g-0-ban_chinh').fill('1');
    await page.locator('#g-0-bat_buoc').check();
  });
  await section(page, js, 'Sửa trình tự, điều kiện và căn cứ pháp lý', async () => {
    await page.locator('#buoc').fill('Nộp hồ sơ\nCông an tỉnh xác minh\nTrả kết quả');
    await page.locator('#can_cu').fill('Luật Cư trú 2020');
  });
  await expect(page.getByRole('heading', { name: 'Cần sửa trước khi công bố' })).toHaveCount(0);
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);

  // Published from today: the public finds it and may file it online.
  await page.getByRole('button', { name: 'Công bố phiên bản mới' }).click();
  await expect(page.getByText('Đã công bố phiên bản mới.')).toBeVisible();
  await page.goto(`/thu-tuc/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cấp giấy xác nhận thông tin cư trú');
  await expect(page.getByRole('button', { name: 'Nộp trực tuyến' })).toBeVisible();

  // Its workflow: the records unit does the processing in eight working hours, saved as the
  // procedure's first own version. Its e-form: the generic one, previewed.
  await page.goto(`/quan-tri/thu-tuc/${code}`);
  await page.getByRole('link', { name: 'Quy trình xử lý nội bộ' }).click();
  await settled(page, js);
  await expect(page.getByText('Thủ tục đang dùng quy trình chung')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.locator('#b-1-don_vi').fill('HSNV');
  await page.locator('#b-1-han').fill('8');
  await page.locator('#b-1-don_vi_han').selectOption('hours');
  await page.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(page.getByText('Đã lưu phiên bản mới của quy trình.')).toBeVisible();
  await expect(page.getByText('Phiên bản quy trình 1.')).toBeVisible();
  await page.goto(`/quan-tri/bieu-mau/${code}`);
  await settled(page, js);
  await expect(page.getByRole('heading', { name: 'Xem trước (như người dân thấy)' })).toBeVisible();
  await expect(page.getByLabel('Số trang')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Built field by field with plain forms: a yes/no question, a repeating group with a member,
  // a field shown only when the answer is yes; then published as the form's first version.
  await page.getByRole('link', { name: 'Sửa từng trường (trình tạo biểu mẫu)' }).click();
  await settled(page, js);
  await expect(page.getByText('Chưa có bản nháp')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const addField = async (select: string, kind: string, fill: () => Promise<void>) => {
    await page.locator(select).selectOption(kind);
    await page.locator(`form:has(${select}) button`).click();
    await settled(page, js);
    await fill();
    await page.getByRole('button', { name: 'Lưu trường vào bản nháp' }).click();
    await expect(page.getByText('Đã lưu vào bản nháp.')).toBeVisible();
  };
  await addField('#them-1', 'radio', async () => {
    await page.locator('#ma').fill('uy_quyen');
    await page.locator('#nhan').fill('Có ủy quyền cho người khác nộp không?');
    await page.locator('#lua_chon').fill('co | Có\nkhong | Không');
    await page.getByLabel('Bắt buộc điền').check();
  });
  await addField('#them-1', 'group', async () => {
    await page.locator('#ma').fill('giay_to_sao');
    await page.locator('#nhan').fill('Giấy tờ cần xác nhận');
  });
  await addField('#them-1-giay_to_sao', 'text', async () => {
    await page.locator('#ma').fill('ten');
    await page.locator('#nhan').fill('Tên giấy tờ');
  });
  await addField('#them-1', 'text', async () => {
    // Refused first: a key with accents, kept as typed beside its message.
    await page.locator('#ma').fill('Người ủy quyền');
    await page.locator('#nhan').fill('Họ tên người được ủy quyền');
    await page.getByRole('button', { name: 'Lưu trường vào bản nháp' }).click();
    await expect(page.getByRole('alert')).toContainText('Tên trường chỉ gồm chữ thường');
    await expect(page.locator('#nhan')).toHaveValue('Họ tên người được ủy quyền');
    await page.locator('#ma').fill('nguoi_uy_quyen');
    await page.locator('#dk_truong').selectOption('uy_quyen');
    await page.locator('#dk_bang').fill('co');
  });
  await page.getByRole('button', { name: 'Lên: Họ tên người được ủy quyền' }).click();
  await expect(page.getByText('Đã lưu vào bản nháp.')).toBeVisible();
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Kiểm tra và công bố bản nháp' }).click();
  await expect(page.getByText('Đã công bố phiên bản mới của biểu mẫu.')).toBeVisible();
  await expect(page.getByText('Phiên bản biểu mẫu 1')).toBeVisible();
  await expect(page.getByText('Có ủy quyền cho người khác nộp không?').first()).toBeVisible();
  await expect(page.getByText('Giấy tờ cần xác nhận').first()).toBeVisible();

  // Withdrawn from today: out of the catalog at once (which the other journeys count on).
  await page.goto(`/quan-tri/thu-tuc/${code}`);
  await settled(page, js);
  await page.getByRole('button', { name: 'Ngừng áp dụng', exact: true }).click();
  await expect(page.getByText('Đã ngừng áp dụng thủ tục từ ngày đã chọn.')).toBeVisible();
  const gone = await page.goto(`/thu-tuc/${code}`);
  expect(gone?.status()).toBe(404);
});
