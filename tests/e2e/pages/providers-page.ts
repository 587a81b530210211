// Page object of "Prestataires": the list and its search, the provider form, the provider page.
import type { Locator, Page } from '@playwright/test';

export type ProviderEntry = {
  name: string;
  legalForm: string;
  siret?: string;
  rna?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  representativeName?: string;
  representativeRole?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  notes?: string;
};

export class ProvidersPage {
  readonly searchBox: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly newButton: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly legalForm: Locator;
  readonly siret: Locator;
  readonly rna: Locator;
  readonly saveButton: Locator;
  readonly duplicates: Locator;
  readonly saveError: Locator;
  readonly title: Locator;
  readonly savedNotice: Locator;
  readonly detail: Locator;
  readonly editButton: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByLabel('Rechercher un prestataire');
    this.count = page.getByTestId('providers-count');
    this.rows = page.getByTestId('provider-row');
    this.emptyState = page.getByTestId('providers-empty');
    this.newButton = page.getByRole('link', { name: 'Nouveau prestataire' });
    this.form = page.getByTestId('provider-form');
    this.name = page.getByTestId('provider-name');
    this.legalForm = page.getByTestId('provider-legal-form');
    this.siret = page.getByTestId('provider-siret');
    this.rna = page.getByTestId('provider-rna');
    this.saveButton = page.getByRole('button', { name: 'Enregistrer' });
    this.duplicates = page.getByTestId('provider-duplicates');
    this.saveError = page.getByTestId('provider-save-error');
    this.title = page.getByTestId('provider-title');
    this.savedNotice = page.getByTestId('provider-saved');
    this.detail = page.getByTestId('provider-detail');
    this.editButton = page.getByRole('link', { name: 'Modifier' });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/prestataires`);
    await this.page.getByTestId('providers-page').waitFor();
    await this.count.or(this.emptyState).waitFor();
  }

  async openNew(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/prestataires/nouveau`);
    await this.name.waitFor();
  }

  /** A field of one of the form's groups ("Contact" → "Nom"), since several groups have a "Nom". */
  field(group: 'Identité' | 'Adresse' | 'Représentant légal' | 'Contact', label: string): Locator {
    return this.form.getByRole('group', { name: group }).getByLabel(label, { exact: true });
  }

  /** The error shown under a field: inside the field's own wrapper, below the input. */
  errorOf(field: Locator): Locator {
    return field.locator('xpath=ancestor::*[contains(@class, "mantine-InputWrapper-root")][1]').locator('.mantine-InputWrapper-error');
  }

  async chooseLegalForm(label: string): Promise<void> {
    await this.legalForm.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async fill(entry: ProviderEntry): Promise<void> {
    await this.name.fill(entry.name);
    await this.chooseLegalForm(entry.legalForm);
    if (entry.siret !== undefined) await this.siret.fill(entry.siret);
    if (entry.rna !== undefined) await this.rna.fill(entry.rna);
    const optional: [Locator, string | undefined][] = [
      [this.field('Adresse', 'Adresse'), entry.address],
      [this.field('Adresse', 'Code postal'), entry.postalCode],
      [this.field('Adresse', 'Ville'), entry.city],
      [this.field('Représentant légal', 'Nom'), entry.representativeName],
      [this.field('Représentant légal', 'Qualité'), entry.representativeRole],
      [this.field('Contact', 'Nom'), entry.contactName],
      [this.field('Contact', 'E-mail'), entry.contactEmail],
      [this.field('Contact', 'Téléphone'), entry.contactPhone],
      [this.page.getByTestId('provider-notes'), entry.notes],
    ];
    for (const [field, value] of optional) if (value !== undefined) await field.fill(value);
  }

  /** Saves and waits for the provider page the form leads to. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.savedNotice.waitFor();
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
