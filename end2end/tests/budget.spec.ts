import { test, expect, Page } from '@playwright/test';
import { settled } from './helpers';
import { signIn } from './people';

// The byte budget of issue #17, measured on the release build (scripts/budget.sh runs this file
// alone against target/release/portal): what a browser transfers for a page, headers and
// compressed bodies, by kind. Sizes are deterministic, so this is a test, not a benchmark.

const KB = 1024;

type Sizes = { html: number; css: number; script: number; other: number };

/// Loads `path` (or runs `go`) in a fresh page and adds up what was transferred.
async function measured(page: Page, go: () => Promise<unknown>): Promise<Sizes> {
  const sizes: Sizes = { html: 0, css: 0, script: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => pending.push((async () => {
    const s = await request.sizes();
    const bytes = s.responseHeadersSize + s.responseBodySize;
    const path = new URL(request.url()).pathname;
    const kind = request.resourceType();
    if (kind === 'document') sizes.html += bytes;
    else if (kind === 'stylesheet') sizes.css += bytes;
    else if (kind === 'script' || path.endsWith('.wasm') || path.endsWith('.js')) sizes.script += bytes;
    else sizes.other += bytes;
  })()));
  await go();
  await page.waitForLoadState('networkidle');
  await settled(page);
  await Promise.all(pending);
  page.removeAllListeners('requestfinished');
  return sizes;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

for (const [name, path] of [
  ['home', '/'],
  ['catalog search', '/thu-tuc?q=khai+sinh'],
  ['procedure', '/thu-tuc/1.001193'],
  ['lookup', '/tra-cuu'],
]) {
  test(`budget: the ${name} page sends at most 30 KB of HTML and CSS and 120 KB of script`, async ({ page }) => {
    const sizes = await measured(page, () => page.goto(path));
    console.log(`${name.padEnd(16)} html+css ${kb(sizes.html + sizes.css)}  script+wasm ${kb(sizes.script)}  other ${kb(sizes.other)}`);
    expect(sizes.html + sizes.css, 'HTML + CSS').toBeLessThanOrEqual(30 * KB);
    expect(sizes.script, 'JavaScript + wasm').toBeLessThanOrEqual(120 * KB);
  });
}

test('budget: a signed-in filing page, hydrated, sends at most 200 KB in all', async ({ page, browser }) => {
  await signIn(page, 'congdan@demo.sonla.vn');
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await page.goto('/thu-tuc/1.001193');
  await page.getByRole('button', { name: 'Nộp trực tuyến' }).click();
  await expect(page).toHaveURL(/\/ho-so\/\d+$/);
  const draft = page.url();
  // A new browser context with the same session and an empty cache: a first visit's whole cost.
  const signedIn = await page.context().storageState();
  const fresh = await (await browser.newContext({ storageState: signedIn, baseURL: test.info().project.use.baseURL })).newPage();
  const sizes = await measured(fresh, () => fresh.goto(`${draft}?buoc=1`));
  await expect(fresh.locator('html[data-hydrated]')).toHaveCount(1);
  const total = sizes.html + sizes.css + sizes.script + sizes.other;
  console.log(`${'filing (draft)'.padEnd(16)} html+css ${kb(sizes.html + sizes.css)}  script+wasm ${kb(sizes.script)}  total ${kb(total)}`);
  expect(total, 'everything').toBeLessThanOrEqual(200 * KB);
});
