// `pacte bilans workbook` and `pacte bilans import` on a real database file: one workbook or a session's,
// a folder of returned workbooks imported each all or nothing, a line per file, a summary, exit 1 when
// any file was refused; a dry run writes nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotTables } from '../support/db-snapshot.ts';
import { pacte } from '../support/run-pacte.ts';
import { openTestService, tempDir } from '../support/test-app.ts';
import { buildRollupBase, copyOfBase, type RollupBase } from '../support/validated-bilans.ts';
import { fillWorkbook, GOOD_FILL } from '../core/bilans/workbook-fill.ts';

let shared: RollupBase;
beforeAll(async () => {
  shared = await buildRollupBase();
}, 60_000);
afterAll(() => shared.remove());

describe('pacte bilans workbook / import', () => {
  it('writes one workbook, or one per convention of a session', async () => {
    const file = copyOfBase(shared);
    const dir = tempDir();
    const one = await pacte(['--db', file, 'bilans', 'workbook', '--convention', String(shared.conventions[0]?.id), '--year', '2018', '--out', path.join(dir, 'un.xlsx')]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Classeur écrit : .*un\.xlsx \(\d+ octets\)\n$/u);
    const app = openTestService({ file });
    const sessionId = (app.database.sqlite.prepare('select session_id as id from conventions limit 1').get() as { id: number }).id;
    app.close();
    const all = await pacte(['--db', file, 'bilans', 'workbook', '--session', String(sessionId), '--out', path.join(dir, 'seance'), '--json']);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as unknown[]).length).toBe(4);
    expect(readdirSync(path.join(dir, 'seance')).sort()).toEqual(['bilan-2018-CONV-2018-001.xlsx', 'bilan-2018-CONV-2018-002.xlsx', 'bilan-2018-CONV-2018-003.xlsx', 'bilan-2018-CONV-2018-004.xlsx']);
    const wrong = await pacte(['--db', file, 'bilans', 'workbook', '--convention', '1', '--year', '2019', '--out', path.join(dir, 'x.xlsx')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/ne couvre pas l’année 2019/u);
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  it('imports a folder: each workbook all or nothing, a line per file, a summary, exit 1 when one is refused', async () => {
    const file = copyOfBase(shared);
    const dir = tempDir();
    const returned = path.join(dir, 'retours');
    mkdirSync(returned);
    for (const [index, convention] of shared.conventions.slice(0, 2).entries()) {
      const out = path.join(dir, `vierge-${index}.xlsx`);
      expect((await pacte(['--db', file, 'bilans', 'workbook', '--convention', String(convention.id), '--year', '2018', '--out', out])).code).toBe(0);
      // The second provider's sex breakdown is one short of its total.
      const fill = index === 0 ? GOOD_FILL : { ...GOOD_FILL, actual: [], values: (GOOD_FILL.values ?? []).filter((value) => value.category !== 'nr') };
      writeFileSync(path.join(returned, `retour-${index}.xlsx`), await fillWorkbook(readFileSync(out), fill));
    }

    const app = openTestService({ file });
    const before = snapshotTables(app.database.sqlite);
    app.close();
    const dry = await pacte(['--db', file, 'bilans', 'import', returned, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    const report = JSON.parse(dry.stdout) as { summary: Record<string, unknown>; reports: { ok: boolean; problems: { message: string }[] }[] };
    expect(report.summary).toEqual({ files: 2, accepted: 1, refused: 1, changed: 1, dryRun: true });
    expect(report.reports[1]?.problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/^Indicateurs, ligne \d+, colonne F : IC01 : la ventilation « sexe » fait 11 au lieu du total 12/u));
    const afterDry = openTestService({ file });
    expect(snapshotTables(afterDry.database.sqlite)).toEqual(before);
    afterDry.close();

    const run = await pacte(['--db', file, 'bilans', 'import', returned]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\[1 \/ 2\] OK retour-0\.xlsx — CONV-2018-001, bilan 2018 : importé \(12 valeur\(s\), 3 ligne\(s\) financière\(s\)\)$/mu);
    expect(run.stdout).toMatch(/^\[2 \/ 2\] REFUSÉ retour-1\.xlsx — CONV-2018-002, bilan 2018 : 2 problème\(s\)$/mu);
    expect(run.stdout).toContain('Bilan de l’import : 1 accepté(s) dont 1 importé(s), 1 refusé(s) sur 2.');
    expect(run.stderr).toMatch(/1 classeur\(s\) refusé\(s\)/u);
    const after = openTestService({ file });
    expect(after.database.sqlite.prepare('select convention_id as conventionId, status from bilans order by convention_id').all()).toEqual([{ conventionId: shared.conventions[0]?.id, status: 'recu' }]);
    after.close();

    const again = await pacte(['--db', file, 'bilans', 'import', path.join(returned, 'retour-0.xlsx')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('déjà à jour (rien changé)');
  });
});
