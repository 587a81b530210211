// `pacte scores import`, `pacte sessions results|reveal|avis` on a real database file: paper sheets
// all or nothing, results sealed until the reveal, the avis with a French amount.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte } from '../support/run-pacte.ts';
import { CHAIR_PIN, startNotation, type ScoringSetup } from '../support/scoring-session.ts';
import { FRENCH, openTestService } from '../support/test-app.ts';

/** Every juror's sheets: juror n scores every criterion n + 1 (the chair 1, with comments, Denis 4). */
function paperCsv(setup: ScoringSetup): string {
  const lines = ['juror;application;criterion;score;comment'];
  setup.jurors.forEach((juror, index) => {
    for (const application of setup.applications) {
      for (const criterion of setup.grid.criteria) lines.push([juror.name, application.title, criterion.key, String(index + 1), index === 0 ? 'Faible' : ''].join(';'));
    }
  });
  return `${lines.join('\n')}\n`;
}

describe('pacte scores and results', () => {
  it('imports paper sheets, keeps the results sealed until the reveal, then records an avis', async () => {
    const opened = openTestService();
    const setup = await startNotation(opened.service, { applications: 2 });
    opened.close();
    const db = opened.file;
    const sessionId = String(setup.sessionId);
    const [appA = 0] = setup.applicationIds;

    const bad = path.join(opened.dir, 'mauvais.csv');
    writeFileSync(bad, 'juror;application;criterion;score\nBruno Le Gall;Action A;mobilite;9\n');
    const refused = await pacte(['--db', db, 'scores', 'import', bad, '--seance', sessionId, '--pin-president', CHAIR_PIN]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Erreur — ligne 2, colonne « score » : « Mobilité » : la note 9 sort de l’échelle 0–4.');
    expect(refused.stderr).toContain('rien n’a été importé');

    const good = path.join(opened.dir, 'notes.csv');
    writeFileSync(good, paperCsv(setup));
    const wrongPin = await pacte(['--db', db, 'scores', 'import', good, '--seance', sessionId, '--pin-president', '0000']);
    expect(wrongPin).toMatchObject({ code: 1, stderr: expect.stringContaining('Code PIN du président incorrect.') });
    const imported = await pacte(['--db', db, 'scores', 'import', good, '--session', sessionId, '--pin-president', CHAIR_PIN]);
    expect(imported).toMatchObject({ code: 0, stdout: 'Import terminé : 8 fiche(s) papier, 56 note(s).\n' });

    expect((await pacte(['--db', db, 'sessions', 'status', '--seance', sessionId, '--statut', 'deliberation'])).code).toBe(0);
    const sealed = await pacte(['--db', db, 'sessions', 'results', sessionId, '--json']);
    expect(sealed.code).toBe(0);
    expect(JSON.parse(sealed.stdout)).toEqual([]);
    const sealedText = await pacte(['--db', db, 'sessions', 'results', sessionId]);
    expect(sealedText.stdout).toContain('Notes scellées');
    expect(sealedText.stdout).toContain('Bruno Le Gall\t2 / 2 fiche(s) complète(s)\tsoumis');

    const avisTooEarly = await pacte(['--db', db, 'sessions', 'avis', '--seance', sessionId, '--dossier', String(appA), '--avis', 'favorable', '--montant', '8 000']);
    expect(avisTooEarly.code).toBe(1);
    expect(avisTooEarly.stderr).toMatch(/Révélez d’abord les notes/u);

    const reveal = await pacte(['--db', db, 'sessions', 'reveal', sessionId, '--pin-president', CHAIR_PIN]);
    expect(reveal.code).toBe(0);
    expect(reveal.stdout).toContain('Notes révélées.');
    const results = JSON.parse((await pacte(['--db', db, 'sessions', 'results', sessionId, '--json'])).stdout) as Record<string, unknown>[];
    // Scores 1, 2, 3, 4 on 0–4 for everyone: 5, 10, 15, 20 on 20.
    expect(results).toEqual([
      { applicationId: appA, title: 'Action A', jurorsCounted: 4, mean: 12.5, median: 12.5, min: 5, max: 20, stdDev: Math.sqrt(31.25), disagreement: true, rank: 1, proposedAmountCents: null, avis: null },
      expect.objectContaining({ title: 'Action B', mean: 12.5, rank: 1 }),
    ]);

    const inspector = openTestService({ file: db }).database.sqlite;
    const before = snapshotTables(inspector);
    const tooMuch = await pacte(['--db', db, 'sessions', 'avis', '--seance', sessionId, '--dossier', String(appA), '--avis', 'favorable', '--montant', '12 000']);
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toMatch(/dépasse le montant demandé/u);
    expect(tooMuch.stderr).toMatch(FRENCH);
    const unknownKind = await pacte(['--db', db, 'sessions', 'avis', '--seance', sessionId, '--dossier', String(appA), '--avis', 'bof']);
    expect(unknownKind.code).toBe(1);
    expect(snapshotTables(inspector)).toEqual(before);

    const avis = await pacte(['--db', db, 'sessions', 'avis', '--seance', sessionId, '--dossier', String(appA), '--avis', 'favorable_sous_reserve', '--montant', '8 000', '--conditions', 'Bilan à mi-parcours']);
    expect(avis).toMatchObject({ code: 0, stdout: expect.stringContaining('Avis favorable sous réserve enregistré pour « Action A ».') });
    const after = JSON.parse((await pacte(['--db', db, 'sessions', 'results', sessionId, '--json'])).stdout) as { proposedAmountCents: number | null; avis: string | null }[];
    expect(after[0]).toMatchObject({ proposedAmountCents: 800_000, avis: 'favorable_sous_reserve' });
    const text = await pacte(['--db', db, 'sessions', 'results', sessionId]);
    expect(text.stdout).toContain('moyenne 12,50');
    expect(text.stdout).toContain('Favorable sous réserve');
    expect((await pacte(['--db', db, 'sessions', 'reveal', sessionId, '--pin-president', CHAIR_PIN])).stderr).toMatch(/déjà été révélées/u);
  });
});
