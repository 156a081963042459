import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { act, fileBirth, officer, open, signIn, signInOfficer } from './people';

// An opinion asked of another agency: the ward's specialist who took a birth registration asks the
// provincial police's records office a question with a file (with JavaScript); that office finds
// it in its queue and answers with a file without JavaScript, seeing the question but not the
// dossier; the answer is on the specialist's dossier page and its internal timeline, and nowhere on
// the citizen's.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

test('a specialist asks another agency\'s unit for an opinion and gets the answer', async ({ browser }) => {
  test.setTimeout(180_000);
  const citizen = await open(browser);
  await signIn(citizen, 'congdan@demo.sonla.vn');
  const { id, code } = await fileBirth(citizen, true);
  const reception = await officer(browser, 'motcua@demo.sonla.vn');
  await act(reception, id, 'Tiếp nhận');
  await act(reception, id, 'Chuyển xử lý');
  const specialist = await officer(browser, 'chuyenvien@demo.sonla.vn');
  await act(specialist, id, 'Nhận xử lý');

  // The specialist asks: a refusal says why and keeps the question; then it is sent.
  await specialist.goto(`/ho-so/${id}`);
  await settled(specialist);
  const asking = specialist.getByRole('region', { name: 'Xin ý kiến cơ quan, đơn vị khác' });
  const question = `Đề nghị xác minh nơi thường trú của người mẹ (hồ sơ ${code}).`;
  await asking.getByLabel('Nội dung xin ý kiến').fill(question);
  await asking.getByRole('button', { name: 'Gửi xin ý kiến' }).click();
  await expect(specialist.getByRole('alert').first()).toContainText('Hãy chọn đơn vị được hỏi.');
  await expect(asking.getByLabel('Nội dung xin ý kiến')).toHaveValue(question);
  await asking.getByLabel('Đơn vị được hỏi').selectOption({ label: 'Phòng Hồ sơ nghiệp vụ' });
  await asking.getByLabel('Thời hạn trả lời (ngày làm việc)').fill('3');
  await asking.getByLabel('Tệp gửi kèm (không bắt buộc)').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: PDF });
  await asking.getByRole('button', { name: 'Gửi xin ý kiến' }).click();
  await expect(specialist.getByRole('status').filter({ hasText: 'Đã gửi xin ý kiến.' })).toBeVisible();
  await expect(asking).toContainText(question);
  await expect(asking).toContainText('Chờ trả lời');
  await expectNoSeriousA11yViolations(specialist);

  // The records office, without JavaScript, finds it on its queue, reads it, not the dossier.
  const records = await (await browser.newContext({
    baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: false,
  })).newPage();
  await signInOfficer(records, false, 'chuyenvien.catinh@demo.sonla.vn');
  await records.goto('/can-bo');
  const box = records.getByRole('region', { name: 'Xin ý kiến gửi đơn vị' });
  await expect(box).toContainText(code);
  await box.getByRole('link', { name: code }).click();
  await expect(records.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(records.locator('main')).toContainText(question);
  const file = await records.request.get((await records.getByRole('link', { name: 'to-khai.pdf' }).getAttribute('href'))!);
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const dossier = await records.request.get(`/ho-so/${id}`);
  expect(dossier.status()).toBe(404);

  // It answers, with a photo.
  const answer = 'Người mẹ đăng ký thường trú tại địa chỉ đã khai từ năm 2019.';
  await records.getByLabel('Nội dung trả lời').fill(answer);
  await records.getByLabel('Tệp gửi kèm (không bắt buộc)').setInputFiles({ name: 'so-ho-khau.png', mimeType: 'image/png', buffer: PNG });
  await records.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(records.getByRole('status').filter({ hasText: 'Đã gửi trả lời.' })).toBeVisible();
  await expect(records.locator('main')).toContainText(answer);

  // The specialist reads the answer and its file on the dossier and its internal timeline.
  await specialist.goto(`/ho-so/${id}`);
  await settled(specialist);
  await expect(asking).toContainText(answer);
  await expect(asking).toContainText('Đã trả lời');
  await expect(asking.getByRole('link', { name: 'so-ho-khau.png' })).toBeVisible();
  await expect(specialist.locator('body')).toContainText('Ý kiến của Phòng Hồ sơ nghiệp vụ');

  // The citizen sees nothing of it.
  await citizen.goto(`/ho-so/${id}`);
  await settled(citizen);
  await expect(citizen.locator('body')).not.toContainText(question);
  await expect(citizen.locator('body')).not.toContainText(answer);
});
