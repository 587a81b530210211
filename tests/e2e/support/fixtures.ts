// Playwright fixtures: each test gets its own host on its own fresh database.
import { test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seedClosedSession, type ClosedSessionSeed } from '../pages/conventions-page.ts';
import { databaseCopy, demoDatabaseCopy, startServeHost, type ServeHost } from './serve-host.ts';

/**
 * What the test's base starts with (`test.use({ baseData: … })`): 'demo', a copy of the demo year the
 * global setup loaded; 'closed-session', a copy of a closed 2018 CAI session (seedClosedSession, laid
 * down once per worker: scoring four jurors through the API took 15–40 s a test); empty by default.
 */
export type BaseData = 'empty' | 'demo' | 'closed-session';

const LOCAL_USER = { name: 'Camille Laurent', role: 'chargée de mission insertion' };

let closedSessionBase: Promise<{ file: string; seed: ClosedSessionSeed }> | null = null;

function closedSessionOnce(browser: Browser): Promise<{ file: string; seed: ClosedSessionSeed }> {
  closedSessionBase ??= (async () => {
    const host = await startServeHost();
    const context = await browser.newContext();
    try {
      await signIn(context, host, LOCAL_USER);
      const seed = await seedClosedSession(await context.newPage(), host.url);
      return { file: host.databaseFile, seed };
    } finally {
      await context.close();
      await host.stop();
    }
  })();
  return closedSessionBase;
}

/** The ids of the closed session of a `baseData: 'closed-session'` test (the same in every copy). */
export async function closedSessionSeed(browser: Browser): Promise<ClosedSessionSeed> {
  return (await closedSessionOnce(browser)).seed;
}

async function baseFile(baseData: BaseData, browser: Browser): Promise<string | undefined> {
  if (baseData === 'demo') return demoDatabaseCopy();
  if (baseData === 'closed-session') return databaseCopy((await closedSessionOnce(browser)).file);
  return undefined;
}

export const test = base.extend<{ host: ServeHost; baseData: BaseData }>({
  baseData: ['empty', { option: true }],
  host: async ({ baseData, browser }, use) => {
    const host = await startServeHost(await baseFile(baseData, browser));
    await use(host);
    await host.stop();
  },
  // Every page of a test is signed in as the person who opened the printed URL: the context's
  // request shares its cookie jar, so the session cookie the host sets serves the pages too.
  context: async ({ context, host }, use) => {
    await signIn(context, host, LOCAL_USER);
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

/** In a `baseData: 'closed-session'` test: opens the app on its copy, and gives the session's ids. */
export async function openClosedSession(page: Page, baseUrl: string, browser: Browser): Promise<ClosedSessionSeed> {
  await page.goto(baseUrl);
  return closedSessionSeed(browser);
}
