// Page object of "Séances CAI" and "Membres du jury": the jury form, the session form and the session's
// page (attendance, PINs, agenda, conflicts, status); and the API steps that lay down what a session needs.
import type { Locator, Page } from '@playwright/test';
import { elideDe } from '../../../core/domain/french-gender.ts';
import { freshSiret } from '../../support/recevable-application.ts';
import { callApi } from './applications-page.ts';

const pdf = Buffer.from('%PDF-1.4 pièce de démonstration').toString('base64');

type PactLevers = { levers: { number: number; objectives: { operationalObjectives: { id: number }[] }[] }[] };

/**
 * A recevable application through the API, the road a manager takes (tests/support/recevable-application.ts):
 * a new association with a valid SIRET, a filed application, its documents, every manual point ticked, then recevable.
 */
export async function addRecevableApplication(page: Page, baseUrl: string, options: { callId: number; providerName: string; title: string; requestedCents?: number }): Promise<{ id: number; providerId: number }> {
  const { provider } = await callApi<{ provider: { id: number } }>(page, baseUrl, 'providers.create', { name: options.providerName, legalForm: 'association', siret: freshSiret() });
  const call = await callApi<{ year: number; pactId: number }>(page, baseUrl, 'calls.get', { id: options.callId });
  const pact = await callApi<PactLevers>(page, baseUrl, 'pacts.get', { pactId: call.pactId });
  const objectiveId = pact.levers.find((lever) => lever.number === 6)?.objectives[0]?.operationalObjectives[0]?.id;
  if (objectiveId === undefined) throw new Error('The pact has no operational objective in lever 6.');
  const requested = options.requestedCents ?? 1_000_000;
  const application = await callApi<{ id: number }>(page, baseUrl, 'applications.create', {
    callId: options.callId,
    providerId: provider.id,
    title: options.title,
    summary: 'Accompagner des allocataires du RSA vers l’emploi.',
    primaryObjectiveId: objectiveId,
    publics: ['rsa'],
    expectedParticipants: 20,
    startsOn: `${call.year}-01-08`,
    endsOn: `${call.year}-12-14`,
    mobility: 'Tickets de bus fournis.',
    budgetLines: [
      { account: '64', amountCents: requested },
      { account: '74-ccas', amountCents: requested },
    ],
  });
  await callApi(page, baseUrl, 'applications.setStatus', { id: application.id, status: 'depose' });
  for (const documentType of ['statuts', 'rib', 'budget', 'contrat_engagement_republicain']) {
    await callApi(page, baseUrl, 'attachments.add', { applicationId: application.id, documentType, fileName: `${documentType}.pdf`, contentBase64: pdf });
  }
  const eligibility = await callApi<{ items: { key: string; state: string }[] }>(page, baseUrl, 'eligibility.get', { applicationId: application.id });
  for (const item of eligibility.items.filter((candidate) => candidate.state === 'to_check')) {
    await callApi(page, baseUrl, 'eligibility.tick', { applicationId: application.id, itemKey: item.key, isChecked: true });
  }
  await callApi(page, baseUrl, 'applications.setStatus', { id: application.id, status: 'recevable' });
  return { id: application.id, providerId: provider.id };
}

export type SessionSeed = { callId: number; jurorIds: number[]; applications: { id: number; providerId: number }[] };

/** A 2018 call, two jury members (the chair by role, and a permanent member) and two recevable applications. */
export async function seedSessionNeeds(page: Page, baseUrl: string): Promise<SessionSeed> {
  await page.goto(baseUrl);
  const call = await callApi<{ id: number }>(page, baseUrl, 'calls.create', { year: 2018, title: 'Appel à projets 2018', envelopeCents: 42_000_000 });
  const jurorIds: number[] = [];
  for (const juror of [
    { name: 'Agnès Martin', role: 'responsable_dispositifs', organisation: 'CCAS de Rennes' },
    { name: 'Bruno Le Gall', role: 'responsable_antenne', organisation: 'Antenne Nord' },
  ]) {
    jurorIds.push((await callApi<{ id: number }>(page, baseUrl, 'jurors.create', juror)).id);
  }
  const applications = [
    await addRecevableApplication(page, baseUrl, { callId: call.id, providerName: 'Mobiliclés', title: 'Vélo-école' }),
    await addRecevableApplication(page, baseUrl, { callId: call.id, providerName: 'Envie 35', title: 'Atelier réemploi', requestedCents: 2_500_000 }),
  ];
  return { callId: call.id, jurorIds, applications };
}

export class SessionsPage {
  readonly memberRows: Locator;
  readonly quorum: Locator;
  readonly agendaRows: Locator;
  readonly conflictRows: Locator;
  readonly status: Locator;

  constructor(private readonly page: Page) {
    this.memberRows = page.getByTestId('member-row');
    this.quorum = page.getByTestId('session-quorum');
    this.agendaRows = page.getByTestId('agenda-row');
    this.conflictRows = page.getByTestId('conflict-row');
    this.status = page.getByTestId('session-detail').getByTestId('session-status');
  }

  /** Opens a Select (or MultiSelect) and takes the option of that name. */
  async choose(input: Locator, option: string | RegExp): Promise<void> {
    await input.click();
    await this.page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  }

  member(name: string): Locator {
    return this.memberRows.filter({ hasText: name });
  }

  async setAttendance(name: string, attendance: string, representedBy?: string): Promise<void> {
    const row = this.member(name);
    await this.choose(row.getByTestId('member-attendance'), attendance);
    if (representedBy) await this.choose(row.getByTestId('member-represented-by'), representedBy);
  }

  async setPin(name: string, pin: string, confirmation = pin): Promise<void> {
    await this.member(name).getByTestId('member-pin-set').click();
    const dialog = this.page.getByRole('dialog', { name: `Code PIN ${elideDe(name)}` });
    await dialog.getByRole('textbox', { name: 'Code PIN', exact: true }).fill(pin);
    await dialog.getByRole('textbox', { name: 'Confirmer le code' }).fill(confirmation);
    await dialog.getByTestId('member-pin-save').click();
  }

  /** The titles of the agenda, in discussion order. */
  async agendaTitles(): Promise<string[]> {
    return this.agendaRows.getByTestId('agenda-application').allInnerTexts();
  }
}
