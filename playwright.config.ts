import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it exists (CI, these machines); Playwright's own browser on a laptop with internet.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  // Two files at a time: each test has its own host and database, and one worker left the whole
  // `npm test` near CI's 30 minutes once the suite passed 70 tests.
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Loading the demo year through the real handlers takes 10–30 s on a loaded 2-core machine.
  timeout: 90_000,
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: existsSync(systemChromium)
      ? {
          executablePath: systemChromium,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'],
        }
      : {},
  },
});
