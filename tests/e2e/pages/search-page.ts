// Page object of the global search: the header box every screen has, and the "Recherche" page it opens.
import type { Locator, Page } from '@playwright/test';

export class SearchPage {
  readonly headerBox: Locator;
  readonly pageBox: Locator;
  readonly count: Locator;
  readonly hint: Locator;
  readonly empty: Locator;
  readonly applications: Locator;
  readonly providers: Locator;
  readonly applicationHits: Locator;
  readonly providerHits: Locator;

  constructor(private readonly page: Page) {
    this.headerBox = page.getByRole('searchbox', { name: 'Recherche globale' });
    this.pageBox = page.getByLabel('Rechercher dans les dossiers et les prestataires');
    this.count = page.getByTestId('search-count');
    this.hint = page.getByTestId('search-hint');
    this.empty = page.getByTestId('search-empty');
    this.applications = page.getByRole('region', { name: /^Dossiers \(/ });
    this.providers = page.getByRole('region', { name: /^Prestataires \(/ });
    this.applicationHits = page.getByTestId('search-application-hit');
    this.providerHits = page.getByTestId('search-provider-hit');
  }

  /** Types in the header box and presses Enter, as a person would from any screen. */
  async searchFromHeader(text: string): Promise<void> {
    await this.headerBox.fill(text);
    await this.headerBox.press('Enter');
    await this.page.getByTestId('search-page').waitFor();
  }

  /** The search page on a query, once it shows results, its empty state or its hint. */
  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/recherche${query === '' ? '' : `?q=${encodeURIComponent(query)}`}`);
    await this.applicationHits.first().or(this.providerHits.first()).or(this.empty).or(this.hint).waitFor();
  }
}
