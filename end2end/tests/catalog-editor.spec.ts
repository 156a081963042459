import { test, expect, Browser, Page } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { PASSWORD, fillSteps, signInOfficer, submitChecked } from './people';

// The catalog editor, with JavaScript and without (@editor runs in the no-js project too): the
// provincial police's administrator puts a new procedure online, section by section — two
// cases with their own time limits, a fee per page counted from the form, received at the
// provincial public-service centre —, sets its workflow, builds its e-form field by field (a
// repeating group, a field shown on a condition) and publishes it; a citizen files the second
// case and pays the fee the page count gives; the centre's counter receives it and the
// appointment follows that case's time limit; then the admin withdraws it. Nothing in the
// source tree is touched.

const ADMIN = 'quantri.catinh@demo.sonla.vn';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/// With PORTAL_SCREENSHOTS set (`scripts/screenshots.sh`), keeps a picture of the page for the
/// administrators' guide (docs/ADMIN-GUIDE.md), from the run with JavaScript only.
async function picture(page: Page, js: boolean, name: string) {
  const dir = process.env.PORTAL_SCREENSHOTS;
  if (dir && js) await page.screenshot({ path: join(dir, `${name}.png`) });
}

/// A browser of its own for another person, with or without JavaScript like the test's.
async function another(browser: Browser, js: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: js });
  return context.newPage();
}

/// Opens a section of the procedure from its page, fills it with `fill`, saves.
async function section(page: Page, js: boolean, link: string, fill: () => Promise<void>) {
  await page.getByRole('link', { name: link }).click();
  await settled(page, js);
  await fill();
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
}

test('an agency admin puts a new procedure online without touching the source @editor', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const js = test.info().project.use.javaScriptEnabled !== false;
  const code = js ? '1.099901' : '1.099902';
  const name = `Cấp giấy xác nhận thông tin cư trú (thử ${js ? 'có' : 'không có'} JavaScript)`;
  await signInOfficer(page, js, ADMIN);
  await page.goto('/quan-tri');
  await page.getByRole('link', { name: 'Quản trị danh mục thủ tục' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-tuc$/);
  await expect(page.getByRole('link', { name: '3.000333' })).toBeVisible();
  await expect(page.getByRole('link', { name: '2.000815' })).toHaveCount(0);
  await picture(page, js, '01-danh-muc');
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
  await picture(page, js, '02-ban-nhap');
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);

  await section(page, js, 'Sửa thông tin chung', async () => {
    await page.getByLabel('Công dân Việt Nam').check();
    await page.locator('#muc_do').selectOption('partial');
    await page.locator('#ket_qua').fill('Giấy xác nhận thông tin về cư trú');
    await page.locator('#tiep_nhan-0').selectOption('000.00.01.H52');
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
  // The second case has its own offer: seven working days, the same fee per page.
  await section(page, js, 'Sửa cách thức thực hiện, thời hạn, phí và lệ phí', async () => {
    await page.locator('#k-1-kenh').selectOption('online');
    await page.locator('#k-1-truong_hop').selectOption('xac_minh');
    await page.locator('#k-1-thoi_han').fill('7');
    await page.locator('#k-1-don_vi').selectOption('working_days');
    await page.locator('#k-1-phi-0-ten').fill('Phí sao lục');
    await page.locator('#k-1-phi-0-cach_tinh').selectOption('per_unit');
    await page.locator('#k-1-phi-0-don_vi_tinh').fill('trang');
    await page.locator('#k-1-phi-0-bac').fill('1:2000, 3:1000');
    await page.locator('#k-1-phi-0-dem').fill('so_trang');
    await picture(page, js, '03-cach-thuc-phi');
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
  await picture(page, js, '04-san-sang-cong-bo');
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
  await picture(page, js, '05-quy-trinh');
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
  await picture(page, js, '06-trinh-tao-bieu-mau');
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
    await picture(page, js, '07-truong-co-dieu-kien');
  });
  await page.getByRole('button', { name: 'Lên: Họ tên người được ủy quyền' }).click();
  await expect(page.getByText('Đã lưu vào bản nháp.')).toBeVisible();
  await picture(page, js, '08-bieu-mau-ban-nhap');
  await settled(page, js);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Kiểm tra và công bố bản nháp' }).click();
  await expect(page.getByText('Đã công bố phiên bản mới của biểu mẫu.')).toBeVisible();
  await expect(page.getByText('Phiên bản biểu mẫu 1')).toBeVisible();
  await expect(page.getByText('Có ủy quyền cho người khác nộp không?').first()).toBeVisible();
  await expect(page.getByText('Giấy tờ cần xác nhận').first()).toBeVisible();

  // A citizen files the second case: five pages, 2 × 2.000 đ + 3 × 1.000 đ.
  const citizen = await another(browser, js);
  await citizen.goto('/dang-nhap');
  await settled(citizen, js);
  await citizen.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill('congdan@demo.sonla.vn');
  await citizen.locator('#mat_khau').fill(PASSWORD);
  await citizen.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(citizen).toHaveURL(/\/tai-khoan$/);
  await citizen.goto(`/thu-tuc/${code}`);
  await settled(citizen, js);
  await expect(citizen.getByText('Trung tâm Phục vụ hành chính công tỉnh Sơn La').first()).toBeVisible();
  await citizen.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/ho-so\/\d+$/);
  const id = citizen.url().match(/\/ho-so\/(\d+)$/)![1];
  await settled(citizen, js);
  // The case is chosen on the first step; the case's own form follows, step by step.
  await citizen.getByLabel('Cần xác minh').check();
  await fillSteps(citizen, js, [
    ['f.dien_thoai', '0912345678'], ['f.dia_chi', 'Bản Hụm, tổ 3'],
    ['f.noi_dung', 'Xác nhận thông tin cư trú để bổ túc hồ sơ xin việc.'], ['f.uy_quyen', 'khong'], ['f.so_trang', '5'],
    ['tep.1', { name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: PDF }],
  ]);
  await expect(citizen.getByText('Có ủy quyền cho người khác nộp không?').first()).toBeVisible();
  await picture(citizen, js, '09-nguoi-dan-nop');
  await submitChecked(citizen);
  await expect(citizen.getByText('7.000 đ').first()).toBeVisible();
  await citizen.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/cong-thanh-toan-thu\/paymentv2\/vpcpay\.html\?/);
  await expect(citizen.getByText('7.000 đ')).toBeVisible();
  await citizen.getByRole('button', { name: 'Thanh toán thành công' }).click();
  await expect(citizen).toHaveURL(new RegExp(`/ho-so/${id}\\?thanh_toan=1$`));
  const heading = await citizen.getByRole('heading', { level: 1 }).textContent();
  const dossier = heading!.match(/000\.00\.01\.H52-\d{6}-\d{4}/)![0];

  // The centre's counter (not the police's) receives it; the appointment is seven working days
  // on (so at least eight calendar days), at the close of the counter's office hours.
  const counter = await another(browser, js);
  await signInOfficer(counter, js, 'tiepnhan.ttphcc@demo.sonla.vn');
  await counter.goto(`/ho-so/${id}`);
  await settled(counter, js);
  await counter.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(counter.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
  await picture(counter, js, '10-mot-cua-tiep-nhan');
  await citizen.goto('/tra-cuu');
  await settled(citizen, js);
  await citizen.getByLabel('Mã hồ sơ').fill(dossier);
  await citizen.getByLabel('Mã kiểm tra').fill('0001');
  await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  const due = await citizen.locator('dt:has-text("Hẹn trả kết quả") + dd').textContent();
  const [, hh, mm, dd, mo, yyyy] = due!.match(/(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})/)!;
  expect(`${hh}:${mm}`).toBe('17:00');
  const days = (Date.UTC(+yyyy, +mo - 1, +dd) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThanOrEqual(7);

  // Withdrawn from today: out of the catalog at once (which the other journeys count on).
  await page.goto(`/quan-tri/thu-tuc/${code}`);
  await settled(page, js);
  await page.getByRole('button', { name: 'Ngừng áp dụng', exact: true }).click();
  await expect(page.getByText('Đã ngừng áp dụng thủ tục từ ngày đã chọn.')).toBeVisible();
  const gone = await page.goto(`/thu-tuc/${code}`);
  expect(gone?.status()).toBe(404);
});
