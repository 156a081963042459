import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { settled } from './helpers';
import { open, signIn, signInOfficer } from './people';

// Every page of the portal, as each kind of visitor sees it, scanned by axe-core against the
// WCAG 2.0, 2.1 and 2.2 level A and AA rules: once as it runs in the browser (islands hydrated),
// once with its scripts blocked (as a browser without JavaScript gets it). Any finding, of any
// impact, fails. The statement at /kha-nang-tiep-can says this is how the portal is tested.

// Each test scans a dozen pages twice: more than the default minute.
test.describe.configure({ timeout: 240_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const SCRIPTS = /\.(js|wasm)(\?|$)/;

async function findings(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${label}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/// Scans each path with and without scripts; returns the findings (empty when all is well).
async function scanned(page: Page, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    await settled(page);
    found.push(...(await findings(page, `${path} (JavaScript)`)));
  }
  await page.route(SCRIPTS, (route) => route.abort());
  for (const path of paths) {
    await page.goto(path);
    found.push(...(await findings(page, `${path} (no JavaScript)`)));
  }
  await page.unroute(SCRIPTS);
  return found;
}

/// The addresses of the links on `path` that match `pattern`, first `limit` of them.
async function links(page: Page, path: string, pattern: RegExp, limit = 2): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((h) => pattern.test(h)))].slice(0, limit);
}

test('public pages have no accessibility finding, with and without JavaScript', async ({ page }) => {
  const procedure = '/thu-tuc/1.001193';
  const paths = [
    '/', '/thu-tuc', '/thu-tuc?q=khai+sinh', '/thu-tuc?q=zzzz', '/thu-tuc?cap=xa&trang=2', procedure,
    '/tra-cuu', '/tra-cuu?ma=000.00.00.H00-000000-0000&kiem_tra=1234', '/dang-nhap', '/dang-ky',
    '/quen-mat-khau', '/quen-mat-khau/da-gui', '/dang-ky/kiem-tra-thu', '/dat-lai-mat-khau?ma=sai',
    '/kha-nang-tiep-can', '/xac-thuc/000.00.00.H00-000000-0000', '/khong-co-trang-nay', '/tien-do', '/thong-ke', '/phan-anh', '/phan-anh/gui',
    '/danh-gia/000.00.00.H00-000000-0000',
  ];
  expect(await scanned(page, paths)).toEqual([]);
});

test('citizen and business pages have no accessibility finding', async ({ page }) => {
  await signIn(page, 'congdan@demo.sonla.vn');
  await expect(page).toHaveURL(/\/tai-khoan$/);
  // A new draft, walked step by step, and the dossiers the demo already holds.
  await page.goto('/thu-tuc/1.001193');
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const draft = new URL(page.url()).pathname;
  const steps = ['chung', '1', '2', '3', 'giay-to', 'kiem-tra'].map((s) => `${draft}?buoc=${s}`);
  const dossiers = await links(page, '/ho-so', /^\/ho-so\/\d+$/, 3);
  const business = await links(page, '/doanh-nghiep', /^\/doanh-nghiep\/\d+\/ho-so$/, 1);
  const paths = ['/tai-khoan', '/ho-so', ...steps, ...dossiers, '/doanh-nghiep', ...business, '/hop-thu'];
  expect(await scanned(page, paths)).toEqual([]);
});

test('officer pages have no accessibility finding', async ({ browser }) => {
  const page = await open(browser);
  await signInOfficer(page, true, 'motcua@demo.sonla.vn');
  const dossiers = await links(page, '/can-bo', /^\/can-bo\/ho-so\/\d+$/, 2);
  const registry = await open(browser);
  await signInOfficer(registry, true, 'dangkykinhdoanh@demo.sonla.vn');
  expect(await scanned(page, ['/can-bo', '/can-bo?han=qua_han', '/can-bo/tiep-nhan', ...dossiers])).toEqual([]);
  expect(await scanned(registry, ['/can-bo/doanh-nghiep'])).toEqual([]);
  const desk = await open(browser);
  await signInOfficer(desk, true, 'phananh@demo.sonla.vn');
  expect(await scanned(desk, ['/can-bo/phan-anh'])).toEqual([]);
});

test('administration pages and editors have no accessibility finding', async ({ browser }) => {
  const system = await open(browser);
  await signInOfficer(system, true, 'quantri@demo.sonla.vn');
  expect(await scanned(system, ['/quan-tri', '/quan-tri/cong-viec', '/quan-tri/dong-bo', '/quan-tri/lich', '/quan-tri/lien-he', '/quan-tri/nhat-ky'])).toEqual([]);
  const catalog = await open(browser);
  await signInOfficer(catalog, true, 'quantri.catinh@demo.sonla.vn');
  const code = (await links(catalog, '/quan-tri/thu-tuc', /^\/quan-tri\/thu-tuc\/[0-9.]+$/, 1))[0];
  expect(code, 'the catalog admin sees a procedure').toBeTruthy();
  const id = code.split('/').pop()!;
  const editors = [
    '/quan-tri/thu-tuc', '/quan-tri/thu-tuc/moi', '/quan-tri/thu-tuc/nhap', code,
    ...(await links(catalog, code, /^\/quan-tri\/thu-tuc\/[0-9.]+\/[a-z-]+$/, 8)),
    `/quan-tri/quy-trinh/${id}`, `/quan-tri/bieu-mau/${id}`, `/quan-tri/bieu-mau/${id}/soan`,
  ];
  expect(await scanned(catalog, editors)).toEqual([]);
});
