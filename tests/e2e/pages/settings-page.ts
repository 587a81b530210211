// Page object of "Paramètres": the organisation that documents will carry, the pact referentials, "À propos".
import type { Locator, Page } from '@playwright/test';

export type OrganisationEntry = {
  name: string;
  department: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  signatories: { name: string; role: string }[];
};

export class SettingsPage {
  readonly name: Locator;
  readonly department: Locator;
  readonly address: Locator;
  readonly postalCode: Locator;
  readonly city: Locator;
  readonly phone: Locator;
  readonly email: Locator;
  readonly saveButton: Locator;
  readonly savedNotice: Locator;
  readonly logoFile: Locator;
  readonly logoPreview: Locator;
  readonly pactRows: Locator;
  readonly pactImportFile: Locator;
  readonly pactImportResult: Locator;
  readonly pactImportError: Locator;
  readonly aboutDatabaseFile: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByTestId('settings-name');
    this.department = page.getByLabel('Service / direction');
    this.address = page.getByLabel('Adresse');
    this.postalCode = page.getByLabel('Code postal');
    this.city = page.getByLabel('Ville');
    this.phone = page.getByLabel('Téléphone');
    this.email = page.getByLabel('E-mail');
    this.saveButton = page.getByRole('button', { name: 'Enregistrer' });
    this.savedNotice = page.getByTestId('settings-saved');
    this.logoFile = page.getByTestId('settings-logo-file');
    this.logoPreview = page.getByTestId('settings-logo-preview');
    this.pactRows = page.getByTestId('pact-table-row');
    this.pactImportFile = page.getByTestId('pact-import-file');
    this.pactImportResult = page.getByTestId('pact-import-result');
    this.pactImportError = page.getByTestId('pact-import-error');
    this.aboutDatabaseFile = page.getByTestId('about-database-file');
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/parametres`);
    await this.name.waitFor();
  }

  signatory(index: number): { name: Locator; role: Locator } {
    const group = this.page.getByRole('group', { name: `Signataire ${index + 1}` });
    return { name: group.getByLabel('Nom'), role: group.getByLabel('Qualité') };
  }

  async fill(entry: OrganisationEntry): Promise<void> {
    await this.name.fill(entry.name);
    await this.department.fill(entry.department);
    await this.address.fill(entry.address);
    await this.postalCode.fill(entry.postalCode);
    await this.city.fill(entry.city);
    await this.phone.fill(entry.phone);
    await this.email.fill(entry.email);
    for (const [index, person] of entry.signatories.entries()) {
      await this.page.getByRole('button', { name: 'Ajouter un signataire' }).click();
      await this.signatory(index).name.fill(person.name);
      await this.signatory(index).role.fill(person.role);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.savedNotice.waitFor();
  }

  pactRow(code: string): Locator {
    return this.page.locator(`[data-testid="pact-table-row"][data-code="${code}"]`);
  }

  /** Imports a referential file and waits for the host's answer, whichever it is. */
  async importPact(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.pactImportFile.setInputFiles(file);
    await this.pactImportResult.or(this.pactImportError).waitFor();
  }
}
