// `pacte grids`: the default grid is listed and shown with its descriptors; a file imported into its
// family becomes the next version, the first one untouched; a wrong file is refused, naming the problem.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pacte } from '../support/run-pacte.ts';
import { tempDir } from '../support/test-app.ts';

describe('pacte grids', () => {
  it('lists and shows the default grid, and imports a new version of it', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const list = await pacte(['--db', db, 'grids', 'list']);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(list.stdout).toMatch(/^1\tpacte-defaut v1\tGrille d'évaluation CAI — Pacte \(défaut\)\t7 critères\n$/u);

    const shown = await pacte(['--db', db, 'grids', 'show', '1']);
    expect(shown.stdout).toContain('Adéquation aux objectifs du pacte (coefficient 3');
    const definition = JSON.parse((await pacte(['--db', db, 'grids', 'show', '1', '--json'])).stdout) as { criteria: { weight: number }[] };
    definition.criteria[0] = { ...definition.criteria[0], weight: 4 } as { weight: number };
    const file = path.join(dir, 'grille.json');
    writeFileSync(file, JSON.stringify(definition));
    const imported = await pacte(['--db', db, 'grids', 'import', file, '--famille', 'pacte-defaut']);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Grille enregistrée : 2\tpacte-defaut v2\t/u) as unknown });
    expect((await pacte(['--db', db, 'grids', 'show', '1'])).stdout).toContain('(coefficient 3');
  });

  it('refuses a grid whose levels do not cover its scale, in French, writing nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'pacte.sqlite');
    const file = path.join(dir, 'mauvaise.json');
    writeFileSync(file, JSON.stringify({ title: 'Mauvaise', criteria: [{ key: 'a', label: 'A', description: '', weight: 1, scale: { min: 0, max: 2, levels: [{ value: 0, descriptor: 'zéro' }] }, allowsNotApplicable: false, commentRequiredBelow: null }] }));
    const run = await pacte(['--db', db, 'grids', 'import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pacte : Grille refusée : \d problème\(s\)\.\n {2}- .+/u);
    expect((await pacte(['--db', db, 'grids', 'list'])).stdout.trim().split('\n')).toHaveLength(1);
  });
});
