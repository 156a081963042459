import { test, expect, Page, Locator } from '@playwright/test';
import { settled } from './helpers';
import { Answer, PASSWORD, open, signInOfficer } from './people';

// A keyboard-only journey: a citizen signs in, finds a procedure, files it step by step and
// submits; an officer takes it in from the queue. Every move is a key press (Tab, Enter, Space,
// the arrows, typing); at every stop of the focus the focused element shows the site's outline.

const PDF = Buffer.from('%PDF-1.7\n% keyboard journey\n%%EOF\n');

/// Where the focus is and whether it shows: the element's description, and its outline.
async function focusRing(page: Page): Promise<{ what: string; style: string; width: number }> {
  return settledEvaluate(page, () => page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', style: 'none', width: 0 };
    const s = getComputedStyle(el);
    const what = `${el.tagName.toLowerCase()}#${el.id}[name=${el.getAttribute('name') ?? ''}] ${(el.textContent ?? '').trim().slice(0, 30)}`;
    return { what, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  }));
}

/// Runs `read` in the page, again once the page has loaded if a navigation got in its way.
async function settledEvaluate<T>(page: Page, read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (e) {
      if (attempt >= 5 || !String(e).includes('Execution context was destroyed')) throw e;
      await page.waitForLoadState('load');
    }
  }
}

/// Presses Tab until `target` has the focus, checking at every stop that the focus is visible.
async function tabTo(page: Page, target: Locator, what: string) {
  // A page just navigated to: let it finish loading before reading where the focus is.
  await page.waitForLoadState('load');
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (ring.what !== 'body') {
      expect(ring.style, `the focus on ${ring.what} is visible`).not.toBe('none');
      expect(ring.width, `the focus on ${ring.what} is at least 2 px`).toBeGreaterThanOrEqual(2);
    }
    if (await settledEvaluate(page, () => target.evaluate((el) => el === document.activeElement))) return;
  }
  throw new Error(`${what} never took the focus`);
}

/// Tab to a button or link and press Enter.
async function press(page: Page, target: Locator, what: string) {
  await tabTo(page, target, what);
  await page.keyboard.press('Enter');
}

/// Gives an answer from the keyboard to the input named `name`, if this page shows it.
async function answer(page: Page, [name, value]: Answer) {
  const input = page.locator(`[name="${name}"]`).first();
  if ((await input.count()) === 0 || !(await input.isVisible())) return;
  const kind = await input.evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type ?? ''}`);
  await tabTo(page, input, name);
  if (typeof value !== 'string') {
    // A hydration that lands between the Tab and the Space can swallow the key press: the
    // chooser must open, so the focus is brought back and Space pressed again (at most 3 times).
    for (let tries = 1; ; tries++) {
      const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => null);
      await page.keyboard.press('Space');
      const opened = await chooser;
      if (opened) {
        await opened.setFiles(value);
        break;
      }
      expect(tries, `Space on ${name} opens the file chooser`).toBeLessThan(3);
      if (!(await input.evaluate((el) => el === document.activeElement))) await tabTo(page, input, name);
    }
  } else if (kind.startsWith('SELECT')) {
    for (let i = 0; i < 500 && (await input.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown');
    await expect(input).toHaveValue(value);
  } else if (kind === 'INPUT:radio') {
    const wanted = page.locator(`input[name="${name}"][value="${value}"]`);
    for (let i = 0; i < 10 && !(await wanted.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(wanted).toBeChecked();
  } else if (kind === 'INPUT:checkbox') {
    await page.keyboard.press('Space');
    await expect(input).toBeChecked();
  } else if (kind === 'INPUT:date') {
    // The parts' order follows the browser's own locale: day first (vi), else month first (en-US),
    // back to the first part with Shift+Tab.
    const [y, m, d] = value.split('-');
    await page.keyboard.type(`${d}${m}${y}`);
    if ((await input.inputValue()) !== value) {
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type(`${m}${d}${y}`);
    }
    await expect(input).toHaveValue(value);
  } else {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
    await expect(input).toHaveValue(value);
  }
}

/// The answers this page shows, in the order Tab reaches them.
async function inPageOrder(page: Page, answers: Answer[]): Promise<Answer[]> {
  const order = await page.evaluate((names) => {
    const all = Array.from(document.querySelectorAll('input, select, textarea'));
    return names.map((n) => all.findIndex((e) => e.getAttribute('name') === n));
  }, answers.map(([name]) => name));
  return answers.map((a, i) => [a, order[i]] as const).filter(([, i]) => i >= 0).sort((a, b) => a[1] - b[1]).map(([a]) => a);
}

test('a dossier filed and taken in with the keyboard alone, the focus visible throughout', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // Skip link: the first Tab, and Enter moves the focus into the content.
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Chuyển đến nội dung chính' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Sign in.
  await press(page, page.getByRole('navigation').getByRole('link', { name: 'Đăng nhập' }), 'the sign-in link');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await tabTo(page, page.getByLabel('Thư điện tử hoặc số định danh cá nhân'), 'the account box');
  await page.keyboard.type('congdan@demo.sonla.vn');
  await tabTo(page, page.locator('#mat_khau'), 'the password box');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Find the procedure from the home page's search and start filing it.
  await press(page, page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }), 'home');
  await expect(page).toHaveURL(/\/$/);
  await tabTo(page, page.getByRole('searchbox').first(), 'the search box');
  await page.keyboard.type('khai sinh');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/thu-tuc\?q=/);
  await press(page, page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).first(), 'the procedure');
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await press(page, page.getByRole('button', { name: 'Nộp trực tuyến' }), 'file online');
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const id = page.url().match(/\/ho-so\/(\d+)$/)![1];

  const answers: Answer[] = [
    ['f.noi_cu_tru', 'Bản Hụm, tổ 3'], ['f.xa_cu_tru', '03670'], ['f.quan_he', 'me'],
    ['f.ho_ten_tre', 'Lò Văn Phím'], ['f.ngay_sinh_tre', '2026-11-03'], ['f.gioi_tinh', 'nam'],
    ['f.dan_toc', 'Thái'], ['f.quoc_tich', 'Việt Nam'], ['f.noi_sinh', 'Trạm y tế phường'],
    ['f.ho_ten_me', 'Lò Thị Demo'], ['f.ngay_sinh_me', '1990-05-19'], ['f.dan_toc_me', 'Thái'],
    ['f.co_thong_tin_cha', 'khong'], ['f.cam_doan', '1'],
    ['tep.6', { name: 'cccd.pdf', mimeType: 'application/pdf', buffer: PDF }],
  ];
  const title = page.locator('h2.step-title');
  for (let steps = 0; ; steps++) {
    expect(steps, 'the check page within 10 steps').toBeLessThan(10);
    await settled(page);
    const here = await title.textContent();
    if (here === 'Kiểm tra thông tin trước khi nộp') break;
    for (const a of await inPageOrder(page, answers)) await answer(page, a);
    await press(page, page.getByRole('button', { name: 'Tiếp tục' }), 'continue');
    await expect(title, `the step "${here}" leads on`).not.toHaveText(here!, { timeout: 15_000 });
  }
  await press(page, page.getByRole('button', { name: 'Nộp hồ sơ' }), 'submit');
  await expect(page.getByRole('status').first()).toContainText('Đã nộp hồ sơ');
  const code = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/\S+-\d{6}-\d{4}/)![0];

  // The counter takes it in: queue, dossier, "accept", all from the keyboard.
  const counter = await open(browser);
  await signInOfficer(counter, true, 'motcua@demo.sonla.vn');
  await press(counter, counter.getByRole('navigation').getByRole('link', { name: 'Hồ sơ cần xử lý' }), 'the queue');
  await expect(counter).toHaveURL(/\/can-bo$/);
  await press(counter, counter.getByRole('link', { name: code }), 'the dossier');
  await expect(counter).toHaveURL(new RegExp(`/ho-so/${id}$`));
  await press(counter, counter.getByRole('button', { name: 'Tiếp nhận', exact: true }), 'accept');
  await expect(counter.getByRole('status').first()).toContainText('Đã cập nhật hồ sơ');
});
