// `pacte eligibility show|tick` and `pacte applications status`: the recevabilité of a file from a script,
// French refusals (exit 1) that change nothing, and the year before the CAI driven by the CLI alone.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApplicationDetail, ApplicationEligibility, ApplicationSummary, SessionDetail } from '../../core/service/api.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH, fixturePath, openTestService, tempDir } from '../support/test-app.ts';

const CALL_POINT = 'Attestation d’assurance à jour';

/** Who the CLI's histories name: the operating-system user, as the service reads it. */
function expectedActor(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'utilisateur inconnu';
  }
}

type Year = { db: string; dir: string; velo: number; atelier: number; jardins: number };

/**
 * A call with one point of its own, the three providers and applications of the import fixtures
 * (Mobiliclés' vélo-école, Envie 35's renewal, Les Jardins du Blosne without SIRET), all "déposé".
 * Everything through the CLI, except the call's own point, which only the service sets today.
 */
async function seedYear(): Promise<Year> {
  const dir = tempDir();
  const db = path.join(dir, 'pacte.sqlite');
  expect((await pacte(['--db', db, 'calls', 'create', '--annee', '2018', '--titre', 'Appel 2018', '--enveloppe', '100 000'])).code).toBe(0);
  const { service, close } = openTestService({ file: db });
  await service.invoke('calls.update', { id: 1, year: 2018, title: 'Appel 2018', envelopeCents: 10_000_000, checklistItems: [{ label: CALL_POINT }] });
  close();
  expect((await pacte(['--db', db, 'providers', 'import', fixturePath('imports/prestataires-utf8-bom.csv')])).code).toBe(0);
  expect((await pacte(['--db', db, 'applications', 'import', fixturePath('imports/dossiers-utf8-bom.csv'), '--call', '1'])).code).toBe(0);
  const list = JSON.parse((await pacte(['--db', db, 'applications', 'list', '--json'])).stdout) as ApplicationSummary[];
  const idOf = (prefix: string) => list.find((item) => item.title.startsWith(prefix))?.id ?? 0;
  const year = { db, dir, velo: idOf('Vélo-école'), atelier: idOf('Atelier'), jardins: idOf('Jardins') };
  for (const id of [year.velo, year.atelier, year.jardins]) {
    expect((await pacte(['--db', db, 'applications', 'status', String(id), '--statut', 'depose'])).code).toBe(0);
  }
  return year;
}

/** The actor's name inside a pattern: a user name may hold characters that mean something to a regex. */
const actorPattern = () => expectedActor().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function attach(year: Year, id: number, types: string[]): Promise<void> {
  for (const type of types) {
    const file = path.join(year.dir, `${type}-${id}.pdf`);
    writeFileSync(file, `%PDF-1.4 ${type}`);
    expect((await pacte(['--db', year.db, 'applications', 'attach', String(id), file, '--type', type])).code).toBe(0);
  }
}

async function eligibilityOf(db: string, id: number): Promise<ApplicationEligibility> {
  return JSON.parse((await pacte(['--db', db, 'eligibility', 'show', String(id), '--json'])).stdout) as ApplicationEligibility;
}

describe('pacte eligibility show', () => {
  it('lists each point, computed or ticked by hand, met or not; --json gives the checklist', async () => {
    const year = await seedYear();
    const text = await pacte(['--db', year.db, 'eligibility', 'show', String(year.velo)]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain(`Recevabilité du dossier n° ${year.velo} « Vélo-école : apprendre à faire du vélo en équipe » (Mobiliclés) — statut : déposé\n`);
    expect(text.stdout).toContain('  [ ] dossier_complet\tDossier complet\tcalculé : manquant\tPièces manquantes : statuts, RIB');
    expect(text.stdout).toContain('  [x] siret_valide\tSIRET du prestataire valide\tcalculé : conforme\n');
    expect(text.stdout).toContain('  [ ] contrat_engagement_republicain\tContrat d’engagement républicain signé (associations)\tà cocher\tPièce non jointe au dossier.\n');
    expect(text.stdout).toContain('  [-] compte_rendu_financier\tCompte rendu financier du dernier financement déposé (renouvellements)\tsans objet\n');
    expect(text.stdout).toContain(`  [ ] call:1\t${CALL_POINT}\tà cocher\n`);
    expect(text.stdout).toContain('3 / 6 point(s) satisfait(s).\nLe dossier ne peut pas être déclaré recevable : « Dossier complet »');

    const json = await eligibilityOf(year.db, year.velo);
    expect(json).toMatchObject({ applicationId: year.velo, status: 'depose', okCount: 3, applicableCount: 6, ticks: [] });
    expect(json.recevableRefusal).toMatch(/^Le dossier ne peut pas être déclaré recevable/);
    expect(json.items.map((item) => [item.key, item.mode, item.state, item.checkedBy])).toEqual([
      ['dossier_complet', 'computed', 'missing', null],
      ['siret_valide', 'computed', 'ok', null],
      ['contrat_engagement_republicain', 'manual', 'to_check', null],
      ['compte_rendu_financier', 'manual', 'not_applicable', null],
      ['budget_equilibre', 'computed', 'ok', null],
      ['objectif_pacte', 'computed', 'ok', null],
      ['call:1', 'manual', 'to_check', null],
    ]);

    expect(await pacte(['--db', year.db, 'eligibility', 'show', '99'])).toMatchObject({ code: 1, stdout: '', stderr: 'pacte : Aucun dossier n° 99.\n' });
    expect((await pacte(['--db', year.db, 'eligibility', 'show', 'un'])).code).toBe(1);
  });
});

describe('pacte eligibility tick', () => {
  it('ticks a manual point with who, when and the note; --non unticks it; both stay in the history', async () => {
    const year = await seedYear();
    const before = new Date().toISOString();
    const ticked = await pacte(['--db', year.db, 'eligibility', 'tick', String(year.velo), '--point', 'call:1', '--motif', 'Attestation 2018 vue']);
    expect(ticked).toMatchObject({ code: 0, stderr: '' });
    expect(ticked.stdout).toBe(`« ${CALL_POINT} » coché pour le dossier n° ${year.velo}.\n4 / 6 point(s) satisfait(s).\nLe dossier ne peut pas être déclaré recevable : « Dossier complet », « Contrat d’engagement républicain signé (associations) » (à cocher).\n`);
    const after = await eligibilityOf(year.db, year.velo);
    const point = after.items.find((item) => item.key === 'call:1');
    expect(point).toMatchObject({ mode: 'manual', state: 'ok', detail: 'Attestation 2018 vue', checkedBy: expectedActor() });
    expect(point?.checkedAt && point.checkedAt >= before && point.checkedAt <= new Date().toISOString()).toBe(true);
    const shown = await pacte(['--db', year.db, 'eligibility', 'show', String(year.velo)]);
    expect(shown.stdout).toMatch(new RegExp(`  \\[x\\] call:1\\t${CALL_POINT}\\tcoché par ${actorPattern()} le \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\tAttestation 2018 vue\\n`));

    const unticked = await pacte(['--db', year.db, 'eligibility', 'tick', String(year.velo), '--point', 'call:1', '--non', '--motif', 'Attestation périmée', '--json']);
    expect(unticked.code).toBe(0);
    const json = JSON.parse(unticked.stdout) as ApplicationEligibility;
    expect(json.items.find((item) => item.key === 'call:1')).toMatchObject({ state: 'to_check', checkedBy: null });
    expect(json.ticks.map((tick) => [tick.itemKey, tick.isChecked, tick.note, tick.actor])).toEqual([
      ['call:1', false, 'Attestation périmée', expectedActor()],
      ['call:1', true, 'Attestation 2018 vue', expectedActor()],
    ]);
    const history = (await pacte(['--db', year.db, 'eligibility', 'show', String(year.velo)])).stdout;
    expect(history).toContain('Historique des coches (la plus récente d’abord) :\n');
    expect(history).toMatch(new RegExp(`\\t${actorPattern()}\\tdécoché\\t${CALL_POINT}\\tAttestation périmée\\n`));
  });

  it('refuses an unknown key by listing the keys to tick, and a computed, foreign or repeated tick, in French; nothing is written', async () => {
    const year = await seedYear();
    const inspector = openTestService({ file: year.db }).database.sqlite;
    const before = snapshotTables(inspector);
    const tick = (id: number, ...args: string[]) => pacte(['--db', year.db, 'eligibility', 'tick', String(id), ...args]);

    expect(await tick(year.velo, '--point', 'assurance')).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'pacte : Point de recevabilité inconnu : « assurance ». Points à cocher à la main pour ce dossier : contrat_engagement_republicain, call:1.\n' +
        '  - contrat_engagement_republicain : Contrat d’engagement républicain signé (associations)\n' +
        `  - call:1 : ${CALL_POINT}\n`,
    });
    expect((await tick(year.atelier, '--point', 'contrat_engagement_republicain')).stderr).toBe(
      'pacte : « Contrat d’engagement républicain signé (associations) » ne concerne pas ce dossier.\n',
    );
    expect(await tick(year.velo, '--point', 'siret_valide')).toMatchObject({ code: 1, stderr: 'pacte : « SIRET du prestataire valide » est vérifié par l’application ; il ne se coche pas à la main.\n' });
    expect(await tick(year.velo, '--point', 'call:1', '--non')).toMatchObject({ code: 1, stderr: `pacte : « ${CALL_POINT} » est déjà décoché.\n` });
    expect(await tick(year.velo)).toMatchObject({ code: 1, stderr: 'pacte : L\'option « --point <clé> » est obligatoire.\n' });
    expect(await tick(99, '--point', 'call:1')).toMatchObject({ code: 1, stderr: 'pacte : Aucun dossier n° 99.\n' });
    expect(snapshotTables(inspector)).toEqual(before);
  });
});

describe('pacte applications status', () => {
  it('refuses "recevable" while points are left, naming each with its key (exit 1, nothing written), then accepts it', async () => {
    const year = await seedYear();
    const inspector = openTestService({ file: year.db }).database.sqlite;
    const before = snapshotTables(inspector);
    const refused = await pacte(['--db', year.db, 'applications', 'status', String(year.atelier), '--statut', 'recevable']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      'pacte : Le dossier ne peut pas être déclaré recevable : « Dossier complet », « Compte rendu financier du dernier financement déposé (renouvellements) » (à cocher), « Attestation d’assurance à jour » (à cocher).\n' +
        '  - dossier_complet : Dossier complet : Pièces manquantes : statuts, RIB, budget prévisionnel, compte rendu financier du dernier financement.\n' +
        `  - compte_rendu_financier : Compte rendu financier du dernier financement déposé (renouvellements) : à cocher (pacte eligibility tick ${year.atelier} --point compte_rendu_financier)\n` +
        `  - call:1 : ${CALL_POINT} : à cocher (pacte eligibility tick ${year.atelier} --point call:1)\n`,
    );
    expect(snapshotTables(inspector)).toEqual(before);

    await attach(year, year.atelier, ['statuts', 'rib', 'budget', 'compte_rendu_financier']);
    for (const key of ['compte_rendu_financier', 'call:1']) expect((await pacte(['--db', year.db, 'eligibility', 'tick', String(year.atelier), '--point', key])).code).toBe(0);
    const accepted = await pacte(['--db', year.db, 'applications', 'status', String(year.atelier), '--statut', 'recevable']);
    expect(accepted).toMatchObject({ code: 0, stderr: '', stdout: `Le dossier n° ${year.atelier} « Atelier de réparation « Répar’Acteurs » » est maintenant recevable.\n` });
    expect((await pacte(['--db', year.db, 'eligibility', 'show', String(year.atelier)])).stdout).toContain('Tous les points sont satisfaits ; le dossier est déclaré recevable.\n');
    // A recevable file rests on its ticks: the decision is taken back first.
    const untick = await pacte(['--db', year.db, 'eligibility', 'tick', String(year.atelier), '--point', 'call:1', '--non']);
    expect(untick).toMatchObject({ code: 1, stderr: 'pacte : Ce dossier est déclaré recevable : repassez-le à « déposé » (avec un motif) avant de décocher un point.\n' });
  });

  it('"irrecevable" and every step back need --motif; --json returns the file with its history; a bad --statut is refused', async () => {
    const year = await seedYear();
    const status = (...args: string[]) => pacte(['--db', year.db, 'applications', 'status', String(year.jardins), ...args]);
    expect(await status('--statut', 'irrecevable')).toMatchObject({ code: 1, stderr: 'pacte : Indiquez le motif de l’irrecevabilité.\n' });
    expect((await status('--statut', 'refuse')).stderr).toBe('pacte : Valeur « refuse » refusée pour « --statut <statut> » : valeurs permises brouillon, depose, recevable, irrecevable.\n');
    expect((await status()).stderr).toBe('pacte : L\'option « --statut <statut> » est obligatoire.\n');

    const irrecevable = await status('--statut', 'irrecevable', '--motif', 'Pas de SIRET', '--json');
    expect(irrecevable.code).toBe(0);
    const detail = JSON.parse(irrecevable.stdout) as ApplicationDetail;
    expect(detail).toMatchObject({ id: year.jardins, status: 'irrecevable', statusReason: 'Pas de SIRET' });
    expect(detail.history.at(-1)).toMatchObject({ fromStatus: 'depose', toStatus: 'irrecevable', reason: 'Pas de SIRET', actor: expectedActor() });

    const back = await status('--statut', 'depose');
    expect(back.code).toBe(1);
    expect(back.stderr).toMatch(FRENCH);
    expect(back.stderr).toBe('pacte : Indiquez pourquoi le dossier revient de irrecevable à déposé.\n');
    expect(await status('--statut', 'depose', '--motif', 'SIRET reçu')).toMatchObject({ code: 0, stdout: `Le dossier n° ${year.jardins} « Jardins partagés au pied des immeubles » est maintenant déposé.\n` });
    expect(await status('--statut', 'brouillon', '--motif', 'Dossier à compléter')).toMatchObject({ code: 0 });
    expect((await status('--statut', 'recevable')).stderr).toBe('pacte : Un dossier brouillon ne peut pas passer directement à recevable.\n');
  });
});

describe('the year before the CAI, scripted', () => {
  it('a call, its applications, their documents, every point ticked and "recevable" through the CLI, then the agenda in the order typed', async () => {
    const year = await seedYear();
    const cli = async (...args: string[]) => {
      const run = await pacte(['--db', year.db, ...args]);
      expect(run, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      return run.stdout;
    };
    await attach(year, year.velo, ['statuts', 'rib', 'budget', 'contrat_engagement_republicain']);
    await attach(year, year.atelier, ['statuts', 'rib', 'budget', 'compte_rendu_financier']);
    for (const id of [year.velo, year.atelier]) {
      // What a script does: read the points left to tick, tick them, then declare the file recevable.
      const toTick = (await eligibilityOf(year.db, id)).items.filter((item) => item.state === 'to_check').map((item) => item.key);
      expect(toTick).toHaveLength(2);
      for (const key of toTick) await cli('eligibility', 'tick', String(id), '--point', key, '--motif', 'Vérifié sur pièce');
      expect(await eligibilityOf(year.db, id)).toMatchObject({ recevableRefusal: null, okCount: 6, applicableCount: 6 });
      await cli('applications', 'status', String(id), '--statut', 'recevable');
    }
    const recevables = JSON.parse(await cli('applications', 'list', '--status', 'recevable', '--json')) as ApplicationSummary[];
    expect(recevables.map((item) => item.id).sort()).toEqual([year.velo, year.atelier].sort());

    await cli('jurors', 'add', '--nom', 'Agnès Martin', '--role', 'responsable_dispositifs');
    await cli('jurors', 'add', '--nom', 'Bruno Le Gall', '--role', 'responsable_antenne');
    await cli('sessions', 'create', '--appel', '1', '--titre', 'CAI du 12 mars 2018', '--date', '12/03/2018', '--jure', '1', '2', '--president', '1');
    const agenda = JSON.parse(await cli('sessions', 'agenda', '--seance', '1', '--dossier', String(year.atelier), String(year.velo), '--json')) as SessionDetail;
    expect(agenda.agenda.map((item) => [item.position, item.applicationId])).toEqual([
      [1, year.atelier],
      [2, year.velo],
    ]);
    // A file that is not recevable does not go on the agenda, and the agenda stays as it was.
    const refused = await pacte(['--db', year.db, 'sessions', 'agenda', '--seance', '1', '--dossier', String(year.velo), String(year.jardins)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('« Jardins partagés au pied des immeubles » (Les Jardins du Blosne) n’est pas recevable (déposé)');
    const shown = await cli('sessions', 'show', '1');
    expect(shown).toContain(`  1.\t${year.atelier}\tAtelier de réparation « Répar’Acteurs »\tEnvie 35`);
    expect(shown).toContain(`  2.\t${year.velo}\tVélo-école : apprendre à faire du vélo en équipe\tMobiliclés`);
    // Every write of the walk went through the audit chain, unbroken.
    expect(await cli('audit', 'verify')).toMatch(/^Journal d’audit intègre : \d+ entrées vérifiées\.\nTête du journal : \d+:[0-9a-f]{64}\n$/);
  });
});
