// `pacte conventions|payments|recoveries` on a real database file: the whole chain from the avis to the
// closed convention driven by the CLI alone, the JSON shapes scripts rely on, and every refusal exiting 1
// in French with not one row changed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEuros } from '../../core/domain/money.ts';
import type { DraftReport, OverdueItem, Payment, Recovery } from '../../core/service/api.ts';
import { openService } from '../../core/service/open-service.ts';
import type { detailJson, summaryJson } from '../../electron/cli/commands/convention-output.ts';
import { boardSession, type BoardSetup } from '../support/board-session.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte, type Run } from '../support/run-pacte.ts';
import { CCAS } from '../support/signed-convention.ts';
import { FRENCH, openTestService, repoRoot, tempDir } from '../support/test-app.ts';
import { receiveBilanInFile } from '../support/received-bilan.ts';

type Shown = ReturnType<typeof detailJson>;
type Listed = ReturnType<typeof summaryJson>;

const LIST_FIELDS = ['id', 'number', 'applicationId', 'providerId', 'providerName', 'status', 'totalCents', 'paidCents', 'dueCents', 'mandatory'];
const SHOW_FIELDS = [...LIST_FIELDS, 'years', 'schedule', 'payments', 'recoveries', 'avenants', 'history'];
const SCHEDULE_FIELDS = ['rank', 'kind', 'plannedCents', 'trigger', 'plannedOn', 'dueOn', 'paidCents', 'supersededBy'];

// The closed board session (six avis, four favourable) is built once with the service, then copied for each test.
let baseDir = '';
let setup: BoardSetup;

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(os.tmpdir(), 'pacte-conventions-cli-'));
  const opened = openService({ databaseFile: path.join(baseDir, 'pacte.sqlite'), appRoot: repoRoot, now: () => new Date('2018-01-10T09:00:00.000Z'), actor: 'Marie Le Gall' });
  try {
    await opened.service.invoke('settings.saveOrganisation', CCAS);
    setup = await boardSession(opened.service);
  } finally {
    opened.close();
  }
});

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

type Base = { db: string; run: (...args: string[]) => Promise<Run>; json: <T>(...args: string[]) => Promise<T> };

function freshBase(): Base {
  const dir = tempDir();
  cpSync(baseDir, dir, { recursive: true });
  const db = path.join(dir, 'pacte.sqlite');
  const run = (...args: string[]) => pacte(['--db', db, ...args]);
  const json = async <T,>(...args: string[]): Promise<T> => {
    const result = await run(...args);
    expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout) as T;
  };
  return { db, run, json };
}

async function ok(base: Base, ...args: string[]): Promise<string> {
  const result = await base.run(...args);
  expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
  return result.stdout;
}

/** "23 000 €" as every amount is printed, with no-break spaces. */
const THRESHOLD = formatEuros(2_300_000).replace(',00', '');

const application = (prefix: string) => setup.applications.find((item) => item.title.startsWith(prefix)) ?? setup.applications[0]!;

describe('pacte conventions: the chain from the avis to the closed convention', () => {
  it('drafts (idempotent), lists with the exact JSON shape, then present → validate → sign → advance → avenant → bilan → balance → close', async () => {
    const base = freshBase();
    const inspector = openTestService({ file: base.db }).database.sqlite;
    const velo = application('Vélo');

    const one = await base.json<DraftReport>('conventions', 'draft', '--application', String(velo.id), '--json');
    expect(one.drafted.map((row) => [row.id, row.number, row.applicationId])).toEqual([[1, 'CONV-2018-001', velo.id]]);
    expect(one.skipped).toEqual([]);
    const rest = await ok(base, 'conventions', 'draft', '--session', String(setup.sessionId));
    expect(rest).toContain('3 convention(s) préparée(s) :\n');
    expect(rest).toContain(`  2\tCONV-2018-002\tMobiliclés\tLocation solidaire de scooters\t${formatEuros(900_000)}\tconvention obligatoire (plus de ${THRESHOLD} par an)\n`);
    expect(rest).toContain('Dossiers sans nouvelle convention :\n');
    expect(rest).toContain('\tThéâtre-forum sur la santé\tAvis non favorable : pas de convention.\n');
    // A second run drafts nothing and writes nothing.
    const before = snapshotTables(inspector);
    const again = await base.json<DraftReport>('conventions', 'draft', '--session', String(setup.sessionId), '--json');
    expect(again.drafted).toEqual([]);
    expect(again.skipped.map((row) => row.reason)).toEqual(['Avis non favorable : pas de convention.', 'Avis non favorable : pas de convention.']);
    expect(await ok(base, 'conventions', 'draft', '--application', String(velo.id))).toBe('Aucune nouvelle convention préparée.\n');
    expect(snapshotTables(inspector)).toEqual(before);

    const listed = await base.json<Listed[]>('conventions', 'list', '--json');
    for (const row of listed) expect(Object.keys(row)).toEqual(LIST_FIELDS);
    expect(listed).toEqual([
      { id: 1, number: 'CONV-2018-001', applicationId: velo.id, providerId: velo.providerId, providerName: 'Mobiliclés', status: 'brouillon', totalCents: 1_500_000, paidCents: 0, dueCents: 0, mandatory: true },
      { id: 2, number: 'CONV-2018-002', applicationId: application('Location').id, providerId: velo.providerId, providerName: 'Mobiliclés', status: 'brouillon', totalCents: 900_000, paidCents: 0, dueCents: 0, mandatory: true },
      { id: 3, number: 'CONV-2018-003', applicationId: application('Ateliers').id, providerId: application('Ateliers').providerId, providerName: 'Élan Créateur', status: 'brouillon', totalCents: 2_300_000, paidCents: 0, dueCents: 0, mandatory: false },
      { id: 4, number: 'CONV-2018-004', applicationId: application('Chantier').id, providerId: application('Chantier').providerId, providerName: 'Le Relais Pour l’Emploi', status: 'brouillon', totalCents: 2_300_001, paidCents: 0, dueCents: 0, mandatory: true },
    ]);
    const table = await ok(base, 'conventions', 'list');
    expect(table.split('\n')[0]).toBe('N°\tNuméro\tPrestataire\tAction\tStatut\tMontant\tVersé\tDû\tEn retard\tObligatoire');
    expect(table).toContain(`3\tCONV-2018-003\tÉlan Créateur\tAteliers d’estime de soi et d’expression\tBrouillon\t${formatEuros(2_300_000)}\t${formatEuros(0)}\t${formatEuros(0)}\t0\tnon\n`);
    expect(table.endsWith(`Total : 4 conventions ; montant ${formatEuros(7_000_001)} ; versé ${formatEuros(0)} ; dû ${formatEuros(0)} ; 0 en retard.\n`)).toBe(true);

    const presented = await ok(base, 'conventions', 'present', '1', '--motif', 'CA du 25 janvier.');
    expect(presented).toBe(`La convention CONV-2018-001 est maintenant au statut « Présentée au CA ».\nCONV-2018-001 (Mobiliclés) — statut : Présentée au CA ; montant ${formatEuros(1_500_000)} ; versé ${formatEuros(0)} ; dû ${formatEuros(0)}.\n`);
    const validated = await base.json<Shown>('conventions', 'validate', '1', '--deliberation', '2018-014', '--date', '25/01/2018', '--json');
    expect(Object.keys(validated)).toEqual(SHOW_FIELDS);
    expect(validated.status).toBe('validee_ca');
    expect(await ok(base, 'conventions', 'sign', '1', '--signature-prestataire', '01/02/2018', '--signature-ccas', '05/02/2018')).toContain('au statut « Signée »');
    // Signed in 2018 and not paid: the advance is past its deadline (05/02/2018 + 60 days) today.
    expect((await base.json<Listed[]>('conventions', 'list', '--overdue', '--json')).map((row) => [row.number, row.dueCents])).toEqual([['CONV-2018-001', 1_050_000]]);

    const advance = await base.json<{ payment: Payment; convention: Shown }>('payments', 'record', '--convention', '1', '--line', '1', '--montant', '10 500', '--date', '20/02/2018', '--mandat', 'M-2018-0042', '--json');
    expect(advance.payment).toMatchObject({ lineRank: 1, lineKind: 'avance', amountCents: 1_050_000, status: 'paye', paidOn: '2018-02-20', mandateRef: 'M-2018-0042' });
    expect(advance.convention).toMatchObject({ status: 'en_cours', paidCents: 1_050_000 });

    const avenant = await ok(base, 'conventions', 'avenant', '1', '--montant', '16 000', '--motif', 'Deux sessions de plus.', '--deliberation', '2018-077', '--date-deliberation', '20/06/2018', '--signature', '28/06/2018');
    expect(avenant).toContain(`Avenant n° 1 à CONV-2018-001 enregistré :\n  Montant de la subvention : ${formatEuros(1_500_000)} → ${formatEuros(1_600_000)}\n`);
    // The year's bilan, received from the provider: `conventions bilan` validates it.
    await receiveBilanInFile(base.db, 1, 2018, '2019-02-10');
    const bilan = await base.json<Shown>('conventions', 'bilan', '1', '--annee', '2018', '--date', '15/02/2019', '--json');
    expect(bilan.dueCents).toBe(550_000);
    const balance = bilan.schedule.find((line) => line.kind === 'solde' && line.supersededBy === null);
    expect(balance).toMatchObject({ rank: 3, plannedCents: 550_000, trigger: 'bilan', dueOn: '2019-04-16' });
    expect(await ok(base, 'payments', 'record', '--convention', '1', '--line', '3', '--montant', '5 500', '--date', '01/03/2019')).toContain('— statut : Soldée ;');
    const closed = await base.json<Shown>('conventions', 'close', '1', '--motif', 'Bilan conforme.', '--json');
    expect(closed.status).toBe('cloturee');
    expect(closed.history.map((event) => event.toStatus).filter(Boolean)).toEqual(['brouillon', 'presentee_ca', 'validee_ca', 'signee', 'en_cours', 'soldee', 'cloturee']);

    const shown = await base.json<Shown>('conventions', 'show', '1', '--json');
    expect(Object.keys(shown)).toEqual(SHOW_FIELDS);
    expect(shown).toMatchObject({ number: 'CONV-2018-001', status: 'cloturee', totalCents: 1_600_000, paidCents: 1_600_000, dueCents: 0, mandatory: true, years: [{ year: 2018, amountCents: 1_600_000 }] });
    for (const line of shown.schedule) expect(Object.keys(line)).toEqual(SCHEDULE_FIELDS);
    expect(shown.schedule.map((line) => [line.rank, line.kind, line.plannedCents, line.paidCents, line.supersededBy])).toEqual([
      [1, 'avance', 1_050_000, 1_050_000, null],
      [2, 'solde', 450_000, 0, 1],
      [3, 'solde', 550_000, 550_000, null],
    ]);
    expect(shown.avenants.map((item) => [item.rank, item.previousTotalCents, item.newTotalCents, item.caDeliberationRef, item.signedOn])).toEqual([[1, 1_500_000, 1_600_000, '2018-077', '2018-06-28']]);
    expect(shown.payments.map((item) => [item.lineRank, item.amountCents, item.status])).toEqual([[1, 1_050_000, 'paye'], [3, 550_000, 'paye']]);

    const text = await ok(base, 'conventions', 'show', '1');
    for (const expected of [
      'CONV-2018-001 — Convention de financement — Clôturée\n',
      'Délibération du CA : n° 2018-014 du 25/01/2018\n',
      'Signatures : prestataire le 01/02/2018 ; CCAS le 05/02/2018\n',
      '\nParties\n  Le CCAS : CCAS de Rennes ; SIRET 263 500 019 00017 ; représenté par Zoé Ménard, Vice-présidente du CCAS\n  Le prestataire : Mobiliclés',
      `\nMontants\n  Montant total : ${formatEuros(1_600_000)} ;`,
      `  2018 : ${formatEuros(1_600_000)} (bilan accepté le 15/02/2019)\n`,
      `\nConvention obligatoire (plus de ${THRESHOLD} par an)\n  Ce prestataire reçoit ${formatEuros(2_500_000)} du CCAS en 2018 : une convention est obligatoire (plus de ${THRESHOLD} par an). Somme de ses 2 conventions de l’année.\n`,
      `\nÉchéancier (avance : 70 %)\n  1. Avance 2018 — ${formatEuros(1_050_000)} — à la signature — exigible le 05/02/2018, à payer avant le 06/04/2018`,
      '— remplacée par l’avenant n° 1\n',
      `\nVersements\n  n° 1 — échéance 1 (avance) — ${formatEuros(1_050_000)} — payé le 20/02/2018 — mandat M-2018-0042 [Payé]\n`,
      `\nAvenants\n  Avenant n° 1 : ${formatEuros(1_500_000)} → ${formatEuros(1_600_000)} ; motif : Deux sessions de plus. ; délibération n° 2018-077 du 20/06/2018 ; signé le 28/06/2018\n`,
      '\nHistorique\n',
      'Brouillon → Présentée au CA — Présentée au conseil d’administration. Motif : CA du 25 janvier.\n',
      'Soldée → Clôturée — Clôturée. Motif : Bilan conforme.\n',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('corrects a draft, re-splits its schedule, signs an arrêté, mandates then pays or cancels, asks money back, lists what is late, ends conventions', async () => {
    const base = freshBase();
    await ok(base, 'conventions', 'draft', '--session', String(setup.sessionId));
    const elan = application('Ateliers');

    // Élan Créateur alone stays at 23 000 € a year: an arrêté attributif is allowed.
    const corrected = await base.json<Shown>(
      'conventions', 'update', '3', '--instrument', 'arrete', '--objet', 'Ateliers d’estime de soi, douze séances.', '--objet-publie', 'Ateliers d’estime de soi',
      '--debut', '01/02/2018', '--fin', '30/11/2018', '--motif', 'Arrêté : sous le seuil.', '--json',
    );
    expect(corrected.history.at(-1)).toMatchObject({ summary: 'Convention corrigée avant le CA.', reason: 'Arrêté : sous le seuil.' });
    const arrete = await ok(base, 'conventions', 'update', '3', '--montant', '22 000', '--motif', 'Budget revu.');
    expect(arrete).toBe(`Convention CONV-2018-003 corrigée (arrêté attributif, du 01/02/2018 au 30/11/2018).\nCONV-2018-003 (Élan Créateur) — statut : Brouillon ; montant ${formatEuros(2_200_000)} ; versé ${formatEuros(0)} ; dû ${formatEuros(0)}.\n`);
    const twoYears = await base.json<Shown>('conventions', 'update', '4', '--fin', '31/12/2019', '--annee', '2018=15 000', '2019=8 000,01', '--motif', 'Action sur deux ans.', '--json');
    expect(twoYears.years).toEqual([{ year: 2018, amountCents: 1_500_000 }, { year: 2019, amountCents: 800_001 }]);
    expect(twoYears.schedule.filter((line) => line.supersededBy === null).reduce((sum, line) => sum + line.plannedCents, 0)).toBe(2_300_001);
    const single = await base.json<Shown>('conventions', 'update', '2', '--montant', '9 500', '--annee', '2018=9 500', '--motif', 'Un scooter de plus.', '--json');
    expect(single.years).toEqual([{ year: 2018, amountCents: 950_000 }]);

    const resplit = await base.json<Shown>('conventions', 'schedule', '3', '--avance', '62,5', '--json');
    expect(resplit.schedule.map((line) => [line.kind, line.plannedCents])).toEqual([['avance', 1_375_000], ['solde', 825_000]]);
    expect(await ok(base, 'conventions', 'schedule', '2', '--avance', '70')).toContain(`Échéancier de CONV-2018-002 refait avec une avance de 70 % :\n  1. Avance 2018 : ${formatEuros(665_000)}\n  2. Solde 2018 : ${formatEuros(285_000)}\n`);

    expect(await base.json<Shown>('conventions', 'present', '3', '--json')).toMatchObject({ status: 'presentee_ca' });
    await ok(base, 'conventions', 'validate', '3', '--deliberation', '2018-015', '--date', '25/01/2018');
    // An arrêté carries only the CCAS's signature.
    expect(await base.json<Shown>('conventions', 'sign', '3', '--signature-ccas', '05/02/2018', '--json')).toMatchObject({ status: 'signee' });
    expect(await ok(base, 'conventions', 'start', '3')).toContain('au statut « En cours »');
    await ok(base, 'conventions', 'present', '4');
    await ok(base, 'conventions', 'validate', '4', '--deliberation', '2018-016', '--date', '25/01/2018');
    await ok(base, 'conventions', 'sign', '4', '--signature-prestataire', '02/02/2018', '--signature-ccas', '05/02/2018');
    expect(await base.json<Shown>('conventions', 'start', '4', '--json')).toMatchObject({ status: 'en_cours' });
    const amended = await base.json<Shown>(
      'conventions', 'avenant', '4', '--annee', '2018=15 000', '2019=9 000', '--fin', '31/03/2020', '--objet', 'Chantier d’insertion prolongé au printemps 2020.', '--motif', 'Prolongation.', '--json',
    );
    expect(amended).toMatchObject({ totalCents: 2_400_000, years: [{ year: 2018, amountCents: 1_500_000 }, { year: 2019, amountCents: 900_000 }] });
    expect(amended.avenants.map((item) => item.changes.map((change) => change.field))).toEqual([['montant', 'annees', 'fin', 'objet', 'echeancier']]);
    expect(amended.schedule.filter((line) => line.supersededBy === null).reduce((sum, line) => sum + line.plannedCents, 0)).toBe(2_400_000);

    const mandated = await base.json<{ payment: Payment; convention: Shown }>('payments', 'record', '--convention', '3', '--line', '1', '--montant', '10 000', '--mandat', 'M-7', '--json');
    expect(mandated.payment).toMatchObject({ amountCents: 1_000_000, status: 'mandate', mandateRef: 'M-7', paidOn: null });
    expect(await ok(base, 'payments', 'paid', String(mandated.payment.id), '--date', '01/03/2018')).toContain(`Versement n° ${mandated.payment.id} payé le 01/03/2018.\n  n° ${mandated.payment.id} — échéance 1 (avance) — ${formatEuros(1_000_000)} — payé le 01/03/2018 — mandat M-7 [Payé]\n`);
    const second = await ok(base, 'payments', 'record', '--convention', '3', '--line', '1', '--montant', '3 750', '--mandat', 'M-8');
    const secondId = /Versement n° (\d+) de/u.exec(second)?.[1] ?? '';
    expect(second).toContain(`Versement n° ${secondId} de ${formatEuros(375_000)} sur l’échéance n° 1 de CONV-2018-003 : mandaté.`);
    const cancelled = await base.json<{ payment: Payment }>('payments', 'cancel', secondId, '--motif', 'Erreur de RIB.', '--json');
    expect(cancelled.payment).toMatchObject({ status: 'annule', cancelReason: 'Erreur de RIB.' });

    const recovery = await base.json<{ recovery: Recovery; convention: Shown }>(
      'recoveries', 'record', '--convention', '3', '--montant', '1 000', '--cause', 'non_consomme', '--decision', 'TR-2019-12', '--echeance', '30/04/2019', '--motif', 'Deux ateliers annulés.', '--json',
    );
    expect(recovery.recovery).toMatchObject({ amountCents: 100_000, cause: 'non_consomme', decisionRef: 'TR-2019-12', dueOn: '2019-04-30', receivedOn: null, note: 'Deux ateliers annulés.' });
    expect(recovery.convention.recoveries).toHaveLength(1);
    const control = await ok(base, 'recoveries', 'record', '--convention', '3', '--montant', '500', '--cause', 'controle', '--decision', 'TR-2019-13');
    expect(control).toContain(`— ${formatEuros(50_000)} — Suite à un contrôle — décision TR-2019-13 — pas encore reçu\n`);
    expect(control).toContain(`reversement attendu ${formatEuros(150_000)}.\n`);
    const controlId = /Reversement n° (\d+) de/u.exec(control)?.[1] ?? '';
    expect(await ok(base, 'recoveries', 'receive', String(recovery.recovery.id), '--date', '02/04/2019')).toContain(`Reversement n° ${recovery.recovery.id} reçu le 02/04/2019.\n`);
    expect((await base.json<{ recovery: Recovery }>('recoveries', 'receive', controlId, '--date', '03/04/2019', '--json')).recovery).toMatchObject({ amountCents: 50_000, receivedOn: '2019-04-03' });

    // Long after 2018: the rest of the advance is late, and so are the balances waiting for a bilan.
    const overdue = await base.json<OverdueItem[]>('conventions', 'overdue', '--json');
    expect(overdue.filter((item) => item.number === 'CONV-2018-003').map((item) => [item.lineRank, item.reason, item.remainingCents])).toEqual([
      [1, 'versement', 375_000],
      [2, 'bilan', 825_000],
    ]);
    const overdueText = await ok(base, 'conventions', 'overdue');
    expect(overdueText).toContain(`3\tCONV-2018-003\tÉlan Créateur\téchéance n° 1 (avance 2018)\tà payer avant le 06/04/2018\treste ${formatEuros(375_000)}\n`);
    expect(overdueText).toContain(`\téchéance n° 2 (solde 2018)\tbilan 2018 attendu avant le 30/06/2019\treste ${formatEuros(825_000)}\n`);

    const filtered = await base.json<Listed[]>('conventions', 'list', '--year', '2018', '--status', 'en_cours', '--provider', String(elan.providerId), '--lever', '1', '--session', String(setup.sessionId), '--json');
    expect(filtered.map((row) => row.number)).toEqual(['CONV-2018-003']);
    expect(await base.json<Shown>('conventions', 'terminate', '3', '--motif', 'Association dissoute.', '--json')).toMatchObject({ status: 'resiliee' });
    expect(await ok(base, 'conventions', 'terminate', '4', '--motif', 'Chantier arrêté.')).toContain('au statut « Résiliée »');
    expect(await ok(base, 'conventions', 'abandon', '2', '--motif', 'Le garage partenaire s’est retiré.')).toContain('au statut « Abandonnée »');
    expect(await base.json<Shown>('conventions', 'abandon', '1', '--motif', 'Doublon.', '--json')).toMatchObject({ status: 'abandonnee' });
    expect((await base.json<Listed[]>('conventions', 'list', '--status', 'abandonnee', '--json')).map((row) => row.number)).toEqual(['CONV-2018-001', 'CONV-2018-002']);
    expect(await ok(base, 'conventions', 'list', '--status', 'brouillon')).toContain('Aucune convention ne correspond.');
  });
});

describe('pacte conventions: refusals', () => {
  it('refuses in French, exit 1, changing nothing: signature before the CA, payment over what is due, balance before its bilan, close with money due, and bad input', async () => {
    const base = freshBase();
    await ok(base, 'conventions', 'draft', '--session', String(setup.sessionId));
    await ok(base, 'conventions', 'present', '1');
    await ok(base, 'conventions', 'validate', '1', '--deliberation', '2018-014', '--date', '25/01/2018');
    await ok(base, 'conventions', 'sign', '1', '--signature-prestataire', '01/02/2018', '--signature-ccas', '05/02/2018');
    await ok(base, 'conventions', 'update', '4', '--fin', '31/12/2019', '--annee', '2018=15 000', '2019=8 000,01', '--motif', 'Action sur deux ans.');
    const inspector = openTestService({ file: base.db }).database.sqlite;

    /** One refused command: exit 1, nothing on stdout, the French reason once on stderr, not one row changed. */
    const refused = async (expected: string, ...args: string[]) => {
      const before = snapshotTables(inspector);
      const result = await base.run(...args);
      expect(result, args.join(' ')).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toMatch(FRENCH);
      expect(result.stderr).toContain(expected);
      expect(snapshotTables(inspector), args.join(' ')).toEqual(before);
      return result.stderr;
    };

    // The service's refusals, each said once (not echoed again as an issue).
    const beforeCa = await refused('doit être validée par le CA avant d’être signée', 'conventions', 'sign', '2', '--signature-prestataire', '01/02/2018', '--signature-ccas', '05/02/2018');
    expect(beforeCa.trim().split('\n')).toHaveLength(1);
    expect(await refused('dépasse', 'payments', 'record', '--convention', '1', '--line', '1', '--montant', '10 500,01', '--date', '20/02/2018', '--json')).not.toContain('\n  - ');
    await refused('attend l’acceptation du bilan 2018', 'payments', 'record', '--convention', '1', '--line', '2', '--montant', '4 500', '--date', '20/02/2018');
    await refused(`il reste ${formatEuros(1_500_000)} à verser`, 'conventions', 'close', '1');
    await refused('une convention est obligatoire', 'conventions', 'update', '2', '--instrument', 'arrete', '--motif', 'Essai.');
    await refused('ne change plus que par avenant', 'conventions', 'update', '1', '--objet', 'Autre objet', '--motif', 'Essai.');
    await refused('est pluriannuelle : indiquez le montant de chaque année avec --annee', 'conventions', 'update', '4', '--montant', '1 000', '--motif', 'Essai.');
    await refused('ne concordent pas', 'conventions', 'update', '2', '--montant', '9 000', '--annee', '2018=8 000', '--motif', 'Essai.');
    await refused('Rien à corriger', 'conventions', 'update', '2', '--motif', 'Essai.');
    await refused('signée et en vigueur', 'conventions', 'avenant', '2', '--montant', '10 000', '--motif', 'Essai.');
    await refused('--deliberation et --date-deliberation vont ensemble', 'conventions', 'avenant', '1', '--montant', '16 000', '--motif', 'Essai.', '--deliberation', '2018-077');
    await refused('ne couvre pas l’année 2019', 'conventions', 'bilan', '1', '--annee', '2019', '--date', '01/02/2019');
    await refused('ne peut pas passer au statut « résiliée »', 'conventions', 'terminate', '2', '--motif', 'Essai.');
    await refused('ne peut pas passer au statut « abandonnée »', 'conventions', 'abandon', '1', '--motif', 'Essai.');
    await refused('« signée » ne peut pas passer au statut « présentée au ca »', 'conventions', 'present', '1');
    await refused('Indiquez une séance ou un dossier', 'conventions', 'draft');
    await refused('Indiquez une séance ou un dossier', 'conventions', 'draft', '--session', String(setup.sessionId), '--application', '1');
    await refused('n’existe pas', 'conventions', 'show', '999');
    await refused('dépasse ce qui a été versé', 'recoveries', 'record', '--convention', '1', '--montant', '1 000', '--cause', 'non_consomme', '--decision', 'TR-1');
    await refused('n’existe pas', 'payments', 'paid', '999', '--date', '01/03/2018');
    await refused('n’existe pas', 'payments', 'cancel', '999', '--motif', 'Essai.');
    await refused('n’existe pas', 'recoveries', 'receive', '999', '--date', '01/03/2018');
    // Typed wrong: refused before anything is opened.
    await refused('Montant illisible', 'payments', 'record', '--convention', '1', '--line', '1', '--montant', 'dix euros');
    await refused('le montant ne peut pas être négatif', 'payments', 'record', '--convention', '1', '--line', '1', '--montant', '-5');
    await refused('Date impossible', 'conventions', 'validate', '2', '--deliberation', '2018-020', '--date', '31/02/2018');
    await refused('n’est pas un pourcentage entre 0 et 100', 'conventions', 'schedule', '2', '--avance', '120');
    await refused('n’est pas une année', 'conventions', 'list', '--year', '18');
    await refused('attendu ANNÉE=MONTANT', 'conventions', 'update', '2', '--annee', '9000', '--motif', 'Essai.');
    await refused('l’année 2018 est donnée deux fois', 'conventions', 'avenant', '1', '--annee', '2018=1', '2018=2', '--motif', 'Essai.');
    await refused('valeurs permises', 'conventions', 'list', '--status', 'signée');
    await refused('valeurs permises', 'recoveries', 'record', '--convention', '1', '--montant', '1', '--cause', 'perte', '--decision', 'TR-1');
    await refused('« --motif <texte> » est obligatoire', 'conventions', 'terminate', '1');
    await refused("« CONV-2018-001 » n'est pas un numéro", 'conventions', 'start', 'CONV-2018-001');

    // With a reason the balance may go before its bilan; the reason stays with the payment. Then later refusals on what now exists.
    const early = await base.json<{ payment: Payment }>('payments', 'record', '--convention', '1', '--line', '2', '--montant', '4 500', '--date', '20/02/2018', '--motif', 'Trésorerie fragile.', '--json');
    expect(early.payment).toMatchObject({ amountCents: 450_000, status: 'paye', overrideReason: 'Trésorerie fragile.' });
    await refused('Un versement payé ne s’annule pas', 'payments', 'cancel', String(early.payment.id), '--motif', 'Essai.');
    await refused('déjà payé', 'payments', 'paid', String(early.payment.id), '--date', '01/03/2018');
    const recovery = await base.json<{ recovery: Recovery }>('recoveries', 'record', '--convention', '1', '--montant', '100', '--cause', 'autre', '--decision', 'TR-2', '--json');
    await ok(base, 'recoveries', 'receive', String(recovery.recovery.id), '--date', '01/03/2019');
    await refused('déjà reçu', 'recoveries', 'receive', String(recovery.recovery.id), '--date', '02/03/2019');
    // And the convention ends well: bilan, the advance mandated then paid, closed.
    await receiveBilanInFile(base.db, 1, 2018, '2019-02-10');
    expect(await ok(base, 'conventions', 'bilan', '1', '--annee', '2018', '--date', '15/02/2019')).toContain('Bilan 2018 de CONV-2018-001 accepté le 15/02/2019.\n');
    const mandate = await base.json<{ payment: Payment }>('payments', 'record', '--convention', '1', '--line', '1', '--montant', '10 500', '--mandat', 'M-3', '--json');
    const paid = await base.json<{ payment: Payment; convention: Shown }>('payments', 'paid', String(mandate.payment.id), '--date', '20/02/2018', '--json');
    expect(paid.payment).toMatchObject({ status: 'paye', paidOn: '2018-02-20', mandateRef: 'M-3' });
    expect(paid.convention.status).toBe('soldee');
    expect(await ok(base, 'conventions', 'close', '1')).toContain('La convention CONV-2018-001 est maintenant au statut « Clôturée ».\n');
  });

  it('explains itself in French with --help', async () => {
    const groups = await pacte(['conventions', '--help']);
    expect(groups).toMatchObject({ code: 0, stderr: '' });
    expect(groups.stdout).toContain('Utilisation : pacte conventions [options] <commande>');
    for (const name of ['draft', 'list', 'show', 'overdue', 'present', 'validate', 'sign', 'start', 'close', 'terminate', 'abandon', 'update', 'schedule', 'bilan', 'avenant']) expect(groups.stdout).toMatch(new RegExp(`\\n  ${name} `, 'u'));
    const record = await pacte(['payments', 'record', '--help']);
    expect(record.stdout).toContain('--montant <montant>    montant versé, par exemple « 8 641,97 »');
    const recoveries = await pacte(['recoveries', 'record', '--help']);
    expect(recoveries.stdout.replace(/\s+/gu, ' ')).toContain('--cause <cause> cause du reversement (valeurs : non_consomme, non_realisation, contrat_engagement_republicain, controle, autre)');
    expect((await pacte(['payments'])).code).toBe(1);
  });
});
