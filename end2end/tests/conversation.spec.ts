import { test, expect, Browser, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, settled } from './helpers';
import { fileBirth, signIn, signInOfficer } from './people';

// The conversation around a dossier: its applicant and the ward's counter exchange messages with
// files both ways — once the citizen without JavaScript and the officer with it, once the other
// way round —, each side sees what is new to it, the citizen's list counts the unread answer, and
// the officer's private note never reaches the citizen.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function browse(browser: Browser, js: boolean): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL, locale: 'vi-VN', javaScriptEnabled: js,
  });
  return context.newPage();
}

/// Writes a message with a file in the thread of the page open on a dossier.
async function write(page: Page, js: boolean, heading: string, text: string, file: { name: string, mimeType: string, buffer: Buffer }) {
  await settled(page, js);
  const thread = page.getByRole('region', { name: heading });
  await thread.getByLabel('Tin nhắn', { exact: true }).fill(text);
  await thread.getByLabel('Tệp đính kèm (không bắt buộc)').setInputFiles(file);
  await thread.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi tin nhắn.' })).toBeVisible();
}

for (const citizenJs of [false, true]) {
  const how = citizenJs ? 'the citizen with JavaScript, the officer without' : 'the citizen without JavaScript, the officer with';
  test(`citizen and officer exchange messages with files (${how})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const officerJs = !citizenJs;
    const citizen = await browse(browser, citizenJs);
    await signIn(citizen, 'congdan@demo.sonla.vn', citizenJs);
    await expect(citizen).toHaveURL(/\/tai-khoan$/);
    const { id } = await fileBirth(citizen, citizenJs);
    const mine = 'Trao đổi với cơ quan giải quyết';
    const theirs = 'Trao đổi với người nộp hồ sơ';

    // Nothing written is refused with the reason; then the citizen asks, with a photo.
    const thread = citizen.getByRole('region', { name: mine });
    await expect(thread).toContainText('Chưa có tin nhắn nào.');
    await thread.getByRole('button', { name: 'Gửi tin nhắn' }).click();
    await expect(citizen.getByRole('alert').first()).toContainText('Hãy viết tin nhắn hoặc đính kèm một tệp.');
    const question = `Tôi gửi thêm bản chụp giấy chứng sinh, như vậy đã đủ chưa? (${citizenJs ? 'có' : 'không'} JavaScript)`;
    await write(citizen, citizenJs, mine, question, { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(thread).toContainText(question);

    // The ward's counter reads it as new, opens its file, keeps a private note and answers.
    const counter = await browse(browser, officerJs);
    await signInOfficer(counter, officerJs, 'motcua@demo.sonla.vn');
    await counter.goto(`/ho-so/${id}`);
    await settled(counter, officerJs);
    const inbox = counter.getByRole('region', { name: theirs });
    await expect(inbox).toContainText(question);
    await expect(inbox.locator('.badge', { hasText: 'Mới' })).toBeVisible();
    const href = (await inbox.getByRole('link', { name: 'giay-chung-sinh.pdf' }).getAttribute('href'))!;
    const file = await counter.request.get(href);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const note = `Công dân hỏi về giấy chứng sinh, đã hướng dẫn ${id}`;
    await counter.getByLabel('Ghi chú mới').fill(note);
    await counter.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await expect(counter.getByRole('region', { name: 'Ghi chú nội bộ' })).toContainText(note);
    const answer = 'Đã đủ. Bạn xem hướng dẫn đính kèm để nhận kết quả.';
    await write(counter, officerJs, theirs, answer, { name: 'huong-dan.png', mimeType: 'image/png', buffer: PNG });
    if (officerJs) await expectNoSeriousA11yViolations(counter);

    // The citizen's list counts the unread answer; the thread shows it new, with its file; the
    // note is nowhere on the citizen's page.
    await citizen.goto('/ho-so');
    await settled(citizen, citizenJs);
    await citizen.locator(`a.badge[href="/ho-so/${id}#trao-doi"]`).click();
    await settled(citizen, citizenJs);
    await expect(thread).toContainText(answer);
    await expect(thread.locator('.badge', { hasText: 'Mới' })).toBeVisible();
    await expect(thread.getByRole('link', { name: 'huong-dan.png' })).toBeVisible();
    await expect(citizen.locator('body')).not.toContainText(note);
    if (citizenJs) await expectNoSeriousA11yViolations(citizen);
  });
}
