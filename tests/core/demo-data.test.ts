// The demo data shipped in resources/demo: loads whole on a fresh database, reads right, never loads twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSiretKeyValid } from '../../core/domain/identifiers.ts';
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
  it('loads one call, its providers and applications, all marked as demo data', async () => {
    const { service } = openTestService();
    const loaded = await service.invoke('demo.load', {});
    expect(loaded).toMatchObject({ status: 'created', providers: 27, applications: 40 });

    const calls = await service.invoke('calls.list', {});
    expect(calls).toHaveLength(1);
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
      if (application.status === 'depose') {
        expect(application.history.map((change) => [change.fromStatus, change.toStatus, change.reason])).toEqual([
          [null, 'brouillon', 'Dossier créé'],
          ['brouillon', 'depose', DEMO_STATUS_REASON],
        ]);
      } else {
        expect(application.status).toBe('brouillon');
      }
    }
    expect([...levers].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(details.some((application) => application.territories.some((territory) => territory.isPriority))).toBe(true);
    const statuses = details.map((application) => application.status);
    expect(statuses.filter((status) => status === 'depose').length).toBeGreaterThan(statuses.filter((status) => status === 'brouillon').length);
    expect(details.some((application) => application.isRenewal)).toBe(true);
    expect(details.some((application) => !application.isRenewal)).toBe(true);

    // Reported, not asserted: in a real call the requests usually exceed the envelope, and the CAI arbitrates.
    const requested = details.reduce((sum, application) => sum + application.budget.requestedFromCcasCents, 0);
    console.info(`Démonstration : ${formatEuros(requested)} demandés pour une enveloppe de ${formatEuros(call.envelopeCents)} (${requested > call.envelopeCents ? 'au-delà' : 'dans'} de l'enveloppe).`);
  });

  it('writes nothing the second time', async () => {
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

describe('pacte init --demo', () => {
  it('prints the counts, then says the data is already there', async () => {
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
