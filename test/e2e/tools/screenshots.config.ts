import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

/**
 * Not a check: takes screenshots of every screen for a person to look at.
 * `npx playwright test -c test/e2e/tools/screenshots.config.ts` (after `node scripts/build.mjs`);
 * pictures go to $CLAUSEBOOK_SHOTS, /tmp/shots by default.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testIgnore: [],
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  timeout: 120_000,
});
