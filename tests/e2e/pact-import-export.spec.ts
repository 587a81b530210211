// Importing a referential from "Paramètres" and exporting one from "Le Pacte", against `pacte serve` on a fresh database.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures.ts';
import { PactPage } from './pages/pact-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

const newPactFile = path.resolve(import.meta.dirname, '..', 'fixtures', 'pact-2022-2026.json');

test('a new pact imported from the settings sits beside the PRI 2017–2021, and importing it again changes nothing', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await expect(settings.pactRows).toHaveCount(1);
  await expect(settings.pactRow('PRI-2017-2021')).toContainText('2017 – 2021');
  await expect(settings.pactRow('PRI-2017-2021')).toContainText('6 leviers · 25 objectifs · 91 objectifs opérationnels · 167 actions');

  await settings.importPact(newPactFile);
  await expect(settings.pactImportResult).toHaveText(/Référentiel PRI-2022-2026-FICTIF importé\./);
  await expect(settings.pactRows).toHaveCount(2);
  await expect(settings.pactRow('PRI-2022-2026-FICTIF')).toContainText('2022 – 2026');

  await settings.importPact(newPactFile);
  await expect(settings.pactImportResult).toContainText(/déjà présent à l.identique : rien n.a changé/);
  await expect(settings.pactRows).toHaveCount(2);

  await page.getByRole('link', { name: 'Le Pacte' }).click();
  const pact = new PactPage(page);
  await expect(pact.selector).toBeVisible();
  await pact.selector.click();
  await expect(page.getByRole('option')).toHaveText([
    "Pacte Rennais d'Insertion (2017 – 2021)",
    "Pacte Rennais d'Insertion (2022 – 2026)",
  ]);
  await page.getByRole('option', { name: "Pacte Rennais d'Insertion (2017 – 2021)" }).click();
  await expect(pact.period).toHaveText('2017 – 2021');
  await expect(pact.counts).toHaveText('6 leviers · 25 objectifs · 91 objectifs opérationnels · 167 actions');
});

test('an invalid pact file is refused in French with the faulty field, and nothing is imported', async ({ page, host }, testInfo) => {
  const pactFile = JSON.parse(await readFile(newPactFile, 'utf8')) as { levers: { number: number }[] };
  // Levers must be numbered 1, 2, 3…: the second one claims to be the fifth.
  pactFile.levers = pactFile.levers.map((lever, index) => (index === 1 ? { ...lever, number: 5 } : lever));
  const invalidFile = testInfo.outputPath('pacte-invalide.json');
  await writeFile(invalidFile, JSON.stringify(pactFile));

  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await settings.importPact(invalidFile);
  await expect(settings.pactImportError).toContainText("Le fichier n'est pas un référentiel de pacte valide");
  await expect(settings.pactImportError).toContainText('levers.1.number');
  await expect(settings.pactImportError).toContainText('Les leviers doivent être numérotés 1, 2, 3…');
  await expect(settings.pactImportResult).toHaveCount(0);
  await expect(settings.pactRows).toHaveCount(1);
});

test('the pact shown is exported as a French CSV and as JSON', async ({ page, host }) => {
  const pact = new PactPage(page);
  await pact.open(host.url);

  const csv = await pact.export('csv');
  expect(csv.suggestedFilename()).toBe('PRI-2017-2021.csv');
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFLevier n°;Levier;')).toBe(true);
  // The header, then one line per action.
  expect(csvText.split(/\r?\n/).filter((line) => line !== '')).toHaveLength(168);

  const json = await pact.export('json');
  expect(json.suggestedFilename()).toBe('PRI-2017-2021.json');
  const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as { levers: unknown[] };
  expect(exported.levers).toHaveLength(6);
});

test('"À propos" names the database file in use', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  await expect(settings.aboutDatabaseFile).toHaveText(host.databaseFile);
  await expect(page.getByTestId('about-name')).toHaveText('Pacte CAI');
});
