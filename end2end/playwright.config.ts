import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep Chromium from reaching for the
// network, which this machine does not have.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    launchOptions,
    locale: 'vi-VN',
  },
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
});
