// Page object of "Importer un fichier": the template, the file with its call, the preview, the final report.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

const IMPORT_FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'imports');

/** The path of a file of tests/fixtures/imports, committed as French offices save them. */
export const importFixture = (name: string): string => path.join(IMPORT_FIXTURES, name);

export class ImportsPage {
  readonly page: Page;
  readonly templateXlsx: Locator;
  readonly templateCsv: Locator;
  readonly call: Locator;
  readonly file: Locator;
  readonly csvKind: Locator;
  readonly preview: Locator;
  readonly counts: Locator;
  readonly rows: Locator;
  readonly errors: Locator;
  readonly errorRows: Locator;
  readonly warnings: Locator;
  readonly validOnly: Locator;
  readonly commitButton: Locator;
  readonly cancelButton: Locator;
  readonly blockedReason: Locator;
  readonly failure: Locator;
  readonly result: Locator;
  readonly done: Locator;
  readonly applicationsLink: Locator;

  constructor(page: Page) {
    this.page = page;
    this.templateXlsx = page.getByRole('button', { name: 'Télécharger le modèle Excel (.xlsx)' });
    this.templateCsv = page.getByRole('button', { name: 'Télécharger le modèle CSV' });
    this.call = page.getByRole('combobox', { name: 'Appel à projets' });
    this.file = page.getByTestId('import-file');
    this.csvKind = page.getByTestId('import-csv-kind');
    this.preview = page.getByTestId('import-preview');
    this.counts = page.getByTestId('import-counts');
    this.rows = page.getByTestId('import-row');
    this.errors = page.getByTestId('import-errors');
    this.errorRows = page.getByTestId('import-error-row');
    this.warnings = page.getByTestId('import-warnings');
    this.validOnly = page.getByLabel('N’importer que les lignes valides');
    this.commitButton = page.getByRole('button', { name: 'Importer', exact: true });
    this.cancelButton = page.getByRole('button', { name: 'Annuler' });
    this.blockedReason = page.getByTestId('import-blocked-reason');
    this.failure = page.getByTestId('import-failure');
    this.result = page.getByTestId('import-result');
    this.done = page.getByTestId('import-done');
    this.applicationsLink = page.getByTestId('import-applications-link');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/import`);
    await this.page.getByTestId('import-page').waitFor();
  }

  async chooseCall(title: string): Promise<void> {
    await this.call.click();
    await this.page.getByRole('option', { name: title, exact: true }).click();
  }

  /** Attaches a fixture and waits for its preview, or for the host's refusal. */
  async upload(fixture: string, csvKind?: 'des dossiers' | 'des prestataires'): Promise<void> {
    await this.file.setInputFiles(importFixture(fixture));
    if (csvKind) await this.csvKind.getByText(csvKind, { exact: true }).click();
    await this.waitForPreview();
  }

  async waitForPreview(): Promise<void> {
    await this.commitButton.or(this.failure).waitFor();
  }

  /** "à créer / à mettre à jour / inchangés" of one kind, as numbers. */
  async countsOf(kind: 'providers' | 'applications'): Promise<{ created: number; updated: number; unchanged: number }> {
    const row = this.page.locator(`[data-testid="import-count-row"][data-kind="${kind}"]`);
    const read = async (testId: string) => Number(await row.getByTestId(testId).innerText());
    return { created: await read('import-count-created'), updated: await read('import-count-updated'), unchanged: await read('import-count-unchanged') };
  }

  errorRow(row: number): Locator {
    return this.page.locator(`[data-testid="import-error-row"][data-row="${row}"]`);
  }
}
