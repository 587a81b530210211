// `pacte bilans …` and `pacte documents bilan` on a real database file: the expected bilan listed with
// its counts, validate / reject / incomplete / dispense exiting 0, or 1 in French with nothing changed,
// `conventions bilan` still validating the year's bilan, and the fiche bilan written as a PDF.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BilanDetail, BilanList } from '../../core/service/api.ts';
import { clock, insertReceivedBilan, prepareBase, signedApp } from '../core/bilans/lifecycle-fixtures.ts';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte } from '../support/run-pacte.ts';
import { FRENCH } from '../support/test-app.ts';

beforeAll(prepareBase);

/** A copy of the signed convention's base, closed, with its 2018 bilan received when asked. */
async function base(received: boolean) {
  const app = await signedApp(clock('2019-03-01T09:00:00.000Z'));
  const bilanId = received ? insertReceivedBilan(app.database.sqlite, app.conventionId, 2018) : 0;
  app.close();
  const run = (...args: string[]) => pacte(['--db', app.file, ...args]);
  const snapshot = () => {
    const sqlite = new Database(app.file, { readonly: true });
    try {
      return snapshotTables(sqlite);
    } finally {
      sqlite.close();
    }
  };
  return { ...app, bilanId, run, snapshot };
}

describe('pacte bilans', () => {
  it('lists the expected bilan with the counts of every status, and filters by status and lateness', async () => {
    const { run, conventionId } = await base(false);
    const listed = await run('bilans', 'list', '--year', '2018', '--json');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const list = JSON.parse(listed.stdout) as BilanList;
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ id: null, conventionId, year: 2018, status: 'attendu', dueOn: '2019-06-30', late: true });
    expect(list.counts).toEqual({ attendu: 1, recu: 0, incomplet: 0, valide: 0, rejete: 0, dispense: 0, late: 1, total: 1 });
    const none = JSON.parse((await run('bilans', 'list', '--status', 'valide', '--en-retard', '--json')).stdout) as BilanList;
    expect([none.total, none.rows]).toEqual([0, []]);
    const text = await run('bilans', 'list');
    expect(text.stdout).toContain('EN RETARD');
    expect(text.stdout).toContain('attendu 1');
    const wrong = await run('bilans', 'list', '--status', 'termine');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('n’est pas un statut de bilan');
  });

  it('validates a received bilan (the balance becomes payable), then refuses to reject it, exiting 1 in French with nothing changed', async () => {
    const { run, bilanId, snapshot, conventionId } = await base(true);
    const validated = await run('bilans', 'validate', String(bilanId), '--date', '15/02/2019');
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.stdout).toContain('le solde 2018 devient payable');
    const before = snapshot();
    const refused = await run('bilans', 'reject', String(bilanId), '--motif', 'Trop tard.');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(FRENCH);
    expect(refused.stderr).toContain('Seul un bilan reçu peut être rejeté');
    const again = await run('conventions', 'bilan', String(conventionId), '--annee', '2018', '--date', '16/02/2019');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('déjà validé');
    const outside = await run('bilans', 'dispense', '--convention', String(conventionId), '--year', '2019', '--motif', 'Année blanche.');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('ne couvre pas');
    expect(snapshot()).toEqual(before);
    const shown = JSON.parse((await run('bilans', 'show', String(bilanId), '--json')).stdout) as BilanDetail;
    expect(shown).toMatchObject({ status: 'valide', decidedOn: '2019-02-15', bilanAcceptedOn: '2019-02-15' });
  });

  it('marks a received bilan incomplete with its reason, and a missing reason is refused', async () => {
    const { run, bilanId } = await base(true);
    const missing = await run('bilans', 'incomplete', String(bilanId));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--motif');
    const marked = await run('bilans', 'incomplete', String(bilanId), '--motif', 'La répartition par âge manque.', '--json');
    expect(marked.code).toBe(0);
    expect(JSON.parse(marked.stdout)).toMatchObject({ status: 'incomplet', statusReason: 'La répartition par âge manque.', allowedActs: ['dispense'] });
  });

  it('keeps `pacte conventions bilan` working: it validates the year’s received bilan', async () => {
    const { run, bilanId, conventionId } = await base(true);
    const accepted = await run('conventions', 'bilan', String(conventionId), '--annee', '2018', '--date', '15/02/2019');
    expect(accepted).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse((await run('bilans', 'show', String(bilanId), '--json')).stdout)).toMatchObject({ status: 'valide' });
  });

  it('pages the list (--limit, --offset, --convention) and records the manager’s appraisal (appraisal --texte)', async () => {
    const { run, bilanId, conventionId } = await base(true);
    const page = JSON.parse((await run('bilans', 'list', '--convention', String(conventionId), '--limit', '1', '--offset', '0', '--json')).stdout) as BilanList;
    expect(page.rows.map((row) => row.id)).toEqual([bilanId]);
    const beyond = JSON.parse((await run('bilans', 'list', '--convention', String(conventionId), '--limit', '1', '--offset', '1', '--json')).stdout) as BilanList;
    // The total counts every matching bilan, whatever page is shown.
    expect([beyond.rows, beyond.total]).toEqual([[], page.total]);
    const appraised = await run('bilans', 'appraisal', String(bilanId), '--texte', 'Action bien conduite, public atteint.');
    expect(appraised).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse((await run('bilans', 'show', String(bilanId), '--json')).stdout)).toMatchObject({ appraisal: 'Action bien conduite, public atteint.' });
  });

  it('writes the fiche bilan with `pacte documents bilan`', async () => {
    const { run, bilanId, dir } = await base(true);
    const out = path.join(dir, 'fiche.pdf');
    const written = await run('documents', 'bilan', '--bilan', String(bilanId), '--out', out, '--json');
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(written.stdout)).toMatchObject({ file: out, reference: expect.stringMatching(/^BILAN-2018-CONV-2018-/u) });
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
