import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built renderer in Debian's Chromium, served with the real core by
 * `clausebook serve` (see fixtures.ts). Build first: `node scripts/build.mjs`.
 */
export default defineConfig({
  testDir: '.',
  // tools/ holds helpers run on demand (screenshots), not checks.
  testIgnore: ['tools/**'],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Each test starts its own host on its own workspace, so two can run side by side.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  outputDir: '../../test-results/e2e',
  use: {
    headless: true,
    viewport: { width: 1280, height: 820 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
