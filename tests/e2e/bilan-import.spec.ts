// The provider's workbook in Chromium: the workbook of a convention's year is downloaded from its bilan page, filled
// in Node with exceljs as a provider's spreadsheet would, and two returned files (one right, one whose sex
// breakdown does not sum) go through the import modal: the dry run lists each file's problems at their
// place, the import takes the right one only, with a summary per file; axe on each state of the modal.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fillWorkbook, GOOD_FILL } from '../core/bilans/workbook-fill.ts';
import { callApi } from './pages/applications-page.ts';
import { expect, openClosedSession, test } from './support/fixtures.ts';

// A closed 2018 CAI session to draft conventions from: a copy of the one laid down once per worker.
test.use({ baseData: 'closed-session' });

const SHOTS = '/tmp/shots-h2';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test('returned workbooks imported through the modal: dry run with problems per file, then the valid one', async ({ page, host, browser }) => {
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  const axe: Record<string, string[]> = {};

  const { sessionId } = await openClosedSession(page, host.url, browser);
  const { drafted } = await callApi<{ drafted: { id: number; number: string }[] }>(page, host.url, 'conventions.draft', { sessionId });
  const [first, second] = drafted;
  const files = [];
  for (const [index, convention] of [first, second].entries()) {
    const detail = await callApi<{ years: { year: number }[] }>(page, host.url, 'conventions.get', { id: convention?.id });
    const year = detail.years[0]?.year ?? 2018;
    let workbook: { fileName: string; contentBase64: string };
    if (index === 0) {
      // The first one as the manager gets it: the button of the bilan's page, a real download.
      await page.goto(`${host.url}#/indicateurs/bilans/nouveau?convention=${convention?.id}&annee=${year}`);
      const downloading = page.waitForEvent('download');
      await page.getByTestId('bilan-workbook-button').click();
      const download = await downloading;
      workbook = { fileName: download.suggestedFilename(), contentBase64: readFileSync(await download.path()).toString('base64') };
      expect(workbook.fileName).toBe(`bilan-${year}-${convention?.number}.xlsx`);
    } else {
      workbook = await callApi<{ fileName: string; contentBase64: string }>(page, host.url, 'bilans.workbook', { conventionId: convention?.id, year });
    }
    // The second provider forgot the "non renseigné" cell: its sex breakdown is one short of the total.
    const fill = index === 0 ? { ...GOOD_FILL, actual: [], extraLines: [] } : { ...GOOD_FILL, actual: [], extraLines: [], values: (GOOD_FILL.values ?? []).filter((value) => !(value.dimension === 'sex' && value.category === 'nr')) };
    files.push({ name: workbook.fileName, mimeType: XLSX, buffer: await fillWorkbook(Buffer.from(workbook.contentBase64, 'base64'), fill) });
  }

  await page.goto(`${host.url}#/indicateurs/bilans`);
  await page.getByTestId('bilan-import-button').click();
  const modal = page.getByTestId('bilan-import-modal');
  await expect(modal).toBeVisible();
  axe['choix'] = await seriousViolations(page);
  await modal.locator('input[type="file"]').setInputFiles(files);
  await modal.getByTestId('bilan-import-check').click();

  const preview = modal.getByTestId('bilan-import-preview');
  await expect(preview.getByTestId('bilan-import-file')).toHaveCount(2);
  await expect(modal.getByTestId('bilan-import-preview-summary')).toContainText('1 classeur(s) valable(s) sur 2');
  await expect(preview.locator('[data-ok="non"]')).toContainText(/Indicateurs, ligne \d+, colonne F : IC01 : la ventilation « sexe » fait 11 au lieu du total 12/u);
  await expect(preview.locator('[data-ok="oui"]')).toContainText('Prêt à importer');
  await page.screenshot({ path: `${SHOTS}/bilan-import-preview.png` });
  axe['vérification'] = await seriousViolations(page);

  await modal.getByTestId('bilan-import-commit').click();
  await expect(modal.getByTestId('bilan-import-summary')).toContainText('Import terminé : 1 bilan(s) enregistré(s), 0 déjà à jour, 1 refusé(s).');
  await expect(modal.getByTestId('bilan-import-done').locator('[data-ok="oui"]')).toContainText('Importé');
  await page.screenshot({ path: `${SHOTS}/bilan-import-done.png` });
  axe['résumé'] = await seriousViolations(page);

  const saved = await callApi<{ status: string; indicators: { code: string; total: number | null }[] }>(page, host.url, 'bilans.content', { conventionId: first?.id, year: 2018 });
  expect(saved.status).toBe('recu');
  expect(saved.indicators.find((indicator) => indicator.code === 'IC01')?.total).toBe(12);
  const refused = await callApi<{ status: string }>(page, host.url, 'bilans.content', { conventionId: second?.id, year: 2018 });
  expect(refused.status).toBe('attendu');

  // The bilan's page shows what was imported: figures beside breakdowns, the CRF with its gaps.
  await page.goto(`${host.url}#/indicateurs/bilans/nouveau?convention=${first?.id}&annee=2018`);
  await expect(page.getByTestId('bilan-values-table').getByTestId('bilan-value-IC01')).toContainText('12');
  await expect(page.getByTestId('bilan-financial-table')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/bilan-values.png`, fullPage: true });
  expect(axe).toEqual({ choix: [], vérification: [], résumé: [] });
});
