// Every screen passes an axe scan (WCAG 2.1 A/AA rules, the base of RGAA) with no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { importFixture } from './pages/imports-page.ts';
import { juryScreens } from './pages/jury-a11y-screens.ts';
import { packScreens } from './pages/packs-a11y-screens.ts';
import { sessionScreens } from './pages/sessions-a11y-screens.ts';
import { expect, signIn, test } from './support/fixtures.ts';
import { fillFrenchDate } from './support/form-helpers.ts';
import { startServeHost } from './support/serve-host.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** The call form filled the way a person would, amounts in French; dates vary to make it pass or fail. */
async function fillCall(page: Page, dates: { opensOn: string; closesOn: string }): Promise<void> {
  await page.getByTestId('call-form').waitFor();
  await page.getByLabel('Année').fill('2018');
  await page.getByLabel('Intitulé').fill('Appel à projets 2018');
  await fillFrenchDate(page.getByLabel('Date d’ouverture'), dates.opensOn);
  await fillFrenchDate(page.getByLabel('Date de clôture'), dates.closesOn);
  await page.getByLabel('Enveloppe totale').fill('420 000');
  await page.getByLabel(/^Levier 6 —/).fill('50 000,50');
}

type Screen = { name: string; hash: string; ready: (page: Page) => Promise<void> };

// The pact and the settings: they read the referential loaded at first run and change nothing the others scan.
const pactAndSettingsScreens: Screen[] = [
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
  {
    name: 'Le Pacte, menu Exporter ouvert',
    hash: '#/pacte',
    ready: async (page) => {
      await page.getByTestId('pact-export-button').click();
      await page.getByTestId('pact-export-csv').waitFor();
    },
  },
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
];

// The data screens, in order on one base: each step builds on what the one before saved.
const dataScreens: Screen[] = [
  // The calls screens run in this order on one base: empty list, refused form, the call saved, the list holding it.
  { name: 'Appels à projets, liste vide', hash: '#/appels-a-projets', ready: (page) => page.getByTestId('calls-empty').waitFor() },
  {
    name: 'Appel à projets, formulaire avec erreur',
    hash: '#/appels-a-projets/nouveau',
    ready: async (page) => {
      await fillCall(page, { opensOn: '15/10/2017', closesOn: '01/09/2017' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText("La clôture précède l'ouverture.").waitFor();
    },
  },
  {
    name: 'Appel à projets, fiche',
    hash: '#/appels-a-projets/nouveau',
    ready: async (page) => {
      await fillCall(page, { opensOn: '01/09/2017', closesOn: '15/10/2017' });
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByTestId('call-lever-table').waitFor();
    },
  },
  { name: 'Appels à projets, liste', hash: '#/appels-a-projets', ready: (page) => page.getByTestId('call-row').first().waitFor() },
  // The providers screens, in this order on one base: empty list, refused form, one saved, the list, a probable duplicate.
  { name: 'Prestataires, liste vide', hash: '#/prestataires', ready: (page) => page.getByTestId('providers-empty').waitFor() },
  {
    name: 'Prestataire, formulaire avec erreur',
    hash: '#/prestataires/nouveau',
    ready: async (page) => {
      await page.getByTestId('provider-name').fill('Envie 35');
      await page.getByTestId('provider-siret').fill('73282932000075');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Clé de contrôle du SIRET invalide : vérifiez les chiffres.').waitFor();
    },
  },
  {
    name: 'Prestataire, fiche',
    hash: '#/prestataires/nouveau',
    ready: async (page) => {
      await page.getByTestId('provider-name').fill('Envie 35');
      await page.getByTestId('provider-legal-form').click();
      await page.getByRole('option', { name: 'Association', exact: true }).click();
      await page.getByTestId('provider-siret').fill('732 829 320 00074');
      await page.getByTestId('provider-rna').fill('W352001234');
      await page.getByTestId('provider-contact-email').fill('contact@envie35.example');
      await page.getByTestId('provider-contact-phone').fill('02 99 00 00 00');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByTestId('provider-detail').waitFor();
    },
  },
  { name: 'Prestataires, liste', hash: '#/prestataires', ready: (page) => page.getByTestId('provider-row').first().waitFor() },
  {
    name: 'Prestataire, doublon probable',
    hash: '#/prestataires/nouveau',
    ready: async (page) => {
      await page.getByTestId('provider-name').fill('ENVIE35');
      await page.getByTestId('provider-duplicates').waitFor();
    },
  },
  // The applications screens, in this order on one base (the call and the provider above exist): empty
  // list, refused form, one saved, its status modal with a refused change, then declared irrecevable, the list.
  { name: 'Dossiers, liste vide', hash: '#/dossiers', ready: (page) => page.getByTestId('applications-empty').waitFor() },
  {
    name: 'Dossier, formulaire avec erreur',
    hash: '#/dossiers/nouveau',
    ready: async (page) => {
      await page.getByTestId('application-form').waitFor();
      await page.getByLabel('Intitulé de l’action').fill('Vélo-école en équipe');
      await page.getByTestId('budget-amount-61').fill('12,345');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Choisissez l’appel à projets.').waitFor();
    },
  },
  {
    name: 'Dossier, fiche',
    hash: '#/dossiers/nouveau',
    ready: async (page) => {
      await page.getByTestId('application-form').waitFor();
      await page.getByTestId('application-call').click();
      await page.getByRole('option', { name: 'Appel à projets 2018' }).click();
      await page.getByTestId('application-provider').fill('envie');
      await page.getByRole('option', { name: 'Envie 35' }).click();
      await page.getByLabel('Intitulé de l’action').fill('Vélo-école en équipe');
      await page.getByTestId('application-primary-objective').fill('velo');
      await page.getByRole('option', { name: /^6\.4\.1/ }).click();
      await page.getByRole('checkbox', { name: 'Le Blosne (QPV)' }).check();
      await page.getByLabel('Participants attendus').fill('40');
      // The same address as the refused form: its values are still there.
      await page.getByTestId('budget-amount-61').fill('');
      await page.getByTestId('budget-amount-64').fill('30 000');
      await page.getByTestId('budget-amount-74-ccas').fill('20 000');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByTestId('application-detail').waitFor();
    },
  },
  {
    name: 'Dossier, changement de statut refusé',
    hash: '#/dossiers/1',
    ready: async (page) => {
      await page.getByTestId('status-to-depose').click();
      await page.getByTestId('status-confirm').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByTestId('status-to-irrecevable').click();
      await page.getByTestId('status-confirm').click();
      await page.getByText('Indiquez le motif de l’irrecevabilité.').waitFor();
    },
  },
  {
    name: 'Dossier, irrecevable avec son historique',
    hash: '#/dossiers/1',
    ready: async (page) => {
      // Same address as the screen before: its modal is still open, Escape closes it.
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByTestId('status-to-irrecevable').click();
      await page.getByTestId('status-reason').fill('Le contrat d’engagement républicain n’est pas signé.');
      await page.getByTestId('status-confirm').click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.locator('[data-testid="status-history-row"][data-to="irrecevable"]').waitFor();
    },
  },
  { name: 'Dossiers, liste', hash: '#/dossiers', ready: (page) => page.getByTestId('application-row').first().waitFor() },
  // The global search on that base: "envie" finds the provider and its application, then no word, then nothing found.
  {
    name: 'Recherche, résultats',
    hash: '#/recherche?q=envie',
    ready: async (page) => {
      await page.getByTestId('search-provider-hit').first().waitFor();
      await page.getByTestId('search-application-hit').first().waitFor();
    },
  },
  { name: 'Recherche, sans mot', hash: '#/recherche', ready: (page) => page.getByTestId('search-hint').waitFor() },
  { name: 'Recherche, aucun résultat', hash: '#/recherche?q=zzzqqq', ready: (page) => page.getByTestId('search-empty').waitFor() },
  // The import screens, on the call saved above: empty, then a file whose rows are wrong.
  { name: 'Importer un fichier', hash: '#/import', ready: (page) => page.getByTestId('import-page').waitFor() },
  {
    name: 'Importer, aperçu avec erreurs',
    hash: '#/import',
    ready: async (page) => {
      await page.getByRole('combobox', { name: 'Appel à projets' }).click();
      await page.getByRole('option', { name: 'Appel à projets 2018', exact: true }).click();
      await page.getByTestId('import-file').setInputFiles(importFixture('dossiers-erreurs.csv'));
      await page.getByTestId('import-errors').waitFor();
    },
  },
  // The jury and the sessions (a recevable application is added for the agenda).
  ...sessionScreens,
];

// Jury mode and the deliberation, on a session of their own (call 2019); then the demo.
const juryAndDemoScreens: Screen[] = [
  ...juryScreens,
  // Last: the demo call and its applications would change the lists scanned before.
  {
    name: 'Paramètres, données de démonstration chargées',
    hash: '#/parametres',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
      await page.getByTestId('demo-result').waitFor();
    },
  },
];

// Three groups on three bases, side by side: one test walking the sixty-five screens took over four
// minutes on a loaded two-core machine, most of the e2e run's longest path.
test.describe.configure({ mode: 'parallel' });

const groups: [string, Screen[]][] = [
  ['the pact and the settings', pactAndSettingsScreens],
  ['the calls, providers, applications, search, imports and sessions', dataScreens],
  ['jury mode, the deliberation and the demo', juryAndDemoScreens],
];

for (const [label, screens] of groups) {
  test(`every screen has no serious or critical accessibility violation: ${label}`, async ({ page, host }) => {
    test.setTimeout(300_000);
    const report: Record<string, string[]> = {};
    for (const screen of screens) {
      await page.goto(`${host.url}${screen.hash}`);
      await screen.ready(page);
      report[screen.name] = await seriousViolations(page);
    }
    expect(report).toEqual(Object.fromEntries(screens.map((screen) => [screen.name, []])));
  });
}

// The offline laptops need a second host (a fresh install that becomes a juror's laptop): a test of their own.
test('the offline laptop screens, the chair’s and the juror’s, have no serious or critical accessibility violation', async ({ page, host }) => {
  test.setTimeout(180_000);
  const laptop = await startServeHost();
  await signIn(page.context(), laptop, { name: 'Claire Dubois' });
  const report: Record<string, string[]> = {};
  try {
    for (const screen of packScreens) {
      await page.goto(`${screen.on === 'chair' ? host.url : laptop.url}${screen.hash}`);
      await screen.ready(page);
      report[screen.name] = await seriousViolations(page);
    }
  } finally {
    await laptop.stop();
  }
  expect(report).toEqual(Object.fromEntries(packScreens.map((screen) => [screen.name, []])));
});
