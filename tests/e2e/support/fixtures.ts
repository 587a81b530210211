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
  // Every page of a test is signed in as the person who opened the printed URL: the context's
  // request shares its cookie jar, so the session cookie the host sets serves the pages too.
  context: async ({ context, host }, use) => {
    const login = await context.request.get(host.loginUrl);
    if (!login.ok()) throw new Error(`login to the host failed: HTTP ${login.status()}`);
    await use(context);
  },
});

export { expect } from '@playwright/test';
