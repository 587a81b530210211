// Spreadsheet exports in Chromium (issue 10, "exports people take to meetings"): the Dossiers list with
// a filter in the address downloaded as .xlsx and .csv (every matching row, read back), then a session's
// progress before the reveal and its results after it, from the deliberation page.
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { callApi, seedCallAndProvider } from './pages/applications-page.ts';
import { CHAIR_PIN, JURORS, scoreThroughApi, seedScoringSession } from './pages/jury-page.ts';
import { dataRows, parseCsv, readWorkbook } from '../support/spreadsheet-files.ts';

const SHOTS = '/tmp/shots-export';

/** WCAG 2.1 AA on the page as it stands (a menu or the delivery bubble open). */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the Dossiers list exports the filtered applications, all of them, as .xlsx and .csv', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const seed = await seedCallAndProvider(page, host.url);
  const { provider: other } = await callApi<{ provider: { id: number } }>(page, host.url, 'providers.create', { name: 'Roue Libre', legalForm: 'association' });
  const objective = seed.objective('6.1.1');
  for (let index = 0; index < 12; index += 1) {
    await callApi(page, host.url, 'applications.create', {
      callId: seed.callId,
      providerId: index < 9 ? seed.providerId : other.id,
      title: `Atelier ${String(index + 1).padStart(2, '0')}`,
      primaryObjectiveId: objective,
      budgetLines: [
        { account: '64', amountCents: 100_000 * (index + 1) },
        { account: '74-ccas', amountCents: 100_000 * (index + 1) },
      ],
    });
  }

  await page.goto(`${host.url}#/dossiers?prestataire=${seed.providerId}&tri=requested&ordre=desc`);
  await expect(page.getByTestId('applications-count')).toContainText('9 dossiers');
  await page.getByTestId('applications-export').click();
  await expect(page.getByRole('menu')).toContainText('9 dossiers : la recherche et les filtres affichés, dans l’ordre du tableau');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/applications-export-menu.png` });
  await expectAccessible(page);

  const downloaded = page.waitForEvent('download');
  await page.getByTestId('applications-export-xlsx').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^dossiers-\d{4}-\d{2}-\d{2}\.xlsx$/u);
  const sheet = await readWorkbook(readFileSync(await download.path()));
  const rows = dataRows(sheet);
  expect(rows).toHaveLength(9);
  expect(rows.every((row) => row[2] === 'Mobiliclés')).toBe(true);
  // The order of the table: the largest request first.
  expect(rows.map((row) => row[5])).toEqual([9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000]);
  expect(String(sheet.getCell('A2').value)).toContain('prestataire « Mobiliclés »');
  await expect(page.getByTestId('applications-export-delivered')).toContainText('Téléchargé : dossiers-');
  await page.screenshot({ path: `${SHOTS}/applications-exported.png` });

  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('applications-export').click();
  await page.getByTestId('applications-export-csv').click();
  const csv = parseCsv(readFileSync(await (await csvDownload).path()));
  expect(csv.bom).toBe(true);
  expect(csv.rows).toHaveLength(10);
  expect(csv.rows[1]?.[5]).toBe('9000,00');
});

test('the deliberation page exports the progress before the reveal and the results after it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  const seed = await seedScoringSession(page, host.url);
  const [first, second] = JURORS;
  await scoreThroughApi(page, host.url, seed, first.name, Object.fromEntries(seed.applications.map((application, index) => [application.id, () => (index + 2) % 5])));

  await page.goto(`${host.url}#/seances/${seed.sessionId}/deliberation`);
  await expect(page.getByTestId('results-sealed')).toBeVisible();
  // Sealed: no results to export, only the progress.
  await expect(page.getByTestId('results-export')).toHaveCount(0);
  await page.getByTestId('progress-export').click();
  await expect(page.getByRole('menu')).toContainText('Les fiches de chaque membre, sans aucune note');
  await page.screenshot({ path: `${SHOTS}/progress-export-menu.png` });
  await expectAccessible(page);
  const progressDownload = page.waitForEvent('download');
  await page.getByTestId('progress-export-xlsx').click();
  const progress = await progressDownload;
  expect(progress.suggestedFilename()).toMatch(new RegExp(`^avancement-notation-seance-${seed.sessionId}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`, 'u'));
  const progressRows = dataRows(await readWorkbook(readFileSync(await progress.path())));
  const byName = new Map(progressRows.map((row) => [row[0], row]));
  expect(byName.get(first.name)?.slice(2, 6)).toEqual([3, 3, 3, 'Soumise']);
  expect(byName.get(second.name)?.slice(2, 6)).toEqual([0, 0, 3, 'Pas commencée']);

  for (const juror of JURORS.slice(1)) {
    await scoreThroughApi(page, host.url, seed, juror.name, Object.fromEntries(seed.applications.map((application, index) => [application.id, () => (index + 3) % 5])));
  }
  for (const jurorId of Object.values(seed.jurorIds)) await callApi(page, host.url, 'sessions.setAttendance', { sessionId: seed.sessionId, jurorId, attendance: 'present' });
  await callApi(page, host.url, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await callApi(page, host.url, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });
  const [application] = seed.applications;
  await callApi(page, host.url, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: application?.id, kind: 'favorable', proposedCents: 800_000 });

  await page.reload();
  await expect(page.getByTestId('results-table')).toBeVisible();
  await page.getByTestId('results-sort').getByText('Ordre de passage').click();
  await page.getByTestId('results-export').click();
  await expect(page.getByRole('menu')).toContainText('Dans l’ordre du tableau, avec les avis');
  await page.screenshot({ path: `${SHOTS}/results-export-menu.png` });
  const resultsDownload = page.waitForEvent('download');
  await page.getByTestId('results-export-xlsx').click();
  const results = await resultsDownload;
  expect(results.suggestedFilename()).toBe(`resultats-seance-${seed.sessionId}-2018-03-12.xlsx`);
  const sheet = await readWorkbook(readFileSync(await results.path()));
  expect(String(sheet.getCell('A2').value)).toContain('classés dans l’ordre de passage');
  const rows = dataRows(sheet);
  // The table's rows in the table's order (discussion order), with the avis given.
  expect(rows.map((row) => row[1])).toEqual([1, 2, 3]);
  expect(rows.map((row) => row[3])).toEqual(seed.applications.map((item) => item.title));
  expect(typeof rows[0]?.[8]).toBe('number');
  await expect(page.getByTestId('results-export-delivered')).toContainText(`Téléchargé : resultats-seance-${seed.sessionId}-2018-03-12.xlsx`);
  await page.screenshot({ path: `${SHOTS}/results-exported.png` });
  await expectAccessible(page);
});
