// The common indicators in Chromium: the catalogue tab (how each figure is computed, its breakdowns in
// French), a catalogue that changes a code's meaning refused with its reason, another one imported and its
// superseded version shown apart; then, on a drafted convention, a year's targets typed the French way, a
// rate above 100 stopped at the field, saved, and the change in the convention's history. Axe on each state.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, openClosedSession, test } from './support/fixtures.ts';

// A closed 2018 CAI session to draft conventions from: a copy of the one laid down once per worker.
test.use({ baseData: 'closed-session' });

const SHOTS = process.env.PACTE_SHOTS_DIR;

/** `within`: the part of the page this spec owns (the convention page's other sections are checked by theirs). */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? builder.include(within) : builder).analyze();
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

const catalogueFile = (indicators: unknown[]) => ({
  name: 'catalogue.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'pacte-cai/indicateurs', key: 'indicateurs-communs-v2', title: 'Révision', validFrom: '2024-01-01', indicators })),
});

test('the catalogue of common indicators, a catalogue imported, and a convention’s targets set for a year', async ({ page, host, browser }) => {
  test.setTimeout(150_000);
  const axe: Record<string, string[]> = {};
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`${host.url}#/indicateurs/catalogue`);
  await expect(page).toHaveTitle('Indicateurs communs · Pacte CAI');
  const rows = page.getByTestId('catalogue-row');
  await expect(rows).toHaveCount(17);
  await expect(rows.and(page.locator('[data-code="IC09"]'))).toContainText('ratio IC08 ÷ IC16');
  await expect(rows.and(page.locator('[data-code="IC14"]'))).toContainText('calculé : IC12 + IC13 + IC17');
  await expect(rows.and(page.locator('[data-code="IC02"]'))).toContainText('sous-ensemble de IC01');
  await expect(rows.and(page.locator('[data-code="IC01"]'))).toContainText('Sexe, Tranche d\'âge, Résident QPV, Bénéficiaire du RSA, Quartier de résidence');
  await expect(rows.and(page.locator('[data-code="IC01"]')).getByTestId('catalogue-definition')).toContainText('participations');
  axe['catalogue'] = await seriousViolations(page);
  await shot(page, 'catalogue-1280');

  // IC07 counted in hours instead of sessions: refused, nothing imported.
  const input = page.getByTestId('catalogue-import-file');
  await input.setInputFiles(catalogueFile([{ code: 'IC07', version: 1, label: 'Séances collectives réalisées', unit: 'heures', kind: 'realisation', aggregation: 'sum', breakdowns: [] }]));
  await expect(page.getByTestId('catalogue-import-error')).toContainText('un code ne change jamais de sens : publiez une version 2');
  axe['catalogue, import refusé'] = await seriousViolations(page);
  await shot(page, 'catalogue-refused-1280');

  await input.setInputFiles(
    catalogueFile([
      { code: 'IC05', version: 2, label: 'dont inactifs (ni en emploi ni inscrits à France Travail)', unit: 'personnes', kind: 'realisation', aggregation: 'sum', subsetOf: 'IC01', denominator: 'IC01', breakdowns: ['sex'] },
      { code: 'IC18', version: 1, label: 'Sorties en création d’activité', unit: 'personnes', kind: 'resultat', aggregation: 'sum', subsetOf: 'IC10', denominator: 'IC10', breakdowns: ['sex'] },
    ]),
  );
  await expect(page.getByTestId('catalogue-import-result')).toContainText('IC05 (version 2), IC18 (version 1) ajoutés');
  await expect(rows).toHaveCount(18);
  await page.getByTestId('catalogue-all-versions').click();
  await expect(rows).toHaveCount(19);
  await expect(page.locator('[data-testid="catalogue-row"][data-code="IC05"][data-version="1"]')).toContainText('Hors vigueur');
  axe['catalogue, toutes les versions'] = await seriousViolations(page);
  await shot(page, 'catalogue-all-versions-1280');

  // A convention drafted from a closed 2018 session: its 2018 targets.
  const { sessionId } = await openClosedSession(page, host.url, browser);
  const { drafted } = await callApi<{ drafted: { id: number }[] }>(page, host.url, 'conventions.draft', { sessionId });
  const running = drafted[0];
  if (!running) throw new Error('a convention is drafted');
  await page.goto(`${host.url}#/conventions/${running.id}`);
  const section = page.getByTestId('convention-targets');
  const year = section.locator('[data-testid="targets-year"][data-year="2018"]');
  await expect(year.getByTestId('targets-row')).toHaveCount(17);
  await expect(section.getByTestId('targets-proposed')).toContainText('Indicateurs proposés dans la demande');
  await year.getByTestId('target-2018-IC01').fill('24');
  await year.getByTestId('target-2018-IC09').fill('120');
  await expect(year.getByText('Un pourcentage : entre 0 et 100.')).toBeVisible();
  await expect(year.getByTestId('targets-save-2018')).toBeDisabled();
  axe['convention, cible invalide'] = await seriousViolations(page, '[data-testid="convention-targets"]');
  await year.getByTestId('target-2018-IC09').fill('85,5');
  await year.getByTestId('targets-save-2018').click();
  await expect(year.getByTestId('targets-saved-2018')).toHaveText('2 cibles 2018 enregistrées.');
  await expect(page.getByTestId('convention-history')).toContainText('Cible 2018 de IC09 (Taux d\'assiduité) : 85,5 %');
  const saved = await callApi<{ years: { year: number; indicators: { code: string; target: number | null }[] }[] }>(page, host.url, 'targets.list', { conventionId: running.id });
  expect(saved.years[0]?.indicators.filter((indicator) => indicator.target !== null)).toEqual([expect.objectContaining({ code: 'IC01', target: 24 }), expect.objectContaining({ code: 'IC09', target: 85.5 })]);
  axe['convention, cibles enregistrées'] = await seriousViolations(page, '[data-testid="convention-targets"]');
  await shot(page, 'convention-targets-1280');
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/convention-targets-section-1280.png` });

  expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((name) => [name, []])));
});
