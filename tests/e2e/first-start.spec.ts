// A first start that guides: "Pour commencer" is the landing page while the setup is incomplete, each
// step done or not as the host reads it, with its link; the demo loads from it; "Masquer" is remembered;
// once every step is done the app opens on the dashboard.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { callApi } from './pages/applications-page.ts';
import { expect, test } from './support/fixtures.ts';

function step(page: Page, key: string): Locator {
  return page.locator(`[data-testid="setup-step"][data-step="${key}"]`);
}

/** Serious or critical WCAG 2.1 A/AA violations (the base of RGAA), as accessibility.spec.ts checks every screen. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

async function expectStates(page: Page, states: Record<string, 'Fait' | 'À faire'>): Promise<void> {
  for (const [key, state] of Object.entries(states)) await expect(step(page, key).getByTestId('setup-step-state'), key).toHaveText(state);
}

test('a first start lands on « Pour commencer »: what is done, what is left, and where to do it', async ({ page, host }) => {
  await page.goto(host.url);
  const checklist = page.getByTestId('setup-checklist');
  await expect(checklist.getByRole('heading', { level: 1 })).toHaveText('Pour commencer');
  await expect(page).toHaveTitle('Pour commencer · Pacte CAI');
  await expect(page.getByTestId('setup-progress')).toHaveText('2 étapes sur 5 faites.');
  await expectStates(page, { organisation: 'À faire', territories: 'Fait', pact: 'Fait', call: 'À faire', jury: 'À faire' });
  await expect(step(page, 'organisation').getByTestId('setup-step-text')).toContainText('Il manque le nom, l’adresse complète, le SIRET et un signataire.');
  await expect(step(page, 'pact')).toContainText('« Pacte Rennais d\'Insertion » (2017 – 2021) est chargé');
  expect(await seriousViolations(page)).toEqual([]);

  // Each step leads where it is done.
  await step(page, 'territories').getByTestId('setup-step-link').click();
  await expect(page).toHaveURL(/#\/territoires$/u);
  await expect(page.getByTestId('territories-count')).toHaveText('17 territoires, dont 5 quartiers prioritaires');
  await expect(page.getByTestId('territory-row').filter({ hasText: 'Le Blosne (QPV)' })).toContainText('QPV');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goBack();
  await step(page, 'call').getByTestId('setup-step-link').click();
  await expect(page).toHaveURL(/#\/appels-a-projets\/nouveau$/u);
  await page.goBack();
  await step(page, 'organisation').getByTestId('setup-step-link').click();
  await expect(page).toHaveURL(/#\/parametres$/u);

  // The identity typed in the settings: the step is done on the next visit.
  const form = page.getByTestId('organisation-form');
  await page.getByTestId('settings-name').fill('CCAS de Rennes');
  await page.getByTestId('settings-address').fill('Hôtel de Ville, place de la Mairie');
  await page.getByTestId('settings-postal-code').fill('35000');
  await page.getByTestId('settings-city').fill('Rennes');
  await page.getByTestId('settings-siret').fill('935 133 736 00022');
  await page.getByTestId('signatory-add').click();
  await page.getByTestId('signatory-0-name').fill('Nathalie Appéré');
  await page.getByTestId('signatory-0-role').fill('Présidente du CCAS');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.goto(host.url);
  await expect(page.getByTestId('setup-progress')).toHaveText('3 étapes sur 5 faites.');
  await expectStates(page, { organisation: 'Fait' });
});

test('the demo loads from the checklist, and its open call is one click away', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('setup-demo-load').click();
  const result = page.getByTestId('setup-demo-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expectStates(page, { call: 'Fait', jury: 'Fait' });
  await expect(step(page, 'jury')).toContainText('6 membres enregistrés');
  await page.getByTestId('setup-demo-open-call').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Appel complémentaire QPV 2018 (démonstration)');
  // The demo names no organisation: the checklist still greets the next start, without offering the demo again.
  await page.goto(host.url);
  await expect(page.getByTestId('setup-progress')).toHaveText('4 étapes sur 5 faites.');
  await expect(page.getByTestId('setup-demo')).toHaveCount(0);
});

test('« Masquer » is remembered on this computer; « Pour commencer » stays at its own address', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('setup-hide').click();
  await expect(page).toHaveURL(/#\/tableau-de-bord$/u);
  await page.goto(host.url);
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page).toHaveURL(/#\/tableau-de-bord$/u);

  await page.goto(`${host.url}#/pour-commencer`);
  await expect(page.getByTestId('setup-checklist')).toBeVisible();
  await page.getByTestId('setup-show').click();
  await expect(page.getByTestId('setup-hide')).toBeVisible();
  await page.goto(host.url);
  await expect(page.getByTestId('setup-checklist')).toBeVisible();
});

test('once every step is done, the app opens on the dashboard', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('setup-checklist')).toBeVisible();
  await callApi(page, host.url, 'settings.saveOrganisation', {
    name: 'CCAS de Rennes',
    department: '',
    address: 'Hôtel de Ville, place de la Mairie',
    postalCode: '35000',
    city: 'Rennes',
    phone: '',
    email: '',
    logoDataUrl: null,
    siret: '93513373600022',
    signatories: [{ name: 'Nathalie Appéré', role: 'Présidente du CCAS' }],
  });
  await callApi(page, host.url, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  await callApi(page, host.url, 'jurors.create', { name: 'Agnès Martin', role: 'responsable_dispositifs' });
  await page.goto(host.url);
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page).toHaveURL(/#\/tableau-de-bord$/u);
  await page.goto(`${host.url}#/pour-commencer`);
  await expect(page.getByTestId('setup-progress')).toHaveText('Tout est fait : l’application s’ouvre désormais sur le tableau de bord.');
});
