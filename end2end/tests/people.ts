import { test, expect, Page, Browser } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { settled, stepNow, totp, totpAt } from './helpers';

// The demo people of the end-to-end journeys, each in a browser context of their own, and the
// officer's action on a dossier page.

export const PASSWORD = 'hoa ban nở trắng núi rừng Tây Bắc';

export async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN' });
  return context.newPage();
}

export async function signIn(page: Page, who: string, js = true) {
  await page.goto('/dang-nhap');
  await settled(page, js);
  await page.getByLabel('Thư điện tử hoặc số định danh cá nhân').fill(who);
  await page.locator('#mat_khau').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/// Signs an officer in; the first time (whichever test or project comes first) enrols the
/// authenticator from the page's secret and keeps it in this run's data folder for the others.
export async function signInOfficer(page: Page, js: boolean, email: string) {
  const kept = join(process.env.PORTAL_DATA_DIR ?? tmpdir(), `e2e-totp-${email}`);
  await signIn(page, email, js);
  await expect(page).toHaveURL(/\/dang-nhap\/ma-xac-thuc$/);
  await settled(page, js);
  if (existsSync(kept)) {
    // A step's code works once, within a step of now: the step after the last one used, waited
    // for when an officer signs in again within the same minute.
    const [secret, last] = readFileSync(kept, 'utf8').split('\n');
    const step = Math.max(Number(last) + 1, stepNow() - 1);
    const wait = (step - 1) * 30_000 - Date.now();
    if (wait > 0) await page.waitForTimeout(wait + 200);
    writeFileSync(kept, `${secret}\n${step}`);
    await page.getByLabel('Mã xác thực').fill(totpAt(secret, step));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
  } else {
    const secret = (await page.locator('#khoa-bi-mat').getAttribute('data-secret'))!;
    writeFileSync(kept, `${secret}\n${stepNow()}`);
    await page.getByLabel('Mã xác thực').fill(totp(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('link', { name: 'Tiếp tục' }).click();
  }
  await expect(page).toHaveURL(/\/tai-khoan$/);
}

/// A demo officer signed in, in a browser of their own, with JavaScript.
export async function officer(browser: Browser, email: string): Promise<Page> {
  const page = await open(browser);
  await signInOfficer(page, true, email);
  return page;
}

/// Presses an officer's action button on dossier `id`, with a note if given.
export async function act(page: Page, id: string, button: string, note?: string) {
  await page.goto(`/ho-so/${id}`);
  await settled(page);
  // Nothing may re-render the form between typing and sending.
  await page.waitForLoadState('networkidle');
  if (note) {
    const box = page.getByLabel('Ghi chú, lý do hoặc nội dung cần bổ sung');
    await box.fill(note);
    await expect(box).toHaveValue(note);
  }
  await page.getByRole('button', { name: button, exact: true }).click();
  // A move that ends the dossier is confirmed on the page first, its reason shown.
  if (CONFIRMED.includes(button)) {
    const confirm = page.locator('.confirm');
    await expect(confirm).toContainText(note ?? '');
    await confirm.getByRole('button', { name: button, exact: true }).click();
  }
  await expect(page.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
}

const CONFIRMED = ['Từ chối tiếp nhận', 'Từ chối giải quyết', 'Dừng xử lý'];

export type Answer = [name: string, value: string | { name: string; mimeType: string; buffer: Buffer }];

/// Gives `answer` to the input named `name` if it is on this page and shown: a text is typed, an
/// option picked, a radio's value or a box ticked, a file attached. Returns whether it was.
export async function answer(page: Page, [name, value]: Answer): Promise<boolean> {
  const input = page.locator(`[name="${name}"]`).first();
  if ((await input.count()) === 0 || !(await input.isVisible())) return false;
  const kind = await input.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type ?? ''}`);
  if (typeof value !== 'string') await input.setInputFiles(value);
  else if (kind.startsWith('SELECT')) await input.selectOption(value);
  else if (kind === 'INPUT:radio') await page.locator(`input[name="${name}"][value="${value}"]`).check();
  else if (kind === 'INPUT:checkbox') await input.check();
  else await input.fill(value);
  return true;
}

/// Walks a draft's steps from the page it is on to the check page: each step gets the answers
/// whose inputs it shows, then "Tiếp tục". Fails if a step does not lead on.
export async function fillSteps(page: Page, js: boolean, answers: Answer[]) {
  const title = page.locator('h2.step-title');
  for (let steps = 0; steps < 15; steps++) {
    await settled(page, js);
    const here = await title.textContent();
    if (here === 'Kiểm tra thông tin trước khi nộp') return;
    for (const a of answers) await answer(page, a);
    // Questions an answer opened (shown by the script, or by the server on the way).
    for (const a of answers) await answer(page, a);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(title, `the step "${here}" leads on`).not.toHaveText(here!, { timeout: 15_000 });
  }
  throw new Error('no check page after 15 steps');
}

/// On the check page: submits, and returns the dossier's code.
export async function submitChecked(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await expect(page.getByRole('status').first()).toContainText('Đã nộp hồ sơ');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  return heading!.match(/\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}/)![0];
}

/// A birth registration filed by the demo citizen on `page` (signed in); returns its id and code.
export async function fileBirth(page: Page, js: boolean): Promise<{ id: string, code: string }> {
  await page.goto('/thu-tuc/1.001193');
  await settled(page, js);
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const id = page.url().match(/\/ho-so\/(\d+)$/)![1];
  await fillSteps(page, js, [
    ['f.noi_cu_tru', 'Bản Hụm, tổ 3'], ['f.ho_ten_tre', 'Lò Văn Nhắn'], ['f.ngay_sinh_tre', '2026-11-03'],
    ['f.dan_toc', 'Thái'], ['f.quoc_tich', 'Việt Nam'], ['f.noi_sinh', 'Trạm y tế phường'],
    ['f.ho_ten_me', 'Lò Thị Demo'], ['f.ngay_sinh_me', '1990-05-19'], ['f.dan_toc_me', 'Thái'],
    ['f.xa_cu_tru', '03670'], ['f.quan_he', 'me'], ['f.gioi_tinh', 'nam'], ['f.co_thong_tin_cha', 'khong'],
    ['f.cam_doan', '1'], ['tep.6', { name: 'cccd.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n') }],
  ]);
  const code = await submitChecked(page);
  return { id, code };
}
