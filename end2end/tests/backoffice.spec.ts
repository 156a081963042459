import { test, expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { act, fillSteps, officer, open, signIn, submitChecked } from './people';

// The one-stop back office with real roles, each in a browser of their own: a citizen submits,
// reception asks for a supplement, the citizen supplements, reception accepts and hands over,
// the specialist proposes, the leader approves, reception returns the result; the citizen's
// timeline shows every step with its time. Chromium with JavaScript.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('a dossier through reception, supplement, processing, approval and return', async ({ browser }) => {
  test.setTimeout(90_000);
  // The citizen files a birth registration.
  const citizen = await open(browser);
  await signIn(citizen, 'congdan@demo.sonla.vn');
  await expect(citizen).toHaveURL(/\/tai-khoan$/);
  await citizen.goto('/thu-tuc/1.001193');
  await settled(citizen);
  await citizen.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/ho-so\/\d+$/);
  const id = citizen.url().match(/\/ho-so\/(\d+)$/)![1];
  await fillSteps(citizen, true, [
    ['f.noi_cu_tru', 'Bản Hụm, tổ 3'], ['f.ho_ten_tre', 'Lò Văn Bình'], ['f.ngay_sinh_tre', '2026-11-02'],
    ['f.dan_toc', 'Thái'], ['f.quoc_tich', 'Việt Nam'], ['f.noi_sinh', 'Trạm y tế phường'],
    ['f.ho_ten_me', 'Lò Thị Demo'], ['f.ngay_sinh_me', '1990-05-19'], ['f.dan_toc_me', 'Thái'],
    ['f.xa_cu_tru', '03670'], ['f.quan_he', 'me'], ['f.gioi_tinh', 'nam'], ['f.co_thong_tin_cha', 'khong'],
    ['f.cam_doan', '1'], ['tep.6', { name: 'cccd.pdf', mimeType: 'application/pdf', buffer: PDF }],
  ]);
  await submitChecked(citizen);
  const code = (await citizen.getByRole('heading', { level: 1 }).textContent())!.match(/\S+-\d{6}-\d{4}/)![0];

  // Reception finds it in the queue and asks for a supplement.
  const reception = await officer(browser, 'motcua@demo.sonla.vn');
  await reception.goto('/can-bo');
  await settled(reception);
  await expectNoSeriousA11yViolations(reception);
  await expect(reception.getByRole('link', { name: code })).toBeVisible();
  // The documents open inside the page: the PDF in a same-origin frame.
  await reception.goto(`/ho-so/${id}`);
  await settled(reception);
  await reception.getByText('Xem cccd.pdf').click();
  const frame = reception.locator('iframe.document-frame');
  await expect(frame).toBeVisible();
  const inline = await reception.request.get((await frame.getAttribute('src'))!);
  expect(inline.headers()['content-type']).toBe('application/pdf');
  expect(inline.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await act(reception, id, 'Yêu cầu bổ sung', 'Giấy chứng sinh — chưa có trong hồ sơ');

  // The citizen sees what is asked, adds it and sends the supplement under the same code.
  // It opens on the check page, with what is asked; the documents' step takes the file.
  await citizen.goto(`/ho-so/${id}`);
  await settled(citizen);
  await expect(citizen.getByText('Giấy chứng sinh — chưa có trong hồ sơ')).toBeVisible();
  await citizen.getByRole('link', { name: /^Thay đổi Thành phần hồ sơ/ }).click();
  await settled(citizen);
  await citizen.locator('#tep-2').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await citizen.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(citizen.locator('h2.step-title')).toHaveText('Kiểm tra thông tin trước khi nộp');
  await citizen.getByRole('button', { name: 'Nộp bổ sung' }).click();
  await expect(citizen.getByText('Đã bổ sung').first()).toBeVisible();

  // Reception accepts (the appointment appears) and hands over to the unit.
  await act(reception, id, 'Tiếp nhận');
  await expect(reception.getByText('Hẹn trả kết quả:')).toBeVisible();
  // The citizen downloads the receipt and appointment slip (Mẫu 01).
  await citizen.goto(`/ho-so/${id}`);
  const [receipt] = await Promise.all([
    citizen.waitForEvent('download'),
    citizen.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ }).click(),
  ]);
  expect(receipt.suggestedFilename()).toBe('giay-tiep-nhan.pdf');
  const bytes = await (await import('node:fs/promises')).readFile((await receipt.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // The workflow names the unit (Tư pháp – Hộ tịch): no choice to make.
  await act(reception, id, 'Chuyển xử lý');

  // A specialist of the unit takes it and hands it on to the liên thông step at the ward
  // police (another agency), whose specialist takes it and proposes; the leader approves.
  const specialist = await officer(browser, 'chuyenvien@demo.sonla.vn');
  await specialist.goto('/can-bo');
  await expect(specialist.getByRole('link', { name: code })).toBeVisible();
  await act(specialist, id, 'Nhận xử lý');
  await act(specialist, id, 'Chuyển bước tiếp theo', 'Đã ghi Sổ đăng ký khai sinh');
  const police = await officer(browser, 'congan@demo.sonla.vn');
  await police.goto('/can-bo');
  await expect(police.getByRole('link', { name: code })).toBeVisible();
  await act(police, id, 'Nhận xử lý');
  await act(police, id, 'Trình lãnh đạo', 'Đã đăng ký thường trú cho trẻ');
  const leader = await officer(browser, 'lanhdao@demo.sonla.vn');
  await act(leader, id, 'Phê duyệt');
  // Each step with its times and timeliness, and the control sheet (Mẫu 06) to print.
  await expect(leader.locator('#cac-buoc tbody tr')).toHaveCount(5);
  const [sheet] = await Promise.all([
    leader.waitForEvent('download'),
    leader.getByRole('link', { name: /Phiếu kiểm soát quá trình giải quyết hồ sơ/ }).click(),
  ]);
  expect(sheet.suggestedFilename()).toBe('phieu-kiem-soat.pdf');

  // Reception attaches the result document and returns the result.
  await reception.goto(`/ho-so/${id}`);
  await settled(reception);
  await reception.getByLabel('Đính kèm kết quả (PDF)').setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
  await reception.getByRole('button', { name: 'Đính kèm', exact: true }).click();
  await expect(reception.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
  await act(reception, id, 'Trả kết quả');

  // The citizen's timeline shows every step, each with its time; the result is there.
  await citizen.goto(`/ho-so/${id}`);
  await expect(citizen.getByRole('link', { name: 'giay-khai-sinh.pdf', exact: true })).toBeVisible();
  const timeline = citizen.locator('ol.timeline li');
  for (const step of ['Chờ tiếp nhận', 'Yêu cầu bổ sung', 'Đã bổ sung', 'Đã tiếp nhận', 'Đang xử lý', 'Đã xử lý xong', 'Đã trả kết quả']) {
    await expect(timeline.filter({ hasText: step }).first()).toContainText(/\d\d:\d\d \d\d\/\d\d\/\d{4}/);
  }

  // The citizen rates the handling: the overall level and one criterion, with a comment.
  await citizen.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Đánh giá mức độ hài lòng');
  await expect(citizen.getByText(code).first()).toBeVisible();
  await citizen.locator('#muc_do').getByLabel('Hài lòng', { exact: true }).check();
  await citizen.locator('#tieu_chi_4').getByLabel('Rất hài lòng').check();
  await citizen.getByLabel('Ý kiến khác (không bắt buộc)').fill('Cán bộ hướng dẫn tận tình');
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(citizen.getByRole('status').first()).toContainText('Cảm ơn bạn đã đánh giá');
  await expectNoSeriousA11yViolations(citizen);
});

