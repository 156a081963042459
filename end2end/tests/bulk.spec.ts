import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { fileBirth, officer, signIn } from './people';

// Bulk work on the queue: the ward's counter ticks ten dossiers waiting for reception and
// receives them in one action; the report says what became of each, and each is received.

test('an officer receives ten dossiers in one bulk action', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: false,
  });
  const citizen = await context.newPage();
  await signIn(citizen, 'congdan@demo.sonla.vn', false);
  await expect(citizen).toHaveURL(/\/tai-khoan$/);
  const filed: { id: string, code: string }[] = [];
  for (let i = 0; i < 10; i++) filed.push(await fileBirth(citizen, false));

  const counter = await officer(browser, 'motcua@demo.sonla.vn');
  await counter.goto('/can-bo?trang_thai=ChoTiepNhan');
  await settled(counter);
  for (const { code } of filed) await counter.getByLabel(`Chọn hồ sơ ${code}`).check();
  await counter.getByRole('button', { name: 'Tiếp nhận các hồ sơ đã chọn' }).click();
  const report = counter.getByRole('region', { name: 'Kết quả thao tác với các hồ sơ đã chọn' });
  await expect(report).toContainText('10 hồ sơ đã thực hiện, 0 hồ sơ không thực hiện được.');
  for (const { code } of filed) await expect(report.getByRole('row', { name: new RegExp(code) })).toContainText('Đã thực hiện');
  await expectNoSeriousA11yViolations(counter);

  // Each is received, with its appointment, as if received one by one.
  await citizen.goto(`/ho-so/${filed[9].id}`);
  await expect(citizen.locator('dd.status')).toHaveText('Đã tiếp nhận');
  await expect(citizen.locator('dl.facts').first()).toContainText('Hẹn trả kết quả');
});
