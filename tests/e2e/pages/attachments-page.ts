// Page object of the "Pièces jointes" section of an application's page: the required documents, the
// files, the form that adds one and the modal that withdraws one.
import type { Locator, Page } from '@playwright/test';

export class AttachmentsSection {
  readonly section: Locator;
  readonly requiredCount: Locator;
  readonly rows: Locator;
  readonly typeSelect: Locator;
  readonly fileInput: Locator;
  readonly addButton: Locator;
  readonly addedNotice: Locator;
  readonly removeModal: Locator;
  readonly removeReason: Locator;
  readonly removeConfirm: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByTestId('attachments-section');
    this.requiredCount = page.getByTestId('required-documents-count');
    this.rows = page.getByTestId('attachment-row');
    this.typeSelect = page.getByTestId('attachment-type');
    this.fileInput = page.getByTestId('attachment-file');
    this.addButton = page.getByTestId('attachment-add');
    this.addedNotice = page.getByTestId('attachment-added');
    this.removeModal = page.getByRole('dialog', { name: 'Retirer la pièce' });
    this.removeReason = page.getByTestId('attachment-remove-reason');
    this.removeConfirm = page.getByTestId('attachment-remove-confirm');
  }

  /** One line of the checklist, by document type ("statuts", "rib"…); its data-state says present, missing or not-required. */
  required(documentType: string): Locator {
    return this.page.locator(`[data-testid="required-document"][data-type="${documentType}"]`);
  }

  row(fileName: string): Locator {
    return this.rows.filter({ hasText: fileName });
  }

  /** Chooses the type (or keeps the one proposed), attaches the bytes as a file of that name, and sends it. */
  async add(file: { name: string; mimeType: string; buffer: Buffer }, typeLabel?: string): Promise<void> {
    if (typeLabel) {
      await this.typeSelect.click();
      await this.page.getByRole('option', { name: typeLabel, exact: true }).click();
    }
    await this.fileInput.setInputFiles(file);
    await this.addButton.click();
  }
}
