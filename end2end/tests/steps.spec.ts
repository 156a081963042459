import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { answer, officer, signIn, submitChecked } from './people';

// A criminal record certificate request filed in steps, with JavaScript, without it and on a
// phone (@citizen): two residence rows, a missing answer fixed from the linked error summary,
// the answers checked on their page, then submitted; the provincial police's counter reads
// both rows and every answer with its label.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('a citizen files a criminal record request in steps; the police read every answer @citizen', async ({ page, browser, javaScriptEnabled: js }) => {
  test.setTimeout(120_000);
  await signIn(page, 'congdan@demo.sonla.vn', js);
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await page.goto('/thu-tuc/3.000333');
  await settled(page, js);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const id = page.url().match(/\/ho-so\/(\d+)$/)![1];
  await settled(page, js);
  await expect(page.getByText('Bước 1 trên 6')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // The person, with the place of birth left out: the summary says so and leads to the field.
  const title = page.locator('h2.step-title');
  await expect(title).toHaveText('Người được cấp Phiếu');
  await settled(page, js);
  for (const a of [
    ['f.ho_ten', 'Lò Thị Demo'], ['f.gioi_tinh', 'nu'], ['f.ngay_sinh', '1990-05-19'], ['f.quoc_tich', 'Việt Nam'],
    ['f.dan_toc', 'Thái'], ['f.so_dinh_danh', '014190000001'], ['f.noi_thuong_tru', 'Bản Hụm'], ['f.xa_thuong_tru', '03670'],
  ] as [string, string][]) await answer(page, a);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Nhập nơi sinh.');
  await expect(page).toHaveTitle(/^Lỗi: /);
  await summary.getByRole('link', { name: /^Nhập nơi sinh/ }).click();
  await page.locator('#f-noi_sinh').fill('Mường La, Sơn La');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Two places of residence: the first row, "add a row", the second.
  await expect(title).toHaveText('Quá trình cư trú từ đủ 14 tuổi');
  await settled(page, js);
  await page.locator('[name="g.cu_tru.0.tu"]').fill('05/2004');
  await page.locator('[name="g.cu_tru.0.den"]').fill('08/2008');
  await page.locator('[name="g.cu_tru.0.noi"]').fill('Bản Hụm, Mường La, Sơn La');
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await expect(page.locator('[name="g.cu_tru.1.tu"]')).toBeVisible();
  await settled(page, js);
  await expect(page.locator('[name="g.cu_tru.0.noi"]')).toHaveValue('Bản Hụm, Mường La, Sơn La');
  await page.locator('[name="g.cu_tru.1.tu"]').fill('09/2008');
  await page.locator('[name="g.cu_tru.1.noi"]').fill('Ký túc xá, Cầu Giấy, Hà Nội');
  await page.locator('[name="g.cu_tru.1.nghe_nghiep"]').fill('Sinh viên');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await expect(title).toHaveText('Nội dung yêu cầu');
  await settled(page, js);
  for (const a of [['f.loai_phieu', '1'], ['f.muc_dich', 'Xin việc'], ['f.so_luong', '1'], ['f.cam_doan', '1']] as [string, string][]) {
    await answer(page, a);
  }
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(title).toHaveText('Thành phần hồ sơ (giấy tờ kèm theo)');
  await settled(page, js);
  await page.locator('#tep-2').setInputFiles({ name: 'cccd.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // The check page: the answers as typed, both rows, a change link per part.
  await expect(title).toHaveText('Kiểm tra thông tin trước khi nộp');
  const rows = page.locator('table.answers tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Ký túc xá, Cầu Giấy, Hà Nội');
  await expect(page.getByText('Mường La, Sơn La').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thay đổi Quá trình cư trú từ đủ 14 tuổi' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const code = await submitChecked(page);
  expect(code).toMatch(/H52-\d{6}-\d{4}$/);

  // The counter of the provincial police reads it (once, from the run with JavaScript).
  if (!js || test.info().project.name !== 'chromium') return;
  const police = await officer(browser, 'tiepnhan.catinh@demo.sonla.vn');
  await police.goto(`/ho-so/${id}`);
  await settled(police);
  const declared = police.locator('section.declared');
  await expect(declared.locator('table.answers tbody tr')).toHaveCount(2);
  await expect(declared.locator('table.answers')).toContainText('Bản Hụm, Mường La, Sơn La');
  await expect(declared.locator('table.answers')).toContainText('Sinh viên');
  for (const [label, text] of [['Nơi sinh', 'Mường La, Sơn La'], ['Giới tính', 'Nữ'], ['Ngày, tháng, năm sinh', '19/05/1990']]) {
    await expect(declared.locator('dt', { hasText: label }).first()).toBeVisible();
    await expect(declared.locator('dd', { hasText: text }).first()).toBeVisible();
  }
  await expect(police.locator('main')).not.toContainText('1990-05-19');
});
