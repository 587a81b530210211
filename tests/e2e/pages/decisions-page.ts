// Page object of what the commission decided, where the manager looks for it: the application page (its
// decision, convention and locked status), the applications list (avis filter and sort), the provider's
// funding history and a call's page with more applications than it loads; and the API steps laying them down.
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { callApi, seedCallAndProvider } from './applications-page.ts';
import { CHAIR_PIN, JURORS, scoreThroughApi, seedScoringSession } from './jury-page.ts';

export type DecidedSeed = { sessionId: number; conventionNumber: string; applications: { id: number; title: string; providerId: number }[] };

/**
 * The 2018 session of jury-page.ts scored by the four jurors, revealed, "Action A" favourable at 8 000 €,
 * "Action B" refused, "Action C" adjourned, closed; then Action A's convention drafted, validated, signed
 * and its first line (5 600 €, the 70 % advance) paid.
 */
export async function seedDecidedSession(page: Page, baseUrl: string): Promise<DecidedSeed> {
  await page.goto(baseUrl);
  const seed = await seedScoringSession(page, baseUrl);
  for (const juror of JURORS) await scoreThroughApi(page, baseUrl, seed, juror.name, Object.fromEntries(seed.applications.map((application, index) => [application.id, () => (index + 3) % 5])));
  for (const jurorId of Object.values(seed.jurorIds)) await callApi(page, baseUrl, 'sessions.setAttendance', { sessionId: seed.sessionId, jurorId, attendance: 'present' });
  await callApi(page, baseUrl, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'deliberation' });
  await callApi(page, baseUrl, 'sessions.reveal', { sessionId: seed.sessionId, chairPin: CHAIR_PIN });
  const [first, second, third] = seed.applications;
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: first?.id, kind: 'favorable', proposedCents: 800_000, motivation: 'Action utile au pacte.' });
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: second?.id, kind: 'defavorable', reasons: 'Hors du champ du pacte.' });
  await callApi(page, baseUrl, 'sessions.setAvis', { sessionId: seed.sessionId, applicationId: third?.id, kind: 'ajourne', reasons: 'Budget à préciser.' });
  await callApi(page, baseUrl, 'sessions.setStatus', { sessionId: seed.sessionId, status: 'close' });
  const applications = [];
  for (const application of seed.applications) {
    const { providerId } = await callApi<{ providerId: number }>(page, baseUrl, 'applications.get', { id: application.id });
    applications.push({ ...application, providerId });
  }
  const { drafted } = await callApi<{ drafted: { id: number; number: string }[] }>(page, baseUrl, 'conventions.draft', { applicationId: first?.id });
  const convention = drafted[0];
  if (!convention) throw new Error('No convention drafted for Action A.');
  await callApi(page, baseUrl, 'conventions.update', { id: convention.id, instrument: 'arrete' });
  await callApi(page, baseUrl, 'conventions.present', { id: convention.id });
  await callApi(page, baseUrl, 'conventions.validate', { id: convention.id, deliberationRef: '2018-014', deliberationOn: '2018-04-05' });
  await callApi(page, baseUrl, 'conventions.sign', { id: convention.id, signedCcasOn: '2018-04-10' });
  await callApi(page, baseUrl, 'payments.record', { conventionId: convention.id, lineRank: 1, amountCents: 560_000, paidOn: '2018-04-20', mandateRef: 'M-7' });
  return { sessionId: seed.sessionId, conventionNumber: convention.number, applications };
}

/** A 2018 call with `count` applications of Mobiliclés, the n-th asking n × 1 000,01 € (n from 1). */
export async function seedCallWithApplications(page: Page, baseUrl: string, count: number): Promise<{ callId: number; requestedCents: number }> {
  const seed = await seedCallAndProvider(page, baseUrl);
  const objectiveId = seed.objective('6.1.1');
  let requestedCents = 0;
  for (let n = 1; n <= count; n += 1) {
    const amount = n * 100_001;
    requestedCents += amount;
    await callApi(page, baseUrl, 'applications.create', {
      callId: seed.callId,
      providerId: seed.providerId,
      title: `Action ${String(n).padStart(3, '0')}`,
      primaryObjectiveId: objectiveId,
      budgetLines: [
        { account: '64', amountCents: amount },
        { account: '74-ccas', amountCents: amount },
      ],
    });
  }
  return { callId: seed.callId, requestedCents };
}

export class DecisionsPage {
  readonly decisions: Locator;
  readonly decision: Locator;
  readonly convention: Locator;
  readonly statusLocked: Locator;
  readonly funding: Locator;
  readonly relatedCount: Locator;
  readonly listCount: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.decisions = page.getByTestId('decisions-section');
    this.decision = page.getByTestId('decision');
    this.convention = page.getByTestId('decision-convention');
    this.statusLocked = page.getByTestId('status-locked');
    this.funding = page.getByTestId('provider-funding');
    this.relatedCount = page.getByTestId('related-applications-count');
    this.listCount = page.getByTestId('applications-count');
    this.rows = page.getByTestId('application-row');
  }

  async openApplication(baseUrl: string, id: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/dossiers/${id}`);
    await this.page.getByTestId('application-detail').waitFor();
  }

  async openProvider(baseUrl: string, id: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/prestataires/${id}`);
    await this.funding.or(this.page.getByText('Aucun dossier, donc aucun financement')).waitFor();
  }

  async openCall(baseUrl: string, id: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/appels-a-projets/${id}`);
    await this.page.getByTestId('related-applications').waitFor();
  }

  async openList(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/dossiers${query === '' ? '' : `?${query}`}`);
    await this.rows.first().or(this.page.getByTestId('applications-no-match')).waitFor();
  }

  /** Picks a choice in a Mantine select by its label. */
  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  statusButton(status: string): Locator {
    return this.page.getByTestId(`status-to-${status}`);
  }

  fundingYear(year: number): Locator {
    return this.page.locator(`[data-testid="funding-year"][data-year="${year}"]`);
  }

  /** 1280×720, the smallest screen the issue asks for; outside test-results/, which each run empties. */
  async shot(name: string): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 720 });
    await this.page.screenshot({ path: path.join(process.env.PACTE_SHOTS ?? path.join(os.tmpdir(), 'pacte-shots'), `issue10-${name}.png`) });
  }
}
