// Spreadsheet import and demo data through the screens: preview before writing, errors by row and
// column, a second import that changes nothing, and the template handed out as a real .xlsx.
import { expect, test } from './support/fixtures.ts';
import { CallsPage } from './pages/calls-page.ts';
import { ImportsPage } from './pages/imports-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test('the demo data loads from Paramètres once, then says it is already there', async ({ page, host }) => {
  const settings = new SettingsPage(page);
  await settings.open(host.url);
  const section = page.getByTestId('demo-data');
  await expect(section).toContainText('Ces données sont marquées « démonstration » partout.');
  await section.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  const notice = page.getByTestId('demo-result');
  // The demo now walks a whole year through the service (session, avis, conventions): a few seconds.
  await expect(notice).toContainText('Données de démonstration chargées', { timeout: 30_000 });
  await expect(notice).toContainText('40 dossiers');

  await section.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(notice).toContainText('déjà chargées');
  await notice.getByRole('link', { name: 'Voir l’appel à projets de démonstration' }).click();
  await expect(page.getByTestId('call-demo')).toBeVisible();
});

test('providers then applications are previewed, refused while wrong, committed once', async ({ page, host }) => {
  const calls = new CallsPage(page);
  await calls.openNew(host.url);
  await calls.fill({ year: '2018', title: 'Appel à projets 2018', envelope: '420 000' });
  await calls.save();

  const imports = new ImportsPage(page);
  await imports.open(host.url);
  await imports.chooseCall('Appel à projets 2018');

  // Providers: the CSV says nothing of its content, the control does.
  await imports.upload('prestataires-utf8-bom.csv', 'des prestataires');
  await expect(imports.csvKind.getByRole('radio', { name: 'des prestataires' })).toBeChecked();
  await expect(imports.counts.getByRole('row', { name: /Prestataires/ })).toContainText('3');
  expect(await imports.countsOf('providers')).toEqual({ created: 3, updated: 0, unchanged: 0 });
  await expect(imports.rows).toHaveCount(3);
  await expect(imports.rows.first().getByTestId('import-row-status')).toHaveText('À créer');
  await imports.commitButton.click();
  await expect(imports.done).toContainText('Import terminé : 3 prestataires créés, 0 mis à jour, 0 inchangé.');
  await expect(imports.rows.first().getByTestId('import-row-status')).toHaveText('Créé');

  // A file with errors: each listed by row and column, and nothing can be imported as it stands.
  await imports.upload('dossiers-erreurs.csv', 'des dossiers');
  await expect(imports.errors).toBeVisible();
  await expect(imports.errorRow(4)).toContainText('Date impossible');
  await expect(imports.errorRow(4)).toContainText('Date de début');
  await expect(imports.errorRow(3)).toContainText('SIRET');
  await expect(imports.commitButton).toBeDisabled();
  await expect(imports.blockedReason).toContainText('Des lignes sont en erreur');
  // Ticking "valid rows only" would allow it; unticked again, and cancelled, nothing is written.
  await imports.validOnly.check();
  await expect(imports.commitButton).toBeEnabled();
  await imports.cancelButton.click();
  await expect(imports.preview).toHaveCount(0);

  await imports.upload('dossiers-utf8-bom.csv');
  await expect(imports.errors).toHaveCount(0);
  expect(await imports.countsOf('applications')).toEqual({ created: 3, updated: 0, unchanged: 0 });
  await imports.commitButton.click();
  await expect(imports.done).toContainText('Import terminé');
  await expect(imports.done).toContainText('3 dossiers créés');
  expect(await imports.countsOf('applications')).toEqual({ created: 3, updated: 0, unchanged: 0 });

  // The same file again: nothing new, and nothing to import.
  await imports.upload('dossiers-utf8-bom.csv');
  expect(await imports.countsOf('applications')).toEqual({ created: 0, updated: 0, unchanged: 3 });
  await expect(imports.rows.getByText('Inchangé')).toHaveCount(3);
  await expect(imports.commitButton).toBeDisabled();
});

test('a file of applications without its call, or not a spreadsheet, is refused in an alert', async ({ page, host }) => {
  const imports = new ImportsPage(page);
  await imports.open(host.url);
  await imports.upload('dossiers-utf8-bom.csv');
  await expect(imports.failure).toContainText('indiquez l’appel à projets');

  await imports.file.setInputFiles({ name: 'dossiers.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('pas un classeur') });
  await imports.waitForPreview();
  await expect(imports.failure).toBeVisible();
});

test('the template downloads as an .xlsx workbook', async ({ page, host }) => {
  const imports = new ImportsPage(page);
  await imports.open(host.url);
  const [download] = await Promise.all([page.waitForEvent('download'), imports.templateXlsx.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/u);
  const [csv] = await Promise.all([page.waitForEvent('download'), imports.templateCsv.click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/u);
});
