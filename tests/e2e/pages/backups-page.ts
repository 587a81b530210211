// Page object of Paramètres → Sauvegardes: the list, "Faire une sauvegarde maintenant", the folder, the
// restore dialog and its preview.
import type { Locator, Page } from '@playwright/test';

export class BackupsPage {
  readonly section: Locator;
  readonly makeButton: Locator;
  readonly madeNotice: Locator;
  readonly madeFile: Locator;
  readonly rows: Locator;
  readonly folder: Locator;
  readonly otherFile: Locator;
  readonly examineButton: Locator;
  readonly modal: Locator;
  readonly previewCounts: Locator;
  readonly savedFirst: Locator;
  readonly confirmButton: Locator;
  readonly cancelButton: Locator;
  readonly restoredNotice: Locator;
  readonly restoredSaved: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByTestId('backups-section');
    this.makeButton = this.section.getByRole('button', { name: 'Faire une sauvegarde maintenant' });
    this.madeNotice = page.getByTestId('backup-made');
    this.madeFile = page.getByTestId('backup-made-file');
    this.rows = page.getByTestId('backup-row');
    this.folder = this.section.getByLabel('Dossier des sauvegardes');
    this.otherFile = this.section.getByLabel('Restaurer une sauvegarde rangée ailleurs');
    this.examineButton = this.section.getByRole('button', { name: 'Examiner ce fichier…' });
    this.modal = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
    this.previewCounts = this.modal.getByRole('table', { name: 'Nombre de lignes dans la sauvegarde et dans la base actuelle' });
    this.savedFirst = page.getByTestId('backup-preview-saved-first');
    this.confirmButton = this.modal.getByRole('button', { name: 'Sauvegarder la base actuelle et restaurer' });
    this.cancelButton = page.getByTestId('backup-restore-cancel');
    this.restoredNotice = page.getByTestId('backup-restored');
    this.restoredSaved = page.getByTestId('backup-restored-saved');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/parametres`);
    await this.makeButton.waitFor();
  }

  rowOf(reason: string): Locator {
    return this.page.locator(`[data-testid="backup-row"][data-reason="${reason}"]`);
  }

  /** A line of the preview: [label, in the backup, today]. */
  async previewLine(label: string): Promise<string[]> {
    const row = this.previewCounts.getByRole('row').filter({ has: this.page.getByRole('cell', { name: label, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  }
}
