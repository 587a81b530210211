// "Synthèses" in Chromium: the empty state before any validated bilan, then two validated bilans (1 exit
// into a job out of 2, and 90 out of 100) rolled up by lever as bars, the same figures as a table with the
// rate "89,2 % (91 / 102)", and the drill-down listing both bilans with links to their pages; axe on each state.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, openClosedSession, test } from './support/fixtures.ts';

// A closed 2018 CAI session to draft conventions from: a copy of the one laid down once per worker.
test.use({ baseData: 'closed-session' });

const SHOTS = '/tmp/shots-h4';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Two validated 2018 bilans written straight into the host's base (the bilans' own screens are tested elsewhere). */
function insertValidatedBilans(databaseFile: string, conventionIds: number[]): void {
  const sqlite = new Database(databaseFile);
  sqlite.pragma('busy_timeout = 5000');
  const at = '2019-04-01T09:00:00.000Z';
  const figures = [
    { IC01: 12, IC10: 2, IC12: 1 },
    { IC01: 110, IC10: 100, IC12: 90 },
  ];
  const insertBilan = sqlite.prepare("insert into bilans (convention_id, year, status, due_on, received_on, decided_on, decided_by, created_at, created_by, updated_at) values (?, 2018, 'valide', '2019-06-30', '2019-03-01', '2019-04-01', 'Test', ?, 'Test', ?) returning id");
  const insertValue = sqlite.prepare("insert into bilan_indicator_values (bilan_id, code, dimension, category, value) values (?, ?, 'total', '', ?)");
  sqlite.transaction(() => {
    conventionIds.forEach((conventionId, index) => {
      const { id } = insertBilan.get(conventionId, at, at) as { id: number };
      for (const [code, value] of Object.entries(figures[index] ?? {})) insertValue.run(id, code, value);
    });
  })();
  sqlite.close();
}

test('the roll-up by lever, its table and the bilans behind a figure', async ({ page, host, browser }) => {
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  const axe: Record<string, string[]> = {};

  await page.goto(`${host.url}#/indicateurs`);
  await expect(page.getByTestId('rollups-empty')).toContainText('Aucun bilan validé');
  await page.screenshot({ path: `${SHOTS}/rollups-empty.png` });
  axe['vide'] = await seriousViolations(page);

  const { sessionId } = await openClosedSession(page, host.url, browser);
  const { drafted } = await callApi<{ drafted: { id: number }[] }>(page, host.url, 'conventions.draft', { sessionId });
  expect(drafted).toHaveLength(2);
  insertValidatedBilans(host.databaseFile, drafted.map((row) => row.id));

  await page.goto(`${host.url}#/indicateurs`);
  await page.reload();
  await expect(page.getByTestId('rollup-chart')).toBeVisible();
  await page.getByTestId('rollups-indicator').click();
  await page.getByRole('option', { name: /^IC12 · / }).click();
  await expect(page.getByTestId('rollup-chart')).toHaveAttribute('aria-label', /IC12 · Sorties en emploi.*91 participations/u);
  await page.screenshot({ path: `${SHOTS}/rollups-chart.png`, fullPage: true });
  axe['graphique'] = await seriousViolations(page);

  await page.getByTestId('rollup-table-toggle').click();
  const table = page.getByTestId('rollup-table');
  await expect(table.getByTestId('rollup-row')).toHaveCount(1);
  await expect(table).toContainText('89,2\u00a0% (91 / 102)');
  await expect(table).toContainText('91 participations');
  await page.screenshot({ path: `${SHOTS}/rollups-table.png` });
  axe['tableau'] = await seriousViolations(page);

  // By operational objective (the primary one), then participants with their cost, for the shots.
  await page.getByTestId('rollups-axis').getByText('Objectif opérationnel').click();
  await expect(table.getByTestId('rollup-row')).toHaveCount(1);
  await page.getByTestId('rollups-indicator').click();
  await page.getByRole('option', { name: /^IC01 · / }).click();
  await expect(table).toContainText('122 participations');
  await page.screenshot({ path: `${SHOTS}/rollups-objective-ic01.png`, fullPage: true });
  await page.getByTestId('rollups-axis').getByText('Levier').click();
  await page.getByTestId('rollups-indicator').click();
  await page.getByRole('option', { name: /^IC12 · / }).click();
  await expect(table).toContainText('89,2\u00a0% (91 / 102)');

  await table.getByRole('button', { name: /^Voir les bilans : Levier/u }).click();
  const drill = page.getByTestId('rollup-drill');
  await expect(drill.getByTestId('rollup-drill-row')).toHaveCount(2);
  await expect(drill).toContainText('90 / 100');
  await page.screenshot({ path: `${SHOTS}/rollups-drill.png` });
  axe['détail'] = await seriousViolations(page);

  const link = drill.getByRole('link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/indicateurs\/bilans\/\d+$/u);
  await link.click();
  await expect(page).toHaveURL(/#\/indicateurs\/bilans\/\d+$/u);

  expect(axe).toEqual({ vide: [], graphique: [], tableau: [], détail: [] });
});
