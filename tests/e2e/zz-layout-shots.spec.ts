// Every main screen, on the demo, at 1280×720 (a manager's laptop) and 1920×1080: the page never
// scrolls sideways, no button or badge has its words cut, the deliberation's titles stay within two
// lines. Each screen is also photographed, for a person to look at: into $PACTE_SHOTS_DIR when set,
// else into the test's output folder.
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, test } from './support/fixtures.ts';

// The demo year is this file's data, not its subject: each test starts from a copy of it (demo.load then answers 'unchanged').
test.use({ baseData: 'demo' });

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

type Screen = { name: string; hash: string; ready: string; scrollTo?: string };

type DemoIds = { callId: number; openCallId: number; sessionId: number; applicationId: number; providerId: number; conventionId: number };

function screens(ids: DemoIds): Screen[] {
  return [
    { name: 'pour-commencer', hash: '#/', ready: 'setup-checklist' },
    { name: 'pacte', hash: '#/pacte', ready: 'lever-title' },
    { name: 'appels', hash: '#/appels-a-projets', ready: 'calls-table' },
    { name: 'appel', hash: `#/appels-a-projets/${ids.callId}`, ready: 'call-detail' },
    { name: 'appel-ouvert', hash: `#/appels-a-projets/${ids.openCallId}`, ready: 'call-detail' },
    { name: 'dossiers', hash: '#/dossiers', ready: 'applications-table' },
    { name: 'dossier', hash: `#/dossiers/${ids.applicationId}`, ready: 'application-detail' },
    { name: 'prestataires', hash: '#/prestataires', ready: 'providers-table' },
    { name: 'prestataire', hash: `#/prestataires/${ids.providerId}`, ready: 'provider-detail-page' },
    { name: 'jury', hash: '#/jury', ready: 'jurors-table' },
    { name: 'seances', hash: '#/seances', ready: 'sessions-table' },
    { name: 'seance', hash: `#/seances/${ids.sessionId}`, ready: 'session-detail' },
    { name: 'documents', hash: `#/seances/${ids.sessionId}`, ready: 'session-documents', scrollTo: 'session-documents' },
    { name: 'deliberation', hash: `#/seances/${ids.sessionId}/deliberation`, ready: 'results-table', scrollTo: 'results-table' },
    { name: 'conventions', hash: '#/conventions', ready: 'conventions-table' },
    { name: 'convention', hash: `#/conventions/${ids.conventionId}`, ready: 'convention-detail' },
    { name: 'territoires', hash: '#/territoires', ready: 'territories-table' },
    { name: 'parametres', hash: '#/parametres', ready: 'organisation-form', scrollTo: 'settings-logo-input' },
    { name: 'audit', hash: '#/parametres', ready: 'audit-section', scrollTo: 'audit-section' },
  ];
}

/**
 * Words cut or spilling at the edge: a button's label, a badge's text, a column's heading or a cell's
 * content wider than the box that shows it.
 */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-Button-label, .mantine-Badge-label, th, td')]
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
      .map((label) => `« ${(label.textContent ?? '').slice(0, 80)} » (${label.scrollWidth} px dans ${label.clientWidth} px)`),
  );
}

/** The lines a result's title takes: its height over its line height. */
async function titleLines(page: Page): Promise<{ title: string; lines: number }[]> {
  return page.getByTestId('result-title').evaluateAll((titles) =>
    titles.map((title) => {
      const style = getComputedStyle(title);
      return { title: title.textContent ?? '', lines: Math.round(title.getBoundingClientRect().height / Number.parseFloat(style.lineHeight)) };
    }),
  );
}

async function loadDemo(page: Page, baseUrl: string): Promise<DemoIds> {
  const demo = await callApi<{ callId: number; sessionId: number; openCall: { callId: number } | null }>(page, baseUrl, 'demo.load', {});
  const { rows } = await callApi<{ rows: { id: number; applicationId: number; providerId: number }[] }>(page, baseUrl, 'conventions.list', {});
  const convention = rows[0];
  if (!convention || demo.openCall === null) throw new Error('The demo has conventions and an open call.');
  // A logo wider than it is tall, as most are: the settings show it beside "Retirer le logo".
  const logo = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 800;
    canvas.height = 160;
    const context = canvas.getContext('2d');
    if (context) {
      context.fillStyle = '#1d4e89';
      context.fillRect(0, 0, 800, 160);
    }
    return canvas.toDataURL('image/png');
  });
  const organisation = await callApi<Record<string, unknown>>(page, baseUrl, 'settings.getOrganisation', {});
  const { updatedAt: _updatedAt, ...fields } = organisation;
  await callApi(page, baseUrl, 'settings.saveOrganisation', { ...fields, name: 'CCAS de Rennes', logoDataUrl: logo });
  return { callId: demo.callId, openCallId: demo.openCall.callId, sessionId: demo.sessionId, applicationId: convention.applicationId, providerId: convention.providerId, conventionId: convention.id };
}

// Two halves of the screens, one per worker: a single test took over 5 minutes on a loaded machine.
test.describe.configure({ mode: 'parallel' });

for (const half of [0, 1]) {
test(`every main screen fits 1280×720 and 1920×1080 (half ${half + 1} of 2): no sideways scroll, no cut label, deliberation titles on two lines at most`, async ({ page, host }, testInfo) => {
  test.setTimeout(300_000);
  const shotsDir = process.env.PACTE_SHOTS_DIR ?? testInfo.outputPath('shots');
  await page.goto(host.url);
  const ids = await loadDemo(page, host.url);
  for (const screen of screens(ids).filter((_, index) => index % 2 === half)) {
    await test.step(screen.name, async () => {
      await page.setViewportSize(VIEWPORTS[0]);
      await page.goto(`${host.url}${screen.hash}`);
      await page.getByTestId(screen.ready).first().waitFor();
      await expect(page.locator('.mantine-Loader')).toHaveCount(0);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        // Centred: at the top, the sticky header would hide the section's first line.
        if (screen.scrollTo) await page.getByTestId(screen.scrollTo).first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
        else await page.evaluate(() => window.scrollTo(0, 0));
        // Let the layout settle after the resize (Mantine measures some widths in effects).
        await page.waitForTimeout(250);
        await page.screenshot({ path: `${shotsDir}/${screen.name}-${viewport.width}.png` });
        const where = `${screen.name} à ${viewport.width}×${viewport.height}`;
        const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect.soft(width.scroll, `${where} : la page défile sur le côté`).toBeLessThanOrEqual(width.client);
        expect.soft(await clippedLabels(page), `${where} : libellés coupés`).toEqual([]);
        if (screen.name === 'deliberation') {
          const lines = await titleLines(page);
          expect(lines.length).toBeGreaterThan(0);
          expect.soft(lines.filter((title) => title.lines > 2), `${where} : intitulés sur plus de deux lignes`).toEqual([]);
        }
      }
    });
  }
});
}
