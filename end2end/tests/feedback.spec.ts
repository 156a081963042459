import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';
import { officer } from './people';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

// Feedback and proposals (phản ánh, kiến nghị): a visitor without an account sends feedback
// with JavaScript off and confirms it through the mailed link; the province's PAKN desk gives it
// to the ward; the ward's leader answers it publicly; the desk publishes the answer, which the
// public page shows with personal data removed; the sender rates the answer. (The visitor's
// pages are scanned for accessibility with the public ones, accessibility.spec.ts.)

test('a visitor sends feedback, the desk assigns it, the agency answers, the answer is published', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: false,
  });
  const visitor = await context.newPage();
  const title = `Không gọi được bộ phận một cửa ${Date.now().toString(36)}`;
  const email = `pakn${Date.now()}@example.vn`;

  await visitor.goto('/phan-anh');
  await visitor.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).first().click();
  // A missing subject: the summary names it, what was typed stays.
  await visitor.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
  await visitor.getByLabel('Thư điện tử').fill(email);
  await visitor.getByLabel('Phản ánh về').selectOption('thu_tuc');
  await visitor.getByLabel('Mã thủ tục hành chính').fill('1.001193');
  await visitor.getByLabel('Nội dung').fill('Tôi gọi số 0912 345 678 ba ngày liền mà không ai nghe máy.');
  await visitor.getByLabel(/Tôi đồng ý/).check();
  await visitor.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
  await expect(visitor.getByRole('alert')).toContainText('Hãy nhập tiêu đề.');
  await expect(visitor.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Hoa');
  await visitor.getByLabel('Tiêu đề').fill(title);
  await visitor.getByLabel(/Tôi đồng ý/).check();
  await visitor.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
  await expect(visitor.getByRole('status')).toContainText('Chúng tôi đã gửi thư có liên kết xác nhận');

  // The mailed link opens the sender's page, where they confirm.
  let link = '';
  await expect(async () => {
    await visitor.goto('/hop-thu');
    const mail = visitor.locator('article.mail', { hasText: email }).first();
    await expect(mail).toBeVisible({ timeout: 1000 });
    link = (await mail.getByRole('link').first().getAttribute('href'))!;
  }).toPass({ timeout: 15_000 });
  await visitor.goto(link);
  await visitor.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(visitor.getByRole('status').first()).toContainText('Đã tiếp nhận phản ánh');
  const code = (await visitor.locator('dl.facts dd').first().textContent())!.trim();
  expect(code).toMatch(/^PA-\d{6}-\d{4}$/);
  // A photo of the receipt, attached on the same page.
  await visitor.getByLabel(/Thêm tệp/).setInputFiles({ name: 'bien-nhan.pdf', mimeType: 'application/pdf', buffer: PDF });
  await visitor.getByRole('button', { name: 'Đính kèm' }).click();
  await expect(visitor.getByRole('status').first()).toContainText('Đã đính kèm tệp');
  await expect(visitor.getByRole('region', { name: 'Tệp đính kèm' })).toContainText('bien-nhan.pdf');

  // The desk sees it in its queue with its time limit, classifies it and gives it to the ward.
  const desk = await officer(browser, 'phananh@demo.sonla.vn');
  await desk.goto('/can-bo/phan-anh');
  await expect(desk.getByRole('row', { name: new RegExp(code) })).toContainText('Trong hạn');
  await desk.getByRole('link', { name: code }).click();
  await expect(desk.getByRole('link', { name: 'bien-nhan.pdf' })).toBeVisible();
  await desk.getByLabel('Phản ánh', { exact: true }).check();
  await desk.getByLabel('Cơ quan có thẩm quyền').selectOption({ label: 'Ủy ban nhân dân phường Tô Hiệu' });
  await desk.getByRole('button', { name: 'Chuyển cơ quan xử lý' }).click();
  await expect(desk.getByRole('status').first()).toContainText('Đã cập nhật');
  await expectNoSeriousA11yViolations(desk);

  // The ward's leader answers, publicly.
  const leader = await officer(browser, 'lanhdao@demo.sonla.vn');
  await leader.goto('/can-bo/phan-anh');
  await leader.getByRole('link', { name: code }).click();
  await leader.getByLabel('Nội dung trả lời').fill('Phường đã bổ sung số trực 0212 3852 111 và gọi lại cho bà.');
  await leader.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(leader.getByRole('status').first()).toContainText('Đã cập nhật');

  // The desk publishes it; the public page shows it without the phone numbers or the name.
  await desk.goto('/can-bo/phan-anh');
  await desk.getByRole('link', { name: code }).click();
  await desk.getByRole('button', { name: 'Công khai câu trả lời' }).click();
  await expect(desk.getByRole('status').first()).toContainText('Đã cập nhật');
  await visitor.goto('/phan-anh');
  const published = visitor.locator('article', { hasText: title });
  await expect(published).toContainText('Phường đã bổ sung số trực');
  await expect(published).toContainText('N. T. H.');
  await expect(published).not.toContainText('0912 345 678');
  await expect(published).not.toContainText('Nguyễn Thị Hoa');

  // The sender reads the answer on their page and rates it.
  await visitor.goto(link);
  await expect(visitor.getByRole('region', { name: 'Trả lời' })).toContainText('Phường đã bổ sung số trực');
  await visitor.getByLabel('Hài lòng', { exact: true }).check();
  await visitor.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(visitor.getByRole('status').first()).toContainText('Cảm ơn bạn đã đánh giá');
  await context.close();
});
