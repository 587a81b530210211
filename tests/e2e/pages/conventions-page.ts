// Page object of the conventions: the list (filters, totals, virtualised rows), one convention's page with
// its acts (present, validate, sign, payments, avenants, documents), and a closed session to draft them
// from, laid down through the API as the documents spec does.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { callApi } from './applications-page.ts';
import { fillFrenchDate } from '../support/form-helpers.ts';
import { CHAIR_PIN, JURORS, scoreThroughApi, seedScoringSession } from './jury-page.ts';

/** Luhn-valid on the SIREN and on the 14 digits (siretWithKeys('26350172', '0001')). */
export const CCAS_SIRET = '26350172800012';

export type ClosedSessionSeed = { sessionId: number; applications: { id: number; title: string }[] };

/**
 * The CCAS's identity (SIRET and signatory, which the convention prints), then a 2018 session scored by
 * the four jurors, revealed, with a favourable avis at 8 000 € on "Action A", "sous réserve" at 10 000 €
 * on "Action B" and an adjournment on "Action C", and closed; the providers' fiches carry the address and
 * representative the convention prints.
 */
export async function seedClosedSession(page: Page, baseUrl: string): Promise<ClosedSessionSeed> {
  await page.goto(baseUrl);
  await callApi(page, baseUrl, 'settings.saveOrganisation', {
    name: 'CCAS de Rennes',
    department: 'Direction de l’insertion',
    address: '12 rue de Papu',
    postalCode: '35000',
    city: 'Rennes',
    phone: '',
    email: '',
    logoDataUrl: null,
    siret: CCAS_SIRET,
    conventionAdvancePercent: 70,
    signatories: [{ name: 'Nathalie Durand', role: 'Vice-présidente du CCAS' }],
  });
  const seed = await seedScoringSession(page, baseUrl);
  for (const juror of JURORS) await scoreThroughApi(page, baseUrl, seed, juror.name, Object.fromEntries(seed.applications.map((application, index) => [application.id, () => (index + 2) % 5])));
  for (const jurorId of Object.values(seed.jurorIds)) await callApi(page, baseUrl, 'sessions.setAttendance', { sessionId: seed.sessionId, jurorId, attendance: 'present' });
  await callApi(page, baseUrl, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await callApi(page, baseUrl, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });
  const [first, second, third] = seed.applications;
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: first?.id, kind: 'favorable', proposedCents: 800_000, motivation: 'Action utile au pacte.' });
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: second?.id, kind: 'favorable_sous_reserve', proposedCents: 1_000_000, conditions: 'Transmettre le bilan intermédiaire en juin.' });
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: third?.id, kind: 'ajourne', reasons: 'Budget à préciser.' });
  await callApi(page, baseUrl, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'close' });
  // A convention names the provider's address and representative: the fiche gets them.
  for (const application of seed.applications) {
    const { providerId } = await callApi<{ providerId: number }>(page, baseUrl, 'applications.get', { id: application.id });
    const provider = await callApi<{ name: string; siret: string | null }>(page, baseUrl, 'providers.get', { id: providerId });
    await callApi(page, baseUrl, 'providers.update', {
      id: providerId,
      name: provider.name,
      legalForm: 'association',
      siret: provider.siret,
      address: '4 rue de la Mobilité',
      postalCode: '35200',
      city: 'Rennes',
      representativeName: 'Claire Martin',
      representativeRole: 'Présidente',
    });
  }
  return { sessionId: seed.sessionId, applications: seed.applications };
}

export class ConventionsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly totals: Locator;
  readonly detail: Locator;
  readonly title: Locator;
  readonly status: Locator;
  readonly schedule: Locator;
  readonly scheduleRows: Locator;
  readonly paymentRows: Locator;
  readonly avenantRows: Locator;
  readonly history: Locator;
  readonly threshold: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId('conventions-page');
    this.rows = page.getByTestId('convention-row');
    this.totals = page.getByTestId('conventions-totals');
    this.detail = page.getByTestId('convention-detail');
    this.title = page.getByTestId('convention-title');
    this.status = this.detail.getByTestId('convention-status').first();
    this.schedule = page.getByTestId('convention-schedule');
    this.scheduleRows = page.getByTestId('schedule-row');
    this.paymentRows = page.getByTestId('payment-row');
    this.avenantRows = page.getByTestId('avenant-row');
    this.history = page.getByTestId('convention-history-row');
    this.threshold = page.getByTestId('convention-threshold');
  }

  async openList(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/conventions${query}`);
    await this.list.waitFor();
  }

  async openConvention(baseUrl: string, id: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/conventions/${id}`);
    await this.detail.waitFor();
  }

  /** "Préparer les conventions" on the closed session's page; resolves once the report is shown. */
  async draftFromSession(baseUrl: string, sessionId: number): Promise<Locator> {
    await this.page.goto(`${baseUrl}#/seances/${sessionId}`);
    await this.page.getByTestId('session-draft-conventions').click();
    const report = this.page.getByTestId('draft-report');
    await report.waitFor();
    return report;
  }

  /** Opens the modal of a change of status (its button on the page). */
  async startTransition(to: string): Promise<Locator> {
    await this.page.getByTestId(`convention-to-${to}`).click();
    await this.page.getByRole('dialog').waitFor();
    return this.page.getByTestId('convention-transition-modal');
  }

  async confirmTransition(): Promise<void> {
    await this.page.getByTestId('convention-transition-confirm').click();
    await this.page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  async present(): Promise<void> {
    await this.startTransition('presentee_ca');
    await this.confirmTransition();
    await expect(this.status).toHaveAttribute('data-status', 'presentee_ca');
  }

  async validate(ref: string, on: string): Promise<void> {
    await this.startTransition('validee_ca');
    await this.page.getByTestId('convention-deliberation-ref').fill(ref);
    await fillFrenchDate(this.page.getByTestId('convention-deliberation-on'), on);
    await this.confirmTransition();
    await expect(this.status).toHaveAttribute('data-status', 'validee_ca');
  }

  async sign(providerOn: string, ccasOn: string): Promise<void> {
    await this.startTransition('signee');
    await fillFrenchDate(this.page.getByTestId('convention-signed-provider-on'), providerOn);
    await fillFrenchDate(this.page.getByTestId('convention-signed-ccas-on'), ccasOn);
    await this.confirmTransition();
    await expect(this.status).toHaveAttribute('data-status', 'signee');
  }

  /** Opens "Enregistrer un versement" and fills it; the caller confirms (a refusal keeps the modal open). */
  async fillPayment(entry: { lineLabel: RegExp; amount?: string; paidOn: string; reason?: string }): Promise<Locator> {
    await this.page.getByTestId('payment-record').click();
    // The modal's root carries the test id but has no box of its own: its dialog is what shows.
    await this.page.getByRole('dialog').waitFor();
    const modal = this.page.getByTestId('payment-modal');
    await this.page.getByTestId('payment-line').click();
    await this.page.getByRole('option', { name: entry.lineLabel }).click();
    if (entry.amount !== undefined) await this.page.getByTestId('payment-amount').fill(entry.amount);
    await fillFrenchDate(this.page.getByTestId('payment-date'), entry.paidOn);
    if (entry.reason !== undefined) await this.page.getByTestId('payment-reason').fill(entry.reason);
    return modal;
  }

  async fillAvenant(entry: { year: number; amount: string; reason: string; deliberationRef?: string; signedOn?: string }): Promise<Locator> {
    await this.page.getByTestId('avenant-new').click();
    await this.page.getByRole('dialog').waitFor();
    const modal = this.page.getByTestId('avenant-modal');
    await this.page.getByTestId(`avenant-amount-${entry.year}`).fill(entry.amount);
    await this.page.getByTestId('avenant-reason').fill(entry.reason);
    if (entry.deliberationRef !== undefined) await this.page.getByTestId('avenant-deliberation-ref').fill(entry.deliberationRef);
    if (entry.signedOn !== undefined) await fillFrenchDate(this.page.getByTestId('avenant-signed-on'), entry.signedOn);
    return modal;
  }

  /** "Enregistrer…" on a document row of the convention page; the browser mode downloads it: its text through pdftotext. */
  async downloadDocument(rowKey: string): Promise<{ fileName: string; text: string }> {
    const downloaded = this.page.waitForEvent('download');
    await this.page.getByTestId(`document-${rowKey}-save`).click();
    const download = await downloaded;
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return { fileName: download.suggestedFilename(), text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
  }

  /** The id in the address of the convention page shown. */
  currentId(): number {
    return Number(/#\/conventions\/(\d+)/u.exec(this.page.url())?.[1]);
  }
}
