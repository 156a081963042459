import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// What every spec shares.

/// axe-core runs inside the page, so it needs JavaScript; the no-JS project renders the same HTML.
export async function expectNoSeriousA11yViolations(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/// With JavaScript, wait until the wasm has taken over (frontend/src/lib.rs marks <html>), so the
/// test exercises the hydrated page rather than racing it.
export async function settled(page: Page, javaScriptEnabled = true) {
  if (javaScriptEnabled) {
    await page.waitForSelector('html[data-hydrated]', { timeout: 20_000 });
  }
}
