import { test, expect, type Page } from '@playwright/test';
import { settled } from './helpers';
import { act, fillSteps, open, signInOfficer, submitChecked } from './people';

// A walk-in applicant at the one-stop counter, recorded by the reception officer with
// JavaScript off (the counter's page must work without it): the intake, the same e-form and
// scan as online, submission, reception with its appointment, and the receipt (Mẫu 01) printed.
// The intake page's accessibility scan is with the other officer pages (accessibility.spec.ts).

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** This month in Vietnam (UTC+7), as the statistics number it. */
const thisMonth = () => String(new Date(Date.now() + 7 * 3600_000).getUTCMonth() + 1);

/** This month's numbers in the public statistics' table of receptions (received, online, at the
 * counter, by post, …), read from the page as a visitor without JavaScript sees it. */
async function receptions(page: Page): Promise<string[]> {
  await page.goto('/thong-ke');
  const cells = await page.locator(`#bang-tiep-nhan tr[data-month="${thisMonth()}"] td`).allTextContents();
  // Nothing received yet this year: no table, every number nought.
  return cells.length > 0 ? cells : Array(8).fill('0');
}

test('a reception officer records a walk-in dossier and prints Mẫu 01', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const before = await receptions(page);
  await signInOfficer(page, false, 'motcua@demo.sonla.vn');
  await page.goto('/can-bo');
  await page.getByRole('link', { name: 'Tiếp nhận hồ sơ trực tiếp, qua bưu chính' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận hồ sơ trực tiếp, qua bưu chính');

  // A typo in the ID number: the summary names it, the typed values stay.
  await page.getByLabel('Thủ tục hành chính').selectOption('1.001193');
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Bình');
  await page.getByLabel('Số định danh cá nhân').fill('01419000');
  await page.getByRole('button', { name: 'Tạo hồ sơ và nhập tờ khai' }).click();
  await expect(page.getByRole('alert')).toContainText('Số định danh cá nhân');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Bình');
  await page.getByLabel('Số định danh cá nhân').fill('014190000777');
  await page.getByRole('button', { name: 'Tạo hồ sơ và nhập tờ khai' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const id = page.url().match(/\/ho-so\/(\d+)$/)![1];
  await expect(page.getByText('Nguyễn Thị Bình').first()).toBeVisible();

  // The same steps as online, the papers scanned at the counter.
  await fillSteps(page, false, [
    ['f.nguoi_yeu_cau', 'Nguyễn Thị Bình'], ['f.so_dinh_danh_nguoi_yeu_cau', '014190000777'],
    ['f.noi_cu_tru', 'Bản Hụm, tổ 3'], ['f.ho_ten_tre', 'Nguyễn Văn Cường'], ['f.ngay_sinh_tre', '2026-11-02'],
    ['f.dan_toc', 'Kinh'], ['f.quoc_tich', 'Việt Nam'], ['f.noi_sinh', 'Trạm y tế phường'],
    ['f.ho_ten_me', 'Nguyễn Thị Bình'], ['f.ngay_sinh_me', '1990-03-04'], ['f.dan_toc_me', 'Kinh'],
    ['f.xa_cu_tru', '03670'], ['f.quan_he', 'me'], ['f.gioi_tinh', 'nam'], ['f.co_thong_tin_cha', 'khong'],
    ['f.cam_doan', '1'], ['tep.6', { name: 'cccd-scan.pdf', mimeType: 'application/pdf', buffer: PDF }],
  ]);
  const code = await submitChecked(page);

  // Received at once: the appointment, and the receipt to print and hand over.
  await page.goto(`/ho-so/${id}`);
  await settled(page, false);
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
  await expect(page.getByText('Hẹn trả kết quả:')).toBeVisible();
  const receipt = await page.request.get(`/ho-so/${id}/giay-tiep-nhan.pdf`);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toBe('application/pdf');
  expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ })).toBeVisible();

  // The public statistics count it at once (one more received, at the counter), with
  // JavaScript off, and their CSV has the same numbers as the page.
  const after = await receptions(page);
  expect(Number(after[0])).toBe(Number(before[0]) + 1);
  expect(Number(after[2])).toBe(Number(before[2]) + 1);
  await expect(page.getByRole('img', { name: 'Hồ sơ tiếp nhận theo tháng và kênh nộp' })).toBeVisible();
  const csv = await (await page.request.get('/thong-ke.csv')).text();
  const row = csv.split('\r\n').find((line) => line.startsWith(`${thisMonth()},`))!;
  expect(row.split(',').slice(1, 5)).toEqual(after.slice(0, 4));

  // The public lookup knows it by its code and the ID number's last four digits.
  const visitor = await open(browser);
  await visitor.goto(`/tra-cuu?ma=${code}&kiem_tra=0777`);
  await expect(visitor.getByText('Đã tiếp nhận').first()).toBeVisible();
});
