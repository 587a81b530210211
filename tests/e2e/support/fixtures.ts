// Playwright fixtures: each test gets its own host on its own fresh database.
import { test as base, type BrowserContext } from '@playwright/test';
import { demoDatabaseCopy, startServeHost, type ServeHost } from './serve-host.ts';

/** 'demo': the test's base starts as a copy of the demo year (`test.use({ baseData: 'demo' })`). */
export type BaseData = 'empty' | 'demo';

export const test = base.extend<{ host: ServeHost; baseData: BaseData }>({
  baseData: ['empty', { option: true }],
  host: async ({ baseData }, use) => {
    const host = await startServeHost(baseData === 'demo' ? demoDatabaseCopy() : undefined);
    await use(host);
    await host.stop();
  },
  // Every page of a test is signed in as the person who opened the printed URL: the context's
  // request shares its cookie jar, so the session cookie the host sets serves the pages too.
  context: async ({ context, host }, use) => {
    await signIn(context, host, { name: 'Camille Laurent', role: 'chargée de mission insertion' });
    await use(context);
  },
});

export { expect } from '@playwright/test';

/**
 * Opens the host's printed address in this browser context (its session cookie then serves every
 * page of the context) and says once, through the API, who uses this computer: the first-start
 * question would otherwise cover every page (tests/e2e/local-user.spec.ts answers it on screen).
 */
export async function signIn(context: BrowserContext, host: ServeHost, localUser: { name: string; role?: string }): Promise<void> {
  const login = await context.request.get(host.loginUrl);
  if (!login.ok()) throw new Error(`login to the host failed: HTTP ${login.status()}`);
  const saved = await context.request.post(`${host.url}api/settings.saveLocalUser`, {
    headers: { 'Content-Type': 'application/json', Origin: host.url.slice(0, -1) },
    data: { role: '', ...localUser },
  });
  if (!((await saved.json()) as { ok: boolean }).ok) throw new Error('settings.saveLocalUser refused by the host');
}
