// Playwright fixtures: each test gets its own host on its own fresh database.
import { test as base } from '@playwright/test';
import { startServeHost, type ServeHost } from './serve-host.ts';

export const test = base.extend<{ host: ServeHost }>({
  // Playwright reads fixture dependencies from the destructuring pattern: this one depends on none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startServeHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
