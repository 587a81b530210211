// Paramètres → Sauvegardes: a backup made from the screen, data changed after it, the backup restored
// through its preview; the data is back as it was and the base it replaced is kept and listed. A file
// that is not a backup, or a damaged copy, is refused in French and nothing changes.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './pages/applications-page.ts';
import { BackupsPage } from './pages/backups-page.ts';

const SHOTS = '/tmp/shots-backups';

type Call = { id: number; title: string };

async function callTitles(page: Page, url: string): Promise<string[]> {
  return (await callApi<Call[]>(page, url, 'calls.list', {})).map((call) => call.title).sort((left, right) => left.localeCompare(right, 'fr'));
}

async function expectNoAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a backup made on screen is restored through its preview; the base it replaced is kept and listed', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await callApi(page, host.url, 'calls.create', { year: 2030, title: 'Appel à garder', envelopeCents: 10_000_000 });
  const backups = new BackupsPage(page);
  await backups.open(host.url);
  await expect(backups.folder).toHaveValue(path.join(path.dirname(host.databaseFile), 'pacte-sauvegardes'));

  await backups.makeButton.click();
  await expect(backups.madeNotice).toContainText('Elle contient\u00A0: 1 appel.');
  const file = await backups.madeFile.innerText();
  expect(file).toMatch(/pacte-sauvegardes\/pacte-.*-manuelle\.sqlite$/u);
  await expect(backups.rowOf('manuelle')).toHaveCount(1);
  await expect(backups.rowOf('manuelle')).toContainText('manuelle');
  await expect(backups.rowOf('manuelle')).toContainText('1 appel');
  await backups.rowOf('manuelle').scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page, '[data-testid="backups-section"]');
  await page.screenshot({ path: `${SHOTS}/backups-list.png` });

  // Work after the backup, lost by the restore.
  await callApi(page, host.url, 'calls.create', { year: 2031, title: 'Appel saisi après la sauvegarde', envelopeCents: 100 });
  await page.reload();
  await backups.makeButton.waitFor();
  await backups.rowOf('manuelle').getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  await expect(backups.modal).toBeVisible();
  expect(await backups.previewLine('Appels à projets')).toEqual(['Appels à projets', '1', '2']);
  await expect(page.getByTestId('backup-preview-integrity')).toContainText('Conforme à son manifeste');
  await expect(backups.savedFirst).toContainText(path.join(path.dirname(host.databaseFile), 'pacte-sauvegardes'));
  await expect(backups.savedFirst).toContainText('avant restauration');
  await expectNoAxeViolations(page, '[data-testid="backup-restore-modal"]');
  await page.screenshot({ path: `${SHOTS}/backups-preview.png` });

  // Restoring (a backup of the current base, then every table) reloads the app; the notice comes back with the reloaded page.
  await backups.confirmButton.click();
  await expect(backups.restoredNotice).toBeVisible({ timeout: 30_000 });
  await expect(backups.restoredNotice).toContainText('Sauvegarde manuelle du');
  await expect(backups.restoredNotice).toContainText('1 appel');
  const saved = await backups.restoredSaved.innerText();
  expect(saved).toMatch(/-avant-restauration\.sqlite$/u);
  await expect(backups.rowOf('avant-restauration')).toHaveCount(1);
  await expect(page.locator(`[data-testid="backup-row"][data-file="${saved}"]`)).toContainText('2 appels');
  await expect(backups.rowOf('manuelle')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/backups-restored.png` });
  await backups.rowOf('avant-restauration').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/backups-restored-list.png` });

  expect(await callTitles(page, host.url)).toEqual(['Appel à garder']);
  await page.goto(`${host.url}#/appels-a-projets`);
  await expect(page.getByTestId('call-row')).toHaveCount(1);
  await expect(page.getByTestId('call-row')).toContainText('Appel à garder');
});

test('a file that is not a backup, or a damaged copy, is refused in French and nothing changes', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.url);
  await callApi(page, host.url, 'calls.create', { year: 2030, title: 'Appel à garder', envelopeCents: 100 });
  const backups = new BackupsPage(page);
  await backups.open(host.url);
  await backups.makeButton.click();
  const file = await backups.madeFile.innerText();
  await callApi(page, host.url, 'calls.create', { year: 2031, title: 'Appel d’après', envelopeCents: 100 });

  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'pacte-e2e-ailleurs-'));
  const notABackup = path.join(elsewhere, 'tableau.sqlite');
  writeFileSync(notABackup, 'ceci n’est pas une base');
  await backups.otherFile.fill(notABackup);
  await backups.examineButton.click();
  await expect(backups.modal.getByRole('alert')).toContainText('« tableau.sqlite » n’est pas une sauvegarde Pacte CAI');
  await expect(backups.confirmButton).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/backups-foreign.png` });
  await backups.cancelButton.click();

  // The copy changed since its manifest: shown, but it cannot be restored.
  const altered = path.join(elsewhere, 'pacte-copie.sqlite');
  copyFileSync(file, altered);
  const copy = new Database(altered);
  copy.exec("update calls set title = 'Appel réécrit à la main'");
  copy.close();
  copyFileSync(file.replace(/\.sqlite$/u, '.json'), altered.replace(/\.sqlite$/u, '.json'));
  await backups.otherFile.fill(altered);
  await backups.examineButton.click();
  await expect(page.getByTestId('backup-preview-integrity')).toContainText('Ne correspond plus à son manifeste');
  await expect(page.getByTestId('backup-preview-damaged')).toBeVisible();
  await expect(backups.confirmButton).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/backups-damaged.png` });
  await backups.cancelButton.click();

  expect(await callTitles(page, host.url)).toEqual(['Appel à garder', 'Appel d’après']);
  await expect(backups.rowOf('avant-restauration')).toHaveCount(0);
});

test('the folder can be changed to a full path, refused when relative, and set back to the default', async ({ page, host }) => {
  await page.goto(host.url);
  const backups = new BackupsPage(page);
  await backups.open(host.url);
  await backups.folder.fill('sauvegardes');
  await backups.section.getByRole('button', { name: 'Utiliser ce dossier' }).click();
  await expect(backups.folder).toHaveAccessibleDescription(/chemin complet/u);

  const usbKey = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacte-e2e-cle-')), 'sauvegardes');
  await backups.folder.fill(usbKey);
  await backups.section.getByRole('button', { name: 'Utiliser ce dossier' }).click();
  await expect(page.getByTestId('backup-folder-changed')).toContainText(usbKey);
  await backups.makeButton.click();
  await expect(backups.madeFile).toHaveText(new RegExp(`^${usbKey.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}/pacte-.*-manuelle\\.sqlite$`, 'u'));

  await backups.section.getByRole('button', { name: 'Revenir au dossier par défaut' }).click();
  await expect(backups.folder).toHaveValue(path.join(path.dirname(host.databaseFile), 'pacte-sauvegardes'));
});
