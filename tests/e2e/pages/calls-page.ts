// Page object of "Appels à projets": the list, the call form and the call's page.
import type { Locator, Page } from '@playwright/test';
import { fillFrenchDate } from '../support/form-helpers.ts';

export type CallEntry = {
  year?: string;
  title?: string;
  /** Typed jj/mm/aaaa. */
  opensOn?: string;
  closesOn?: string;
  envelope?: string;
  /** Lever number → amount as typed ("50 000,50"). */
  levers?: Record<number, string>;
  priorities?: string;
  status?: 'En préparation' | 'Ouvert' | 'Clos';
};

export class CallsPage {
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly newButton: Locator;
  readonly form: Locator;
  readonly year: Locator;
  readonly title: Locator;
  readonly opensOn: Locator;
  readonly closesOn: Locator;
  readonly envelope: Locator;
  readonly priorities: Locator;
  readonly leverSummary: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly detail: Locator;
  readonly detailTitle: Locator;
  readonly detailStatus: Locator;
  readonly detailEnvelope: Locator;
  readonly detailPeriod: Locator;
  readonly leverRows: Locator;
  readonly savedNotice: Locator;
  readonly editButton: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('call-row');
    this.emptyState = page.getByTestId('calls-empty');
    this.newButton = page.getByRole('link', { name: 'Nouvel appel à projets' });
    this.form = page.getByTestId('call-form');
    this.year = page.getByLabel('Année');
    this.title = page.getByLabel('Intitulé');
    this.opensOn = page.getByLabel('Date d’ouverture');
    this.closesOn = page.getByLabel('Date de clôture');
    this.envelope = page.getByLabel('Enveloppe totale');
    this.priorities = page.getByLabel('Priorités');
    this.leverSummary = page.getByTestId('call-lever-summary');
    this.saveButton = page.getByRole('button', { name: 'Enregistrer' });
    this.cancelButton = page.getByRole('link', { name: 'Annuler' });
    this.detail = page.getByTestId('call-detail');
    this.detailTitle = this.detail.getByTestId('call-title');
    this.detailStatus = this.detail.getByTestId('call-status');
    this.detailEnvelope = this.detail.getByTestId('call-envelope');
    this.detailPeriod = this.detail.getByTestId('call-period');
    this.leverRows = page.getByTestId('call-lever-row');
    this.savedNotice = page.getByTestId('call-saved');
    this.editButton = page.getByRole('link', { name: 'Modifier' });
  }

  /** The list, once it has shown either its rows or its empty state. */
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/appels-a-projets`);
    await this.page.getByTestId('calls-table').or(this.emptyState).waitFor();
  }

  async openNew(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/appels-a-projets/nouveau`);
    await this.form.waitFor();
  }

  leverInput(number: number): Locator {
    return this.page.getByLabel(new RegExp(`^Levier ${number} —`));
  }

  /** The error shown under a field (Mantine links it through aria-describedby). */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  }

  async fill(entry: CallEntry): Promise<void> {
    if (entry.year !== undefined) await this.year.fill(entry.year);
    if (entry.title !== undefined) await this.title.fill(entry.title);
    if (entry.opensOn !== undefined) await fillFrenchDate(this.opensOn, entry.opensOn);
    if (entry.closesOn !== undefined) await fillFrenchDate(this.closesOn, entry.closesOn);
    if (entry.envelope !== undefined) await this.envelope.fill(entry.envelope);
    for (const [number, amount] of Object.entries(entry.levers ?? {})) await this.leverInput(Number(number)).fill(amount);
    if (entry.priorities !== undefined) await this.priorities.fill(entry.priorities);
    if (entry.status !== undefined) await this.page.getByTestId('call-form').getByText(entry.status, { exact: true }).click();
  }

  /** Saves and waits for the call's page, where a successful save leads. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.detail.waitFor();
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  leverRow(number: number): Locator {
    return this.page.locator(`[data-testid="call-lever-row"][data-lever="${number}"]`);
  }
}
