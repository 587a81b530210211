// Page object of "Le Pacte": the referential browser and its search.
import type { Download, Locator, Page } from '@playwright/test';

export class PactPage {
  readonly title: Locator;
  readonly period: Locator;
  readonly counts: Locator;
  readonly leverTitle: Locator;
  readonly searchBox: Locator;
  readonly searchCount: Locator;
  readonly searchHits: Locator;
  readonly selector: Locator;
  readonly exportButton: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByTestId('pact-title');
    this.period = page.getByTestId('pact-period');
    this.counts = page.getByTestId('pact-counts');
    this.leverTitle = page.getByTestId('lever-title');
    this.searchBox = page.getByLabel('Rechercher dans le pacte');
    this.searchCount = page.getByTestId('pact-search-count');
    this.searchHits = page.getByTestId('pact-search-hit');
    this.selector = page.getByTestId('pact-selector');
    this.exportButton = page.getByTestId('pact-export-button');
  }

  async open(baseUrl: string, hash = '#/pacte'): Promise<void> {
    await this.page.goto(`${baseUrl}${hash}`);
    await this.title.waitFor();
  }

  async openLever(number: number): Promise<void> {
    await this.page.getByTestId(`lever-link-${number}`).click();
    await this.leverTitle.waitFor();
  }

  async expandAll(): Promise<void> {
    await this.page.getByTestId('lever-toggle-all').click();
  }

  action(code: string): Locator {
    return this.page.locator(`[data-testid="pact-action"][data-code="${code}"]`);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchCount.waitFor();
  }

  hit(title: string | RegExp): Locator {
    return this.searchHits.filter({ has: this.page.getByTestId('pact-search-hit-title').filter({ hasText: title }) });
  }

  /** Picks a referential in the "Référentiel" selector by its visible label. */
  async selectPact(label: string | RegExp): Promise<void> {
    await this.selector.click();
    await this.page.getByRole('option', { name: label }).click();
  }

  /** Exports the shown referential and hands back the browser download. */
  async export(format: 'csv' | 'json'): Promise<Download> {
    await this.exportButton.click();
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`pact-export-${format}`).click();
    return download;
  }
}
