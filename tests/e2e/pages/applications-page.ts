// Page object of "Dossiers": the list and its filters, the application form, the application page
// with its status changes; and the host's API, to lay down calls, providers and applications quickly.
import type { Locator, Page } from '@playwright/test';

/** Calls a method of the host as the page does (the context's session cookie, its origin). */
export async function callApi<T>(page: Page, baseUrl: string, method: string, data: unknown): Promise<T> {
  const response = await page.request.post(`${baseUrl}api/${method}`, {
    headers: { 'Content-Type': 'application/json', Origin: baseUrl.slice(0, -1) },
    data,
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} refused: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

type PactLevers = { levers: { objectives: { operationalObjectives: { id: number; code: string }[] }[] }[] };

export type Seed = { callId: number; providerId: number; objective: (code: string) => number };

/** A 2018 call and the provider "Mobiliclés", recorded through the API. */
export async function seedCallAndProvider(page: Page, baseUrl: string): Promise<Seed> {
  await page.goto(baseUrl);
  const call = await callApi<{ id: number; pactId: number }>(page, baseUrl, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  const { provider } = await callApi<{ provider: { id: number } }>(page, baseUrl, 'providers.create', { name: 'Mobiliclés', legalForm: 'association' });
  const pact = await callApi<PactLevers>(page, baseUrl, 'pacts.get', { pactId: call.pactId });
  const operational = pact.levers.flatMap((lever) => lever.objectives.flatMap((objective) => objective.operationalObjectives));
  const objective = (code: string) => {
    const found = operational.find((item) => item.code === code);
    if (!found) throw new Error(`No operational objective ${code}`);
    return found.id;
  };
  return { callId: call.id, providerId: provider.id, objective };
}

export class ApplicationsPage {
  readonly searchBox: Locator;
  readonly count: Locator;
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly noMatch: Locator;
  readonly form: Locator;
  readonly title: Locator;
  readonly provider: Locator;
  readonly primaryObjective: Locator;
  readonly participants: Locator;
  readonly liveCharges: Locator;
  readonly liveIncome: Locator;
  readonly liveBalance: Locator;
  readonly liveRequested: Locator;
  readonly livePerParticipant: Locator;
  readonly saveButton: Locator;
  readonly detail: Locator;
  readonly detailTitle: Locator;
  readonly savedNotice: Locator;
  readonly statusModal: Locator;
  readonly statusReason: Locator;
  readonly statusConfirm: Locator;
  readonly historyRows: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByLabel('Rechercher un dossier');
    this.count = page.getByTestId('applications-count');
    this.rows = page.getByTestId('application-row');
    this.emptyState = page.getByTestId('applications-empty');
    this.noMatch = page.getByTestId('applications-no-match');
    this.form = page.getByTestId('application-form');
    this.title = page.getByLabel('Intitulé de l’action');
    this.provider = page.getByTestId('application-provider');
    this.primaryObjective = page.getByTestId('application-primary-objective');
    this.participants = page.getByLabel('Participants attendus');
    this.liveCharges = page.getByTestId('budget-live-charges');
    this.liveIncome = page.getByTestId('budget-live-income');
    this.liveBalance = page.getByTestId('budget-live-balance');
    this.liveRequested = page.getByTestId('budget-live-requested');
    this.livePerParticipant = page.getByTestId('budget-live-per-participant');
    this.saveButton = page.getByRole('button', { name: 'Enregistrer' });
    this.detail = page.getByTestId('application-detail');
    this.detailTitle = this.detail.getByTestId('application-title');
    this.savedNotice = page.getByTestId('application-saved');
    this.statusModal = page.getByRole('dialog');
    this.statusReason = page.getByTestId('status-reason');
    this.statusConfirm = page.getByTestId('status-confirm');
    this.historyRows = page.getByTestId('status-history-row');
  }

  /** The list (with an optional query string such as "levier=6"), once it shows rows, no match or its empty state. */
  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/dossiers${query === '' ? '' : `?${query}`}`);
    await this.rows.first().or(this.emptyState).or(this.noMatch).waitFor();
  }

  async openNew(baseUrl: string, prefill: { callId?: number; providerId?: number } = {}): Promise<void> {
    const params = new URLSearchParams();
    if (prefill.callId !== undefined) params.set('appel', String(prefill.callId));
    if (prefill.providerId !== undefined) params.set('prestataire', String(prefill.providerId));
    await this.page.goto(`${baseUrl}#/dossiers/nouveau?${params.toString()}`);
    await this.form.waitFor();
  }

  async openDetail(baseUrl: string, id: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/dossiers/${id}`);
    await this.detail.waitFor();
  }

  /** Types part of a name in a searchable picker and takes the option that matches. */
  async pick(input: Locator, typed: string, option: RegExp | string): Promise<void> {
    await input.click();
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  territory(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** The amount field of a Cerfa account ("64", "74-ccas"). */
  amount(account: string): Locator {
    return this.page.getByTestId(`budget-amount-${account}`);
  }

  async fillBudget(amounts: Record<string, string>): Promise<void> {
    for (const [account, amount] of Object.entries(amounts)) await this.amount(account).fill(amount);
    // Leaving the last field rewrites it the French way, as a person would see it.
    await this.participants.focus();
  }

  /** Saves and waits for the application's page, where a successful save leads. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.detail.waitFor();
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  statusButton(to: 'depose' | 'recevable' | 'irrecevable' | 'brouillon'): Locator {
    return this.page.getByTestId(`status-to-${to}`);
  }

  async chooseFilter(testId: string, option: RegExp | string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The error shown under a field (Mantine links it through aria-describedby). */
  async errorOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  }
}
