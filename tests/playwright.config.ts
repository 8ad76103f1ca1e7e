/**
 * End-to-end tier: the real renderer served by the real browser-shell host, driven
 * in Debian's Chromium (Playwright cannot download its own browsers here).
 * Assumes `dist/` is built; `npm test` builds first.
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../build/scripts/find-chromium.mjs';

const root = path.resolve(__dirname, '..');

export default defineConfig({
  testDir: path.join(__dirname, 'e2e'),
  testMatch: '**/*.spec.ts',
  globalSetup: path.join(__dirname, 'e2e/support/global-setup.ts'),
  // Playwright empties its output folder on start, so it must not be test-results/ itself
  // (vitest's report lives there).
  outputDir: path.join(root, 'test-results/playwright-artifacts'),
  // CI is a two-core machine.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results/playwright.json') }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
  },
});
