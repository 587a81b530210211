// Every screen passes an axe scan (WCAG 2.1 A/AA rules, the base of RGAA) with no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

const screens: { name: string; hash: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'Le Pacte, levier 1', hash: '#/pacte', ready: (page) => page.getByTestId('lever-title').waitFor() },
  {
    name: 'Le Pacte, levier 6 tout déplié',
    hash: '#/pacte/levier/6',
    ready: async (page) => {
      await page.getByTestId('lever-toggle-all').click();
      await page.locator('[data-testid="pact-action"]').first().waitFor();
    },
  },
  {
    name: 'Le Pacte, recherche',
    hash: '#/pacte',
    ready: async (page) => {
      await page.getByLabel('Rechercher dans le pacte').fill('velo');
      await page.getByTestId('pact-search-hit').first().waitFor();
    },
  },
  { name: 'Chiffres clés', hash: '#/pacte/chiffres-cles', ready: (page) => page.getByTestId('pact-title').waitFor() },
  { name: 'Gouvernance', hash: '#/pacte/gouvernance', ready: (page) => page.getByTestId('pact-title').waitFor() },
  { name: 'Notes de curation', hash: '#/pacte/notes-de-curation', ready: (page) => page.getByTestId('pact-title').waitFor() },
  { name: 'Appels à projets', hash: '#/appels-a-projets', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'Dossiers', hash: '#/dossiers', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'Séances CAI', hash: '#/seances', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'Conventions', hash: '#/conventions', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'Indicateurs', hash: '#/indicateurs', ready: (page) => page.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'Paramètres', hash: '#/parametres', ready: (page) => page.getByTestId('settings-name').waitFor() },
  {
    name: 'Paramètres avec erreurs',
    hash: '#/parametres',
    ready: async (page) => {
      await page.getByTestId('settings-name').fill('');
      await page.getByLabel('E-mail').fill('faux');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Adresse e-mail invalide.').waitFor();
    },
  },
  {
    name: 'Paramètres, import refusé',
    hash: '#/parametres',
    ready: async (page) => {
      await page.getByTestId('pact-import-file').setInputFiles({
        name: 'pacte-invalide.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ formatVersion: 1, code: 'X', levers: [{ number: 2 }] })),
      });
      await page.getByTestId('pact-import-error').waitFor();
    },
  },
  {
    name: 'Le Pacte, menu Exporter ouvert',
    hash: '#/pacte',
    ready: async (page) => {
      await page.getByTestId('pact-export-button').click();
      await page.getByTestId('pact-export-csv').waitFor();
    },
  },
];

test('every screen has no serious or critical accessibility violation', async ({ page, host }) => {
  const report: Record<string, string[]> = {};
  for (const screen of screens) {
    await page.goto(`${host.url}${screen.hash}`);
    await screen.ready(page);
    report[screen.name] = await seriousViolations(page);
  }
  expect(report).toEqual(Object.fromEntries(screens.map((screen) => [screen.name, []])));
});
