// The demo data shipped in resources/demo: loads whole on a fresh database, reads right, never loads twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSiretKeyValid } from '../../core/domain/identifiers.ts';
import type { OverdueItem } from '../../core/service/api.ts';
import { formatEuros } from '../../core/domain/money.ts';
import { DEMO_FILE, DEMO_STATUS_REASON, loadDemo, readDemoFile } from '../../core/service/demo/demo-handlers.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte } from '../support/run-pacte.ts';
import { openTestService, repoRoot, tempDir } from '../support/test-app.ts';

const resourcesDir = path.join(repoRoot, 'resources');
// The file's notes name these on purpose: the eligibility checks must have something to find.
const UNBALANCED = ['Jardin solidaire de Villejean'];
const WITHOUT_OBJECTIVE = ['Pass numérique : faire reconnaître ses acquis'];

describe('the demo data file', () => {
  it('is fictional and says what it gets wrong on purpose', () => {
    const file = readDemoFile(resourcesDir);
    expect(file.call.title).toContain('démonstration');
    expect(file.providers.length).toBeGreaterThanOrEqual(22);
    expect(file.providers.length).toBeLessThanOrEqual(30);
    expect(file.applications.length).toBeGreaterThanOrEqual(36);
    expect(file.applications.length).toBeLessThanOrEqual(45);
    for (const provider of file.providers) {
      expect(provider.siret !== null && isSiretKeyValid(provider.siret), `${provider.name} : SIRET ${provider.siret}`).toBe(true);
      expect(provider.contactEmail).toMatch(/\.demo\.invalid$/u);
      expect(provider.address).toMatch(/Démonstration|Exemple|Maquette|Jeu-d’Essai/u);
      expect(provider.legalForm === 'association').toBe(provider.rna !== null);
    }
    const notes = file.notes.join('\n');
    for (const title of [...UNBALANCED, ...WITHOUT_OBJECTIVE]) expect(notes).toContain(title);
    expect(file.applications.filter((application) => application.primaryObjective === null).map((application) => application.title)).toEqual(WITHOUT_OBJECTIVE);
  });
});

describe('demo.load', () => {
  it('loads one call, its providers and applications, all marked as demo data', { timeout: 120_000 }, async () => {
    const { service } = openTestService();
    const loaded = await service.invoke('demo.load', {});
    expect(loaded).toMatchObject({ status: 'created', providers: 27, applications: 40, jurors: 6, conventions: 26 });

    // The year's call, and the open call a newcomer holds a session on (demo-open-call.test.ts).
    const calls = await service.invoke('calls.list', {});
    expect(calls.map((call) => call.id).sort()).toEqual([loaded.callId, loaded.openCall?.callId].sort());
    const call = await service.invoke('calls.get', { id: loaded.callId });
    expect(call).toMatchObject({ year: 2018, isDemo: true, pactCode: 'PRI-2017-2021', status: 'clos' });
    expect(call.leverEnvelopes.map((envelope) => envelope.leverNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(call.priorities).toMatch(/QPV/u);
    expect(call.priorities).toMatch(/mobilité/u);

    const providers = await service.invoke('providers.list', { limit: 500 });
    expect(providers.total).toBe(27);
    expect(providers.items.every((provider) => provider.isDemo && provider.siret !== null && isSiretKeyValid(provider.siret))).toBe(true);

    const list = await service.invoke('applications.list', { callId: loaded.callId, limit: 500 });
    expect(list.total).toBe(40);
    expect(new Set(list.items.map((item) => item.providerId)).size).toBe(27);
    const details = await Promise.all(list.items.map((item) => service.invoke('applications.get', { id: item.id })));

    const levers = new Set<number>();
    for (const application of details) {
      expect(application.isDemo).toBe(true);
      expect(application.expectedRsaParticipants).toBeLessThanOrEqual(application.expectedParticipants);
      expect(application.startsOn?.startsWith('2018')).toBe(true);
      expect(application.mobility).not.toBe('');
      expect(application.indicators.length).toBeGreaterThanOrEqual(1);
      expect(application.indicators.length).toBeLessThanOrEqual(3);
      expect(application.budget.requestedFromCcasCents).toBeGreaterThanOrEqual(500_000);
      expect(application.budget.requestedFromCcasCents).toBeLessThanOrEqual(4_000_000);
      expect(application.budget.coFundersCents).toBeGreaterThan(0);
      expect(application.budgetProblems.length === 0, `${application.title} : ${application.budgetProblems.join(' ')}`).toBe(!UNBALANCED.includes(application.title));
      expect(application.objectives.some((objective) => objective.isPrimary)).toBe(!WITHOUT_OBJECTIVE.includes(application.title));
      for (const objective of application.objectives) if (objective.isPrimary) levers.add(objective.leverNumber);
      expect(application.territories.length).toBeGreaterThan(0);
      const deposited = [
        [null, 'brouillon', 'Dossier créé'],
        ['brouillon', 'depose', DEMO_STATUS_REASON],
      ];
      const history = application.history.map((change) => [change.fromStatus, change.toStatus, change.reason]);
      if (application.status === 'brouillon') expect(history).toEqual([deposited[0]]);
      else if (application.status === 'depose') expect(history).toEqual(deposited);
      // Then the recevabilité of the demo year, through the same checklist as anyone's.
      else if (application.status === 'recevable') expect(history).toEqual([...deposited, ['depose', 'recevable', '']]);
      else expect(history).toEqual([...deposited, ['depose', 'irrecevable', expect.stringContaining('un seul dossier par action')]]);
    }
    expect([...levers].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(details.some((application) => application.territories.some((territory) => territory.isPriority))).toBe(true);
    const statuses = details.map((application) => application.status);
    expect(statuses.filter((status) => status !== 'brouillon').length).toBeGreaterThan(statuses.filter((status) => status === 'brouillon').length);
    // The files the notes name stay deposited for the checks to find something; the others were examined.
    for (const title of UNBALANCED) expect(details.find((application) => application.title === title)?.status).toBe('depose');
    expect(statuses.filter((status) => status === 'recevable')).toHaveLength(31);
    expect(statuses.filter((status) => status === 'irrecevable')).toHaveLength(1);
    expect(details.some((application) => application.isRenewal)).toBe(true);
    expect(details.some((application) => !application.isRenewal)).toBe(true);

    // Reported, not asserted: in a real call the requests usually exceed the envelope, and the CAI arbitrates.
    const requested = details.reduce((sum, application) => sum + application.budget.requestedFromCcasCents, 0);
    console.info(`Démonstration : ${formatEuros(requested)} demandés pour une enveloppe de ${formatEuros(call.envelopeCents)} (${requested > call.envelopeCents ? 'au-delà' : 'dans'} de l'enveloppe).`);
  });

  it('writes nothing the second time', { timeout: 120_000 }, async () => {
    const { service, database } = openTestService();
    const first = await service.invoke('demo.load', {});
    const before = snapshotTables(database.sqlite);
    const second = await service.invoke('demo.load', {});
    expect(second).toEqual({ ...first, status: 'unchanged' });
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });

  it('refuses a file with an unknown code and leaves the database as it was', () => {
    const { service, database } = openTestService();
    const broken = readDemoFile(resourcesDir);
    const application = broken.applications[broken.applications.length - 1]!;
    application.secondaryObjectives = ['9.9.9'];
    const dir = tempDir();
    mkdirSync(path.join(dir, path.dirname(DEMO_FILE)), { recursive: true });
    writeFileSync(path.join(dir, DEMO_FILE), JSON.stringify(broken));
    const before = snapshotTables(database.sqlite);
    expect(() => loadDemo({ ...service.context, resourcesDir: dir })).toThrow(/unknown operational objective "9\.9\.9"/u);
    expect(snapshotTables(database.sqlite)).toEqual(before);
  });
});

/** Timestamps and dates written by the demo; the tables the app fills at its own start (pact, grid, territories and their QPV flags, the indicators' catalogue) and the audit log aside. */
function datesOutside(sqlite: Parameters<typeof snapshotTables>[0], from: string, to: string): string[] {
  const skipped = /^(audit_log|pacts|pact_.*|territories|territory_flags|indicator_definitions|evaluation_grids|__drizzle_migrations|.*_fts.*|organisation|signatories)$/u;
  const outside: string[] = [];
  for (const [table, rows] of Object.entries(snapshotTables(sqlite))) {
    if (skipped.test(table)) continue;
    for (const row of rows as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/u.test(value) && (value.slice(0, 10) < from || value.slice(0, 10) > to)) outside.push(`${table}.${column} = ${value}`);
      }
    }
  }
  return outside;
}

describe('the demo year', () => {
  it('gives a closed CAI with its jury, scores and avis, and conventions at every status, with dates from the data, not the clock', { timeout: 180_000 }, async () => {
    // A clock far from the demo's years: nothing of the demo may take its dates from it.
    let clock = new Date('2031-05-04T10:00:00.000Z');
    const { service, database } = openTestService({ now: () => clock });
    // An organisation that pays no advance: the demo's conventions get their own 70 % split, the setting stays.
    await service.invoke('settings.saveOrganisation', { name: 'CCAS de Rennes', department: '', address: '', postalCode: '', city: '', phone: '', email: '', logoDataUrl: null, conventionAdvancePercent: 0, signatories: [] });
    const loaded = await service.invoke('demo.load', {});
    expect(loaded).toMatchObject({ status: 'created', jurors: 6, conventions: 26 });
    expect(datesOutside(database.sqlite, '2017-09-01', '2019-12-31')).toEqual([]);

    // The jury: kept across years, marked as demo data like the rest.
    const jurors = await service.invoke('jurors.list', {});
    expect(jurors).toHaveLength(6);
    expect(jurors.every((juror) => juror.isDemo)).toBe(true);

    // The session: closed, quorum reached, every present member's sheets submitted, scores revealed, an avis on every file.
    const session = await service.invoke('sessions.get', { id: loaded.sessionId ?? 0 });
    expect(session).toMatchObject({ status: 'close', isDemo: true, heldOn: '2017-12-12', callId: loaded.callId });
    expect(session.quorum.reached).toBe(true);
    expect(session.agenda).toHaveLength(31);
    expect(session.conflicts).toHaveLength(1);
    for (const member of session.members.filter((candidate) => candidate.attendance === 'present')) expect(member.submittedCount, member.name).toBe(member.toScoreCount);
    const results = await service.invoke('sessions.results', { sessionId: session.id });
    expect(results.revealedAt).toBe('2017-12-12T09:50:00.000Z');
    // Scored on paper and imported by the chair; the excused substitute has no sheet.
    const sources = results.progress.map((progress) => progress.source);
    expect(sources.filter((source) => source === 'paper')).toHaveLength(5);
    expect(sources.filter((source) => source === null)).toHaveLength(1);
    expect(results.outcomes.every((outcome) => outcome.avis !== null && outcome.mean !== null)).toBe(true);
    expect(new Set(results.outcomes.map((outcome) => outcome.avis?.kind))).toEqual(new Set(['favorable', 'favorable_sous_reserve', 'ajourne', 'defavorable']));
    expect(results.outcomes.some((outcome) => outcome.disagreement)).toBe(true);
    expect(results.envelope.overEnvelope).toBe(false);

    // The conventions: one per favourable avis, at every status, all marked as demo data.
    const { rows, totals } = await service.invoke('conventions.list', {});
    const funded = results.outcomes.filter((outcome) => outcome.avis?.kind === 'favorable' || outcome.avis?.kind === 'favorable_sous_reserve');
    expect(rows.map((row) => row.applicationId).sort()).toEqual(funded.map((outcome) => outcome.applicationId).sort());
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee', 'resiliee', 'abandonnee']));
    expect(rows.every((row) => row.isDemo && row.sessionId === session.id)).toBe(true);
    expect(rows.filter((row) => row.instrument === 'arrete').map((row) => row.mandatory)).toEqual([false]);
    const details = await Promise.all(rows.map((row) => service.invoke('conventions.get', { id: row.id })));
    const multiYear = details.filter((detail) => detail.years.length > 1);
    expect(multiYear.length).toBeGreaterThanOrEqual(1);
    for (const detail of multiYear) expect(detail.duration).toBe('pluriannuelle');
    const amended = details.filter((detail) => detail.avenants.length > 0);
    expect(amended).toHaveLength(1);
    expect(amended[0]?.schedule.some((line) => line.supersededBy === 1)).toBe(true);
    // Over 23 000 € a year for one provider: a convention is mandatory, and the list says so.
    const mandatory = rows.filter((row) => row.mandatory);
    expect(mandatory.length).toBeGreaterThanOrEqual(1);
    expect(mandatory.some((row) => row.totalCents > 2_300_000)).toBe(true);
    for (const row of mandatory) expect(details.find((detail) => detail.id === row.id)?.providerYears.some((year) => year.totalCents > 2_300_000)).toBe(true);
    // Money: payments paid, one ordered and not paid yet, one cancelled, a recovery still open.
    const payments = details.flatMap((detail) => detail.payments);
    expect(payments.filter((payment) => payment.status === 'paye').length).toBeGreaterThan(20);
    expect(payments.some((payment) => payment.status === 'mandate')).toBe(true);
    expect(payments.some((payment) => payment.status === 'annule')).toBe(true);
    expect(totals.paidCents).toBe(payments.filter((payment) => payment.status === 'paye').reduce((sum, payment) => sum + payment.amountCents, 0));
    expect(rows.find((row) => row.status === 'resiliee')?.openRecoveryCents).toBeGreaterThan(0);
    for (const detail of details.filter((candidate) => candidate.status === 'cloturee' || candidate.status === 'soldee')) expect(detail.paidCents).toBe(detail.totalCents);
    expect(details.every((detail) => detail.advanceBp === 7000)).toBe(true);
    expect((await service.invoke('settings.getOrganisation', {})).conventionAdvancePercent).toBe(0);

    // An overdue balance: its bilan accepted, its deadline passed, unpaid — overdue at the demo's last day and at any later one.
    const overdueBalance = (list: OverdueItem[]) => list.filter((item) => item.kind === 'solde' && item.reason === 'versement');
    for (const today of ['2019-06-28', '2031-05-04', '2100-01-01']) {
      clock = new Date(`${today}T12:00:00.000Z`);
      const overdue = await service.invoke('conventions.list', { overdue: true });
      expect(overdue.rows.length, today).toBeGreaterThanOrEqual(1);
      const balances = overdueBalance(await service.invoke('conventions.listOverdue', {}));
      expect(balances.length, today).toBeGreaterThanOrEqual(1);
      expect(overdue.rows.map((row) => row.id)).toContain(balances[0]?.conventionId);
    }
  });
});

describe('pacte init --demo', () => {
  it('prints the counts, then says the data is already there', { timeout: 120_000 }, async () => {
    const db = path.join(tempDir(), 'pacte.sqlite');
    const run = await pacte(['--db', db, 'init', '--demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Données de démonstration chargées : 1 appel, 27 prestataires, 40 dossiers.');
    const again = await pacte(['--db', db, 'init', '--demo']);
    expect(again.stdout).toContain('Données de démonstration déjà présentes : 1 appel, 27 prestataires, 40 dossiers');
    const json = await pacte(['--db', db, 'init', '--demo', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ demo: { status: 'unchanged', providers: 27, applications: 40 } });
  });
});
