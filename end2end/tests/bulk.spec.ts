import { test, expect, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { fileBirth, officer, signIn } from './people';

// Bulk work on the queue: the ward's counter saves the view of what waits for reception, ticks
// ten dossiers and receives them in one action; the report says what became of each, each is
// received, and the saved view's count falls by ten.

/// The count beside the view `name`.
async function countOf(page: Page, name: string): Promise<number> {
  const item = page.getByRole('navigation', { name: 'Bộ lọc' }).getByRole('listitem').filter({ hasText: name });
  return Number((await item.locator('.count').textContent())!.match(/\d+/)![0]);
}

test('an officer receives ten dossiers in one bulk action, and a saved view shows its count', async ({ browser }) => {
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
  const view = `Chờ tiếp nhận (${Date.now().toString(36)})`;
  await counter.getByLabel('Tên bộ lọc').fill(view);
  await counter.getByRole('button', { name: 'Lưu bộ lọc đang xem' }).click();
  await expect(counter.getByRole('status').filter({ hasText: 'Đã lưu bộ lọc.' })).toBeVisible();
  const waiting = await countOf(counter, view);
  expect(waiting).toBeGreaterThanOrEqual(10);
  for (const { code } of filed) await counter.getByLabel(`Chọn hồ sơ ${code}`).check();
  await counter.getByRole('button', { name: 'Tiếp nhận các hồ sơ đã chọn' }).click();
  const report = counter.getByRole('region', { name: 'Kết quả thao tác với các hồ sơ đã chọn' });
  await expect(report).toContainText('10 hồ sơ đã thực hiện, 0 hồ sơ không thực hiện được.');
  for (const { code } of filed) await expect(report.getByRole('row', { name: new RegExp(code) })).toContainText('Đã thực hiện');
  await expectNoSeriousA11yViolations(counter);
  await counter.goto('/can-bo');
  expect(await countOf(counter, view)).toBe(waiting - 10);

  // Each is received, with its appointment, as if received one by one.
  await citizen.goto(`/ho-so/${filed[9].id}`);
  await expect(citizen.locator('dd.status')).toHaveText('Đã tiếp nhận');
  await expect(citizen.locator('dl.facts').first()).toContainText('Hẹn trả kết quả');
});
