// The dashboard, the app's home page: on a new base it says what to do first; with the demo loaded it
// shows the year's figures, each chart readable as a table, and its to-do links open their pages.
// Axe (WCAG 2.1 A/AA, serious and critical) on both states and on the table view.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, test } from './support/fixtures.ts';

const SHOTS = process.env.PACTE_SHOTS_DIR;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Screenshots for a person to look at, when PACTE_SHOTS_DIR says where (never in CI). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('the dashboard: what to do first on a new base, then the demo year’s figures, as charts and tables, and links that open their pages', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/tableau-de-bord`);
  const empty = page.getByTestId('dashboard-empty');
  await expect(empty).toContainText('Aucun appel à projets pour l’instant');
  await expect(page.getByRole('link', { name: 'Tableau de bord' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Tableau de bord · Pacte CAI');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'dashboard-empty-1280');
  await empty.getByTestId('dashboard-empty-new-call').click();
  await expect(page).toHaveURL(/#\/appels-a-projets\/nouveau$/u);

  await callApi(page, host.url, 'demo.load', {});
  await page.goto(`${host.url}#/tableau-de-bord`);
  // The demo's two 2018 calls: 420 000 € and 80 000 €.
  await expect(page.getByTestId('dashboard-envelope')).toHaveText('500 000 €');
  await expect(page.getByTestId('dashboard-year')).toHaveValue('2018');
  await expect(page.getByTestId('dashboard-money-chart').getByRole('img', { name: /Graphique des financements 2018 par levier/u })).toBeVisible();
  await expect(page.getByTestId('dashboard-bilans-chart')).toBeVisible();
  await expect(page.getByTestId('dashboard-indicators-chart').getByRole('img', { name: /Participants entrés dans l'année/u })).toBeVisible();
  await expect(page.getByTestId('dashboard-bilans-late')).toContainText('en retard');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'dashboard-demo-1280');

  // The same figures as a table: one row per lever, the total of the envelope.
  await page.getByTestId('dashboard-money-table-toggle').click();
  const table = page.getByTestId('dashboard-money-rows');
  await expect(table.getByRole('row', { name: /Levier 6 · Favoriser la mobilité/u })).toContainText('85 000 €');
  await expect(page.getByTestId('dashboard-money-total-envelopeCents')).toHaveText('500 000 €');
  await page.getByTestId('dashboard-bilans-table-toggle').click();
  await expect(page.getByTestId('dashboard-bilans-rows').getByRole('row', { name: /Validé/u })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'dashboard-demo-tables-1280');

  await page.setViewportSize({ width: 1024, height: 720 });
  await page.getByTestId('dashboard-money-table-toggle').click();
  await shot(page, 'dashboard-demo-1024');

  // A to-do item opens its page: the convention the board validated, waiting to be signed.
  const signatures = page.locator('[data-testid="dashboard-todo-group"][data-kind="signatures"]');
  const first = signatures.getByTestId('dashboard-todo-link').first();
  const label = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/#\/conventions\/\d+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(label.split(' · ')[0] ?? '');
});
