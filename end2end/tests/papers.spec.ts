import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { signInOfficer } from './people';

// An agency's administrator sees which certificate signs the agency's papers and sets its
// e-receipt book, with JavaScript and without (@editor runs in the no-js project too). Installing
// a key and certificate is covered by server/tests/it/signatures.rs, which makes a pair.

test('an agency admin sees its signing certificate and sets its e-receipt book @editor', async ({ page }, info) => {
  const js = info.project.use.javaScriptEnabled !== false;
  await signInOfficer(page, js, 'quantri.catinh@demo.sonla.vn');
  await page.goto('/quan-tri');
  await settled(page, js);
  await page.getByRole('link', { name: 'Chữ ký số và biên lai điện tử' }).click();
  await settled(page, js);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chữ ký số và biên lai điện tử');
  // The seed's test certificate is in use, and said to be one.
  await expect(page.getByText('Chứng thư thử nghiệm do bản trình diễn tạo')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A wrong symbol: the summary names it and links to the field; what was typed stays.
  const series = page.getByLabel('Ký hiệu biên lai', { exact: true });
  await series.fill('sai ký hiệu');
  await page.getByRole('button', { name: 'Lưu ký hiệu biên lai' }).click();
  await settled(page, js);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Nhập ký hiệu biên lai: chữ in hoa');
  await expect(series).toHaveValue('sai ký hiệu');
  await expect(series).toHaveAttribute('aria-invalid', 'true');

  // Right ones are saved and shown.
  const symbol = js ? 'CA-26E' : 'CA-26N';
  await series.fill(symbol);
  await page.getByRole('button', { name: 'Lưu ký hiệu biên lai' }).click();
  await settled(page, js);
  await expect(page.getByRole('status')).toContainText('Đã lưu.');
  await expect(page.getByLabel('Ký hiệu biên lai', { exact: true })).toHaveValue(symbol);
});
