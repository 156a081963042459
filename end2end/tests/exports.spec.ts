import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { fileBirth, officer, open, signIn } from './people';

// An export of a procedure's dossiers with their documents: the ward's counter asks for its birth
// registrations as a ZIP, follows the file being made on the page (which refreshes itself), and
// downloads a ZIP holding the list and the documents.

test('the counter exports a procedure\'s dossiers with their documents as a ZIP', async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await open(browser);
  await signIn(citizen, 'congdan@demo.sonla.vn');
  const { code } = await fileBirth(citizen, true);

  const counter = await officer(browser, 'motcua@demo.sonla.vn');
  await counter.goto('/can-bo');
  await settled(counter);
  await counter.getByRole('link', { name: 'Xuất danh sách hồ sơ (CSV, XLSX, kèm giấy tờ)' }).click();
  await settled(counter);
  await counter.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh' });
  await counter.getByLabel('CSV').check();
  await counter.getByLabel('Kèm toàn bộ giấy tờ của từng hồ sơ (tệp ZIP)').check();
  await expectNoSeriousA11yViolations(counter);
  await counter.getByRole('button', { name: 'Tạo tệp' }).click();
  await expect(counter.getByRole('status').filter({ hasText: 'Đã nhận yêu cầu' })).toBeVisible();

  // The worker makes it; the page shows the link once the whole file is stored.
  const link = counter.locator('#cac-yeu-cau-xuat').getByRole('link', { name: /Tải về/ }).first();
  await expect(async () => {
    await counter.goto('/xuat-du-lieu');
    await expect(link).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const file = await counter.request.get((await link.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/zip');
  const zip = await file.body();
  expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  // The entries' names are stored as they are: the dossier's folder and its document, the list.
  const names = zip.toString('latin1');
  expect(names).toContain(`${code}/`);
  expect(names).toContain('cccd.pdf');
  expect(names).toMatch(/ho-so-\d+\.csv/);
});
