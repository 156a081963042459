import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHmac } from 'node:crypto';

// What every spec shares.

/// axe-core runs inside the page, so it needs JavaScript; the no-JS project renders the same HTML.
export async function expectNoSeriousA11yViolations(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/// With JavaScript, on a page that holds an island (only a draft's step form), wait until the
/// wasm has taken over (the island marks <html data-hydrated>), so the test exercises the hydrated
/// page rather than racing it. Every other page is HTML only: nothing to wait for. The debug wasm
/// is large and the two cores are shared with the server: at the end of a long run it once took
/// over 20 s.
export async function settled(page: Page, javaScriptEnabled = true) {
  if (javaScriptEnabled && (await page.locator('leptos-island').count()) > 0) {
    await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 });
  }
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, value = 0;
  const out: number[] = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) { bits -= 8; out.push((value >>> bits) & 0xff); }
  }
  return Buffer.from(out);
}

/// The 30-second step of now.
export function stepNow(): number {
  return Math.floor(Date.now() / 1000 / 30);
}

/// RFC 6238 (SHA-1, 6 digits, 30 s) for the step `offset` steps from now.
export function totp(secret: string, offset = 0): string {
  return totpAt(secret, stepNow() + offset);
}

/// RFC 6238 for step `step`.
export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const o = digest[19] & 0x0f;
  const n = ((digest[o] & 0x7f) << 24) | (digest[o + 1] << 16) | (digest[o + 2] << 8) | digest[o + 3];
  return String(n % 1_000_000).padStart(6, '0');
}

