// The audit log in Paramètres: a write appears with who did it and the chain checks out; filters by day,
// person, operation, object and words, counted by the host over every entry; an entry links to its
// page; the filtered entries download as .xlsx and .csv, read back.
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './support/fixtures.ts';
import { callApi, seedCallAndProvider } from './pages/applications-page.ts';

const SHOTS = '/tmp/shots-ident';
const CAMILLE = 'Camille Laurent (chargée de mission insertion)';

function frenchDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

/**
 * 35 entries: the fixture's user saved by the system account, 30 providers by that user, who then hands the
 * computer to Agnès Martin (the change is the act of the one leaving), who records a call, a provider and an application.
 */
async function seedLog(page: Page, url: string): Promise<{ applicationId: number }> {
  await page.goto(url);
  for (let index = 1; index <= 30; index += 1) await callApi(page, url, 'providers.create', { name: `Association n° ${index}`, legalForm: 'association' });
  await callApi(page, url, 'settings.saveLocalUser', { name: 'Agnès Martin', role: '' });
  const seed = await seedCallAndProvider(page, url);
  const application = await callApi<{ id: number }>(page, url, 'applications.create', { callId: seed.callId, providerId: seed.providerId, title: 'Vélo-école' });
  return { applicationId: application.id };
}

test('a write appears in the audit log with the name of who uses this computer, and the chain checks out', async ({ page, host }) => {
  await page.goto(host.url);
  await callApi(page, host.url, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  await page.goto(`${host.url}#/parametres`);
  const section = page.getByTestId('audit-section');
  await expect(section.getByTestId('audit-row').first()).toContainText('Appel à projets créé');
  await expect(section.getByTestId('audit-row').first()).toContainText('calls.create');
  await expect(section.getByTestId('audit-row').first()).toContainText(CAMILLE);
  await section.getByTestId('audit-verify').click();
  // The fixture's "who uses this computer" is the first entry.
  await expect(section.getByTestId('audit-verify-result')).toHaveText('Journal d’audit intègre : 2 entrées vérifiées.');
  await expect(section.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
});

test('filters by person, operation, object, day and words, with counts over the whole log, and links an entry to its page', async ({ page, host }) => {
  // Thirty-odd entries laid down, then a dozen filters each awaited: more than a minute on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  const { applicationId } = await seedLog(page, host.url);
  await page.goto(`${host.url}#/parametres`);
  const section = page.getByTestId('audit-section');
  await section.scrollIntoViewIfNeeded();
  const count = section.getByTestId('audit-count');
  await expect(count).toContainText('35 entrées dans le journal');
  await expect(count).toContainText(`${CAMILLE} : 31 · Agnès Martin : 3`);
  await expect(section.getByTestId('audit-page')).toHaveText('Entrées 1 à 25 sur 35');

  await section.getByTestId('audit-filter-actor').fill('agnes');
  await expect(count).toContainText('3 entrées sur 35 correspondent aux filtres');
  await expect(section.getByTestId('audit-row')).toHaveCount(3);
  const link = section.getByTestId('audit-row').first().getByTestId('audit-entity-link');
  await expect(link).toHaveText(`Dossier n° ${applicationId}`);

  await section.getByTestId('audit-filter-actor').fill('');
  await section.getByTestId('audit-filter-action').click();
  await page.getByRole('option', { name: 'Prestataire créé' }).click();
  await expect(count).toContainText('31 entrées sur 35 correspondent aux filtres');
  await expect(section.getByTestId('audit-page')).toHaveText('Entrées 1 à 25 sur 31');
  await section.getByTestId('audit-older').click();
  await expect(section.getByTestId('audit-page')).toHaveText('Entrées 26 à 31 sur 31');

  await section.getByTestId('audit-filters-clear').click();
  await section.getByTestId('audit-filter-entity').click();
  await page.getByRole('option', { name: 'Paramètres' }).click();
  await expect(count).toContainText('2 entrées sur 35 correspondent aux filtres');

  await section.getByTestId('audit-filters-clear').click();
  await section.getByTestId('audit-filter-from').fill(frenchDay(1));
  await section.getByTestId('audit-filter-from').press('Tab');
  await expect(section.getByTestId('audit-no-match')).toBeVisible();
  await section.getByTestId('audit-filter-from').fill(frenchDay(0));
  await section.getByTestId('audit-filter-from').press('Tab');
  await section.getByTestId('audit-filter-to').fill(frenchDay(0));
  await section.getByTestId('audit-filter-to').press('Tab');
  await expect(count).toContainText('35 entrées sur 35 correspondent aux filtres');
  await section.getByTestId('audit-search').fill('mobilicles');
  await expect(count).toContainText('1 entrée sur 35 correspond aux filtres');
  await expect(section.getByTestId('audit-row')).toHaveCount(1);
  await expect(section.getByTestId('audit-row')).toContainText('Prestataire créé');
  mkdirSync(SHOTS, { recursive: true });
  await section.getByTestId('audit-filter-from').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/audit-filtered.png` });
  const axe = await new AxeBuilder({ page }).include('[data-testid="audit-section"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' ')}`)).toEqual([]);

  await section.getByTestId('audit-search').fill('');
  await section.getByTestId('audit-filter-actor').fill('agnes');
  await expect(count).toContainText('3 entrées sur 35');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/dossiers/${applicationId}$`, 'u'));
});

test('downloads the filtered entries as .xlsx and .csv, with French dates', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedLog(page, host.url);
  await page.goto(`${host.url}#/parametres`);
  const section = page.getByTestId('audit-section');
  await section.getByTestId('audit-filter-actor').fill('Agnès');
  await expect(section.getByTestId('audit-count')).toContainText('3 entrées sur 35');

  const downloading = page.waitForEvent('download');
  await section.getByTestId('audit-export-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^journal-audit-\d{4}-\d{2}-\d{2}\.xlsx$/u);
  await expect(section.getByTestId('audit-export-done')).toContainText(`Téléchargé : ${download.suggestedFilename()} (3 entrées).`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Journal d’audit');
  expect(sheet?.actualRowCount).toBe(4);
  expect(sheet?.getRow(2).getCell(3).value).toBe('Agnès Martin');
  expect(sheet?.getRow(2).getCell(4).value).toBe('Appel à projets créé');
  expect(sheet?.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  expect(sheet?.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy hh:mm:ss');
  await section.getByTestId('audit-export-xlsx').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/audit-exported.png` });

  const csvDownload = page.waitForEvent('download');
  await section.getByTestId('audit-export-csv').click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toBe('N°;Date et heure;Par;Opération;Code de l’opération;Objet;N° de l’objet;Détails;Empreinte');
  expect(lines[3]).toMatch(/^35;\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2};Agnès Martin;Dossier créé;applications\.create;Dossiers;\d+;/u);
});
