import { test, expect, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { act, fillSteps, officer, open, signIn, submitChecked } from './people';

// Level 4 with real roles at the provincial police: a citizen files a criminal record
// certificate request (fee 200.000 đ, due before reception), pays through the built-in sandbox
// gateway, the dossier goes through the counter, the specialist and the leader; the citizen gets
// the result online and the public verification page confirms the file; a refused paid dossier
// is refunded from the back office and the citizen sees it. Chromium with JavaScript.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const RESULT = Buffer.from('%PDF-1.7\n% Phieu ly lich tu phap so 1\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/// Files a criminal record request as the signed-in citizen; returns the dossier id.
async function fileCriminalRecord(citizen: Page): Promise<string> {
  await citizen.goto('/thu-tuc/3.000333');
  await settled(citizen);
  await citizen.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/ho-so\/\d+$/);
  const id = citizen.url().match(/\/ho-so\/(\d+)$/)![1];
  await fillSteps(citizen, true, [
    ['f.ho_ten', 'Lò Thị Demo'], ['f.ngay_sinh', '1990-05-19'], ['f.noi_sinh', 'Sơn La'],
    ['f.quoc_tich', 'Việt Nam'], ['f.dan_toc', 'Thái'], ['f.noi_thuong_tru', 'Bản Hụm'],
    ['g.cu_tru.0.tu', '05/2004'], ['g.cu_tru.0.noi', 'Sơn La'], ['f.muc_dich', 'Xin việc'], ['f.so_luong', '1'],
    ['f.so_dinh_danh', '014190000001'], ['f.xa_thuong_tru', '03670'], ['f.gioi_tinh', 'nu'], ['f.loai_phieu', '1'],
    ['f.cam_doan', '1'], ['tep.2', { name: 'cccd.pdf', mimeType: 'application/pdf', buffer: PDF }],
  ]);
  await submitChecked(citizen);
  return id;
}

/// Pays the dossier's fee at the sandbox gateway; back on the dossier page.
async function pay(citizen: Page, id: string) {
  await citizen.goto(`/ho-so/${id}`);
  await expect(citizen.getByText('200.000 đ').first()).toBeVisible();
  await citizen.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
  await expect(citizen).toHaveURL(/\/cong-thanh-toan-thu\/paymentv2\/vpcpay\.html\?/);
  await expect(citizen.getByText('200.000 đ')).toBeVisible();
  await citizen.getByRole('button', { name: 'Thanh toán thành công' }).click();
  await expect(citizen).toHaveURL(new RegExp(`/ho-so/${id}\\?thanh_toan=1$`));
  await expect(citizen.getByText('Đã thanh toán trực tuyến qua cổng thanh toán của tỉnh.')).toBeVisible();
}

test('a fee paid online, the result delivered online and verified, a refund', async ({ browser }) => {
  test.setTimeout(120_000);
  const citizen = await open(browser);
  await signIn(citizen, 'congdan@demo.sonla.vn');
  await expect(citizen).toHaveURL(/\/tai-khoan$/);
  const id = await fileCriminalRecord(citizen);
  await expect(citizen.getByText('Chờ thanh toán').first()).toBeVisible();
  await settled(citizen);
  await expectNoSeriousA11yViolations(citizen);
  await pay(citizen, id);
  const [receipt] = await Promise.all([
    citizen.waitForEvent('download'),
    citizen.getByRole('link', { name: 'Tải biên lai điện tử (PDF)' }).click(),
  ]);
  expect(receipt.suggestedFilename()).toBe('bien-lai.pdf');

  // The provincial police: counter, records office, leader.
  const reception = await officer(browser, 'tiepnhan.catinh@demo.sonla.vn');
  await act(reception, id, 'Tiếp nhận');
  await act(reception, id, 'Chuyển xử lý');
  const specialist = await officer(browser, 'chuyenvien.catinh@demo.sonla.vn');
  await act(specialist, id, 'Nhận xử lý');
  await act(specialist, id, 'Trình lãnh đạo', 'Không có án tích');
  const leader = await officer(browser, 'lanhdao.catinh@demo.sonla.vn');
  await act(leader, id, 'Phê duyệt');
  await reception.goto(`/ho-so/${id}`);
  await settled(reception);
  await reception.getByLabel('Đính kèm kết quả (PDF)').setInputFiles({ name: 'phieu-lltp.pdf', mimeType: 'application/pdf', buffer: RESULT });
  await reception.getByRole('button', { name: 'Đính kèm', exact: true }).click();
  await expect(reception.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
  await act(reception, id, 'Trả kết quả');

  // The citizen has the result online; the public page confirms the file is the issued one.
  await citizen.goto(`/ho-so/${id}`);
  await expect(citizen.getByRole('link', { name: 'phieu-lltp.pdf', exact: true }).first()).toBeVisible();
  const code = (await citizen.getByRole('heading', { level: 1 }).textContent())!.match(/\S+-\d{6}-\d{4}/)![0];
  const visitor = await open(browser);
  await visitor.goto(`/xac-thuc/${code}`);
  await settled(visitor);
  await expectNoSeriousA11yViolations(visitor);
  // By the file's SHA-256, then by uploading a file (hashed as it streams, not kept).
  const sha = createHash('sha256').update(RESULT).digest('hex');
  const check = visitor.getByRole('button', { name: 'Kiểm tra', exact: true });
  await visitor.getByLabel('Hoặc nhập mã SHA-256 của tệp (64 ký tự)').fill(sha);
  await check.last().click();
  await expect(visitor).toHaveURL(new RegExp(`sha256=${sha}`));
  await expect(visitor.getByRole('status')).toContainText('Khớp: tệp này đúng là kết quả');
  await visitor.getByLabel('Chọn tệp cần kiểm tra (tệp không được lưu lại)').setInputFiles({ name: 'sua.pdf', mimeType: 'application/pdf', buffer: PDF });
  await check.first().click();
  await expect(visitor.getByRole('status')).toContainText('Không khớp');
  await visitor.getByLabel('Chọn tệp cần kiểm tra (tệp không được lưu lại)').setInputFiles({ name: 'ban-in.pdf', mimeType: 'application/pdf', buffer: RESULT });
  await check.first().click();
  await expect(visitor.getByRole('status')).toContainText('Khớp: tệp này đúng là kết quả');

  // A second request, paid, then refused by the counter: refunded from the back office.
  const refused = await fileCriminalRecord(citizen);
  await pay(citizen, refused);
  await act(reception, refused, 'Từ chối tiếp nhận', 'Hồ sơ không thuộc thẩm quyền');
  await reception.goto(`/ho-so/${refused}`);
  await settled(reception);
  await reception.getByLabel('Lý do hoàn trả').fill('Từ chối tiếp nhận hồ sơ');
  await reception.getByRole('button', { name: 'Hoàn trả qua cổng thanh toán' }).click();
  await expect(reception.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
  await citizen.goto(`/ho-so/${refused}`);
  await expect(citizen.getByText('Đã hoàn trả')).toBeVisible();
});
